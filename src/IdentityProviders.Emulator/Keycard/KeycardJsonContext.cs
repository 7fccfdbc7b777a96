using System.Text.Json.Serialization;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>Source-generated serialization for the Keycard wire types; no reflection.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(KeycardProviderResponse))]
[JsonSerializable(typeof(KeycardProviderListResponse))]
[JsonSerializable(typeof(KeycardError))]
[JsonSerializable(typeof(KeycardTokenResponse))]
[JsonSerializable(typeof(KeycardOAuthError))]
internal sealed partial class KeycardJsonContext : JsonSerializerContext;
