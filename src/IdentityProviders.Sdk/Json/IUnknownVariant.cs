using System.Text.Json;

namespace IdentityProviders.Sdk.Json;

/// <summary>
/// A union variant this SDK version does not know (a newer server's addition). It keeps the raw JSON so nothing is
/// lost, and is written back unchanged.
/// </summary>
public interface IUnknownVariant
{
    /// <summary>The discriminator value the server sent, or <see langword="null"/> when none was found.</summary>
    string? Discriminator { get; }

    /// <summary>The raw JSON of the variant, exactly as received.</summary>
    JsonElement RawJson { get; }
}
