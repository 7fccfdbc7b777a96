using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a Google provider: <c>config.google</c> is present.</summary>
public sealed record GoogleProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>google</c>.</summary>
    public const string WireKey = "google";

    /// <summary>The Google settings.</summary>
    [JsonPropertyName(WireKey)]
    public required GoogleConfig Google { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
