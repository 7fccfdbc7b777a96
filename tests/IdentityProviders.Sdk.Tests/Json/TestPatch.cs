using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk.Tests.Json;

/// <summary>A PATCH body where "leave unchanged" (absent) and "clear" (null) differ.</summary>
public sealed record ThingPatch
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "t-1";

    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> Name { get; init; }
}

public sealed record FamilyHolder([property: JsonPropertyName("family")] ProtocolFamily Family);

[JsonSerializable(typeof(ThingPatch))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(FamilyHolder))]
[JsonSerializable(typeof(ProtocolFamily))]
[JsonSourceGenerationOptions(Converters = [typeof(OptionalJsonConverter<string>)])]
internal sealed partial class PatchTestJsonContext : JsonSerializerContext;
