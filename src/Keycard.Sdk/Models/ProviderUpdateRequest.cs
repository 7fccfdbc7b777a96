using System.Text.Json;
using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Keycard.Sdk.Models;

/// <summary>
/// A partial update (PATCH): only the properties you set are sent. Setting a nullable property to <see langword="null"/>
/// sends JSON <c>null</c> and clears it; leaving it unset leaves it unchanged.
/// </summary>
public sealed record ProviderUpdateRequest
{
    /// <summary>Human-readable name (1..255 characters; cannot be cleared).</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> Name { get; init; }

    /// <summary>User specified identifier (1..2048 characters; cannot be cleared).</summary>
    [JsonPropertyName("identifier")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> Identifier { get; init; }

    /// <summary>Human-readable description (up to 2048 characters); <see langword="null"/> clears it.</summary>
    [JsonPropertyName("description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> Description { get; init; }

    /// <summary>OAuth 2.0 client identifier; <see langword="null"/> removes it.</summary>
    [JsonPropertyName("client_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> ClientId { get; init; }

    /// <summary>OAuth 2.0 client secret (write-only, never printed); <see langword="null"/> removes it.</summary>
    [JsonPropertyName("client_secret")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> ClientSecret { get; init; }

    /// <summary>Provider metadata; <see langword="null"/> clears it.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<JsonElement?> Metadata { get; init; }

    /// <summary>Protocol configuration; <see langword="null"/> removes all protocols.</summary>
    [JsonPropertyName("protocols")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ProviderProtocolsUpdate?> Protocols { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"ProviderUpdateRequest {{ Name = {Name}, Identifier = {Identifier}, Description = {Description}, ClientId = {ClientId}, ClientSecret = {(ClientSecret.HasValue ? (ClientSecret.Value is null ? "null" : "***REDACTED***") : "<absent>")}, Protocols = {(Protocols.HasValue ? "<set>" : "<absent>")} }}";
}
