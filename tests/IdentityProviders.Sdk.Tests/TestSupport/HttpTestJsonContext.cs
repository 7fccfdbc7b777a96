using System.Text.Json.Serialization;

namespace IdentityProviders.Sdk.Tests.TestSupport;

[JsonSerializable(typeof(Thing))]
internal sealed partial class HttpTestJsonContext : JsonSerializerContext;
