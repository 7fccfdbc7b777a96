using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using IdentityProviders.Benchmarks.Baseline;
using IdentityProviders.Benchmarks.Pages;
using Keycard.Sdk.Json;

namespace IdentityProviders.Benchmarks;

/// <summary>
/// Where the deserialization gap comes from: the plain floor, the same types as immutable records with
/// <c>required</c>/<c>init</c> members (nothing else changed), and the SDK. System.Text.Json's source generator builds
/// init/required members through its parameterized-constructor path (dotnet/runtime#97612), so the middle row is the
/// cost of that choice alone.
/// </summary>
[MemoryDiagnoser]
public class KeycardVariantBenchmarks
{
    private byte[] _page = [];

    [GlobalSetup]
    public void Setup() => _page = VendorPages.For(BenchVendor.Keycard).Render(3 * VendorPages.PageSize)[1];

    [Benchmark(Baseline = true)]
    public int Baseline() => JsonSerializer.Deserialize(_page, KeycardBaselineContext.Default.KeycardListResponse)!.Items.Count;

    [Benchmark]
    public int InitRecords() => JsonSerializer.Deserialize(_page, KeycardInitContext.Default.InitListResponse)!.Items.Count;

    [Benchmark]
    public int Sdk() => JsonSerializer.Deserialize(_page, KeycardJsonContext.Default.ProviderListResponse)!.Items.Count;
}

public sealed record InitListResponse
{
    [JsonPropertyName("items")] public required IReadOnlyList<InitProvider> Items { get; init; }
    [JsonPropertyName("page_info")] public required KeycardPageInfo PageInfo { get; init; }
}

public sealed record InitProvider
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("organization_id")] public required string OrganizationId { get; init; }
    [JsonPropertyName("zone_id")] public required string ZoneId { get; init; }
    [JsonPropertyName("owner_type")] public string? OwnerType { get; init; }
    [JsonPropertyName("slug")] public required string Slug { get; init; }
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("identifier")] public required string Identifier { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("client_id")] public string? ClientId { get; init; }
    [JsonPropertyName("client_secret_set")] public bool? ClientSecretSet { get; init; }
    [JsonPropertyName("metadata")] public JsonElement? Metadata { get; init; }
    [JsonPropertyName("protocols")] public InitProtocols? Protocols { get; init; }
    [JsonPropertyName("created_at")] public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updated_at")] public required DateTimeOffset UpdatedAt { get; init; }
}

public sealed record InitProtocols
{
    [JsonPropertyName("oauth2")] public InitOAuth2? OAuth2 { get; init; }
    [JsonPropertyName("openid")] public KeycardOpenId? OpenId { get; init; }
}

public sealed record InitOAuth2
{
    [JsonPropertyName("issuer")] public string? Issuer { get; init; }
    [JsonPropertyName("authorization_endpoint")] public string? AuthorizationEndpoint { get; init; }
    [JsonPropertyName("token_endpoint")] public string? TokenEndpoint { get; init; }
    [JsonPropertyName("jwks_uri")] public string? JwksUri { get; init; }
    [JsonPropertyName("scopes_supported")] public IReadOnlyList<string>? ScopesSupported { get; init; }
    [JsonPropertyName("code_challenge_methods_supported")] public IReadOnlyList<string>? CodeChallengeMethodsSupported { get; init; }
}

[JsonSerializable(typeof(InitListResponse))]
internal sealed partial class KeycardInitContext : JsonSerializerContext;
