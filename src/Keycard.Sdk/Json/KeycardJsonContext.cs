using System.Text.Json;
using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;
using Keycard.Sdk.Models;

namespace Keycard.Sdk.Json;

[JsonSerializable(typeof(Provider))]
[JsonSerializable(typeof(ProviderListResponse))]
[JsonSerializable(typeof(ProviderCreateRequest))]
[JsonSerializable(typeof(ProviderUpdateRequest))]
[JsonSerializable(typeof(KeycardError))]
[JsonSerializable(typeof(JsonElement))]
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(OptionalJsonConverter<string>),
        typeof(OptionalJsonConverter<bool?>),
        typeof(OptionalJsonConverter<JsonElement?>),
        typeof(OptionalJsonConverter<IReadOnlyList<string>>),
        typeof(OptionalJsonConverter<IReadOnlyDictionary<string, string>>),
        typeof(OptionalJsonConverter<ProviderProtocolsUpdate>),
        typeof(OptionalJsonConverter<ProviderOAuth2ProtocolUpdate>),
        typeof(OptionalJsonConverter<ProviderOpenIdProtocolUpdate>),
    ])]
internal sealed partial class KeycardJsonContext : JsonSerializerContext;
