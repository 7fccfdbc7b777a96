using System.Text.Json;
using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;
using Waldur.Sdk.Models;

namespace Waldur.Sdk.Json;

[JsonSerializable(typeof(IdentityProvider))]
[JsonSerializable(typeof(IReadOnlyList<IdentityProvider>))]
[JsonSerializable(typeof(IdentityProviderRequest))]
[JsonSerializable(typeof(PatchedIdentityProviderRequest))]
[JsonSerializable(typeof(DiscoverMetadataRequest))]
[JsonSerializable(typeof(DiscoverMetadataResponse))]
[JsonSerializable(typeof(GenerateMappingResponse))]
[JsonSerializable(typeof(AttributeMapping))]
[JsonSerializable(typeof(JsonStringList))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(OptionalJsonConverter<string>),
        typeof(OptionalJsonConverter<bool>),
        typeof(OptionalJsonConverter<AttributeMapping>),
        typeof(OptionalJsonConverter<JsonStringList>),
    ])]
internal sealed partial class WaldurJsonContext : JsonSerializerContext;
