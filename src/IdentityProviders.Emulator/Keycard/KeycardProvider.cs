using System.Text.Json;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>A stored provider. Immutable: the store replaces the whole record on update.</summary>
internal sealed record KeycardProvider
{
    /// <summary>Position in creation order; the list is sorted by it and cursors encode it.</summary>
    public required long Sequence { get; init; }

    public required string Id { get; init; }

    public required string ZoneId { get; init; }

    public required string OrganizationId { get; init; }

    public required string OwnerType { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string Identifier { get; init; }

    public required string Type { get; init; }

    public string? ClientId { get; init; }

    /// <summary>Write-only on the wire: never serialized, only reported as <c>client_secret_set</c>.</summary>
    public string? ClientSecret { get; init; }

    public JsonElement? Metadata { get; init; }

    public KeycardProtocols? Protocols { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public bool IsPlatformOwned => OwnerType == KeycardConstants.OwnerPlatform;
}
