using System.Text.Json.Serialization;

namespace IdentityProviders.Sdk.Tests.TestSupport;

/// <summary>The body the HTTP tests deserialize.</summary>
public sealed record Thing([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("name")] string Name);
