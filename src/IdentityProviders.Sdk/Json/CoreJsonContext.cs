using System.Text.Json;
using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Http;

namespace IdentityProviders.Sdk.Json;

[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(JsonElement))]
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
internal sealed partial class CoreJsonContext : JsonSerializerContext;
