using System.Text.Json;
using System.Text.Json.Serialization;
using Cloudflare.Access.Sdk.Models;

namespace Cloudflare.Access.Sdk.Json;

[JsonSerializable(typeof(IdentityProvider))]
[JsonSerializable(typeof(AzureADIdentityProvider))]
[JsonSerializable(typeof(CentrifyIdentityProvider))]
[JsonSerializable(typeof(FacebookIdentityProvider))]
[JsonSerializable(typeof(GitHubIdentityProvider))]
[JsonSerializable(typeof(GoogleIdentityProvider))]
[JsonSerializable(typeof(GoogleAppsIdentityProvider))]
[JsonSerializable(typeof(LinkedInIdentityProvider))]
[JsonSerializable(typeof(OidcIdentityProvider))]
[JsonSerializable(typeof(OktaIdentityProvider))]
[JsonSerializable(typeof(OneLoginIdentityProvider))]
[JsonSerializable(typeof(PingOneIdentityProvider))]
[JsonSerializable(typeof(SamlIdentityProvider))]
[JsonSerializable(typeof(YandexIdentityProvider))]
[JsonSerializable(typeof(OneTimePinIdentityProvider))]
[JsonSerializable(typeof(CloudflareEnvelope<IdentityProvider>))]
[JsonSerializable(typeof(CloudflareEnvelope<IReadOnlyList<IdentityProvider>>))]
[JsonSerializable(typeof(CloudflareEnvelope<DeletedIdentityProvider>))]
[JsonSerializable(typeof(CloudflareEnvelope<JsonElement>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(IdentityProviderJsonConverter)])]
internal sealed partial class CloudflareJsonContext : JsonSerializerContext;
