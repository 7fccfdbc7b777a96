using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IdentityProviders.Sdk.Json;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk.Json;

/// <summary>
/// Picks the <see cref="ProviderConfig"/> variant from the one variant key present in <c>config</c> (whatever the
/// property order, <c>options</c> aside); no key, a <c>null</c> key or a key this SDK version does not know gives an
/// <see cref="UnknownProviderConfig"/> that keeps the raw JSON.
/// </summary>
internal sealed class ProviderConfigJsonConverter : DiscriminatedUnionConverter<ProviderConfig>
{
    /// <summary>The variant type of each known key (case-sensitive, as the gateway spells them).</summary>
    internal static readonly IReadOnlyDictionary<string, Type> Variants = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [LdapProviderConfig.WireKey] = typeof(LdapProviderConfig),
        [GoogleProviderConfig.WireKey] = typeof(GoogleProviderConfig),
        [GenericOAuthProviderConfig.WireKey] = typeof(GenericOAuthProviderConfig),
        [GenericOidcProviderConfig.WireKey] = typeof(GenericOidcProviderConfig),
        [JwtProviderConfig.WireKey] = typeof(JwtProviderConfig),
        [GitHubProviderConfig.WireKey] = typeof(GitHubProviderConfig),
        [GitHubEnterpriseServerProviderConfig.WireKey] = typeof(GitHubEnterpriseServerProviderConfig),
        [GitLabProviderConfig.WireKey] = typeof(GitLabProviderConfig),
        [GitLabSelfHostedProviderConfig.WireKey] = typeof(GitLabSelfHostedProviderConfig),
        [AzureADProviderConfig.WireKey] = typeof(AzureADProviderConfig),
        [AppleProviderConfig.WireKey] = typeof(AppleProviderConfig),
        [SamlProviderConfig.WireKey] = typeof(SamlProviderConfig),
    };

    private static readonly HashSet<string> Keys = new(Variants.Keys, StringComparer.Ordinal);
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "options" };

    protected override string? ReadDiscriminator(Utf8JsonReader reader) => UnionDiscriminator.FindPresentKey(reader, Keys, containerProperty: null, Ignored);

    protected override JsonTypeInfo? GetVariantTypeInfo(string discriminator, JsonSerializerOptions options) =>
        Variants.TryGetValue(discriminator, out var type) ? options.GetTypeInfo(type) : null;

    protected override ProviderConfig CreateUnknown(string? discriminator, JsonElement raw)
    {
        ProviderOptions? providerOptions = null;
        if (raw.TryGetProperty("options", out var element) && element.ValueKind == JsonValueKind.Object)
        {
            providerOptions = element.Deserialize(ZitadelJsonContext.Default.ProviderOptions);
        }

        return new UnknownProviderConfig(raw, discriminator) { Options = providerOptions };
    }
}
