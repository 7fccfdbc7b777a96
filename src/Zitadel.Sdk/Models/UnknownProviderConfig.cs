using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>
/// A <see cref="ProviderConfig"/> whose variant this SDK version does not know (a newer server's provider type), or
/// that has no variant key at all. It keeps the raw <c>config</c> JSON exactly as received (also written back as is);
/// <see cref="ProviderConfig.Options"/> is still read from it.
/// </summary>
public sealed record UnknownProviderConfig : ProviderConfig, IUnknownVariant
{
    /// <summary>Creates the variant from the raw JSON of a <c>config</c> object.</summary>
    /// <param name="rawJson">The <c>config</c> object.</param>
    /// <param name="key">The unrecognized variant key, or <see langword="null"/> when none was present.</param>
    /// <exception cref="ArgumentException"><paramref name="rawJson"/> is not a JSON object.</exception>
    [SetsRequiredMembers]
    public UnknownProviderConfig(JsonElement rawJson, string? key = null)
    {
        if (rawJson.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A provider config must be a JSON object.", nameof(rawJson));
        }

        RawJson = rawJson.Clone();
        Discriminator = key;
    }

    /// <inheritdoc />
    public override string? Key => Discriminator;

    /// <summary>The unrecognized variant key, or <see langword="null"/> when the config had none.</summary>
    public string? Discriminator { get; }

    /// <summary>The <c>config</c> object exactly as received.</summary>
    public JsonElement RawJson { get; }

    /// <summary>Prints the members, with the raw JSON's secret values redacted.</summary>
    /// <param name="builder">The destination.</param>
    /// <returns><see langword="true"/>: members were printed.</returns>
    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("Key = ").Append(Discriminator)
            .Append(", RawJson = ").Append(SecretRedactor.Redact(RawJson).GetRawText());
        return true;
    }
}
