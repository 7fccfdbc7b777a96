using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using IdentityProviders.Sdk.Json;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>
/// An identity provider whose <c>type</c> this SDK version does not know (a newer server's addition, or no
/// <c>type</c> at all). It keeps the raw JSON exactly as received and is written back unchanged by create and update:
/// changing <see cref="IdentityProvider.Name"/> with <c>with</c> does not change <see cref="RawJson"/>.
/// </summary>
public sealed record UnknownIdentityProvider : IdentityProvider, IUnknownVariant
{
    /// <summary>Creates the variant from the raw JSON of a provider object.</summary>
    /// <param name="rawJson">The provider object.</param>
    /// <exception cref="ArgumentException"><paramref name="rawJson"/> is not a JSON object.</exception>
    [SetsRequiredMembers]
    public UnknownIdentityProvider(JsonElement rawJson)
        : base(IdentityProviderType.Create(ReadString(rawJson, "type") ?? string.Empty))
    {
        if (rawJson.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("An identity provider must be a JSON object.", nameof(rawJson));
        }

        RawJson = rawJson.Clone();
        Discriminator = ReadString(rawJson, "type");
        Id = ReadString(rawJson, "id");
        Name = ReadString(rawJson, "name") ?? string.Empty;
    }

    /// <summary>The <c>type</c> the server sent, or <see langword="null"/> when it sent none.</summary>
    public string? Discriminator { get; }

    /// <summary>The provider object exactly as received.</summary>
    public JsonElement RawJson { get; }

    /// <inheritdoc />
    private protected override IdentityProviderConfig? ConfigCore => null;

    /// <summary>Prints the members, with the raw JSON's secret values redacted.</summary>
    /// <param name="builder">The destination.</param>
    /// <returns><see langword="true"/>: members were printed.</returns>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", RawJson = ").Append(SecretRedactor.Redact(RawJson).GetRawText());
        return true;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
