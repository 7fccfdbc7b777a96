using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cloudflare.Access.Sdk.Models;
using IdentityProviders.Sdk.Json;

namespace Cloudflare.Access.Sdk.Json;

/// <summary>
/// Picks the <see cref="IdentityProvider"/> variant from <c>type</c>, wherever it sits among the properties (it is a
/// sibling of <c>config</c>, so it may come after it); an unknown or missing <c>type</c> gives an
/// <see cref="UnknownIdentityProvider"/> that keeps the raw JSON.
/// </summary>
internal sealed class IdentityProviderJsonConverter : DiscriminatedUnionConverter<IdentityProvider>
{
    /// <summary>The variant type of each known <c>type</c> value (case-sensitive, as Cloudflare spells them).</summary>
    internal static readonly IReadOnlyDictionary<string, Type> Variants = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [IdentityProviderType.AzureAD.Value] = typeof(AzureADIdentityProvider),
        [IdentityProviderType.Centrify.Value] = typeof(CentrifyIdentityProvider),
        [IdentityProviderType.Facebook.Value] = typeof(FacebookIdentityProvider),
        [IdentityProviderType.GitHub.Value] = typeof(GitHubIdentityProvider),
        [IdentityProviderType.Google.Value] = typeof(GoogleIdentityProvider),
        [IdentityProviderType.GoogleApps.Value] = typeof(GoogleAppsIdentityProvider),
        [IdentityProviderType.LinkedIn.Value] = typeof(LinkedInIdentityProvider),
        [IdentityProviderType.Oidc.Value] = typeof(OidcIdentityProvider),
        [IdentityProviderType.Okta.Value] = typeof(OktaIdentityProvider),
        [IdentityProviderType.OneLogin.Value] = typeof(OneLoginIdentityProvider),
        [IdentityProviderType.PingOne.Value] = typeof(PingOneIdentityProvider),
        [IdentityProviderType.Saml.Value] = typeof(SamlIdentityProvider),
        [IdentityProviderType.Yandex.Value] = typeof(YandexIdentityProvider),
        [IdentityProviderType.OneTimePin.Value] = typeof(OneTimePinIdentityProvider),
    };

    protected override string? ReadDiscriminator(Utf8JsonReader reader) => UnionDiscriminator.FindStringProperty(reader, "type");

    protected override JsonTypeInfo? GetVariantTypeInfo(string discriminator, JsonSerializerOptions options) =>
        Variants.TryGetValue(discriminator, out var type) ? options.GetTypeInfo(type) : null;

    protected override IdentityProvider CreateUnknown(string? discriminator, JsonElement raw) => new UnknownIdentityProvider(raw);
}
