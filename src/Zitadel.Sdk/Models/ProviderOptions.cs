using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>Options every provider type shares (<c>config.options</c>, <c>providerOptions</c> in requests).</summary>
public sealed partial record ProviderOptions
{
    /// <summary>Enable if users should be able to manually link an existing Zitadel user with an external account. Disable if users should only be allowed to link the proposed account in case of active auto_linking.</summary>
    [JsonPropertyName("isLinkingAllowed")]
    public bool? IsLinkingAllowed { get; init; }

    /// <summary>Enable if users should be able to manually create a new account in Zitadel when using an external account. Disable if users should not be able to edit account information when auto_creation is enabled.</summary>
    [JsonPropertyName("isCreationAllowed")]
    public bool? IsCreationAllowed { get; init; }

    /// <summary>Enable if a new account in Zitadel should be created automatically when login with an external account.</summary>
    [JsonPropertyName("isAutoCreation")]
    public bool? IsAutoCreation { get; init; }

    /// <summary>Enable if a the Zitadel account fields should be updated automatically on each login.</summary>
    [JsonPropertyName("isAutoUpdate")]
    public bool? IsAutoUpdate { get; init; }

    /// <summary>Enable if users should get prompted to link an existing Zitadel user to an external account if the selected attribute matches.</summary>
    [JsonPropertyName("autoLinking")]
    public AutoLinkingOption? AutoLinking { get; init; }
}
