using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Json;

/// <summary>Helpers shared by the models.</summary>
internal static class ZitadelJson
{
    /// <summary>
    /// Describes a model as its type name and wire JSON with secret values redacted by name (client secrets, bind
    /// passwords, private keys, SAML metadata), so <c>ToString</c> can never leak them into logs.
    /// </summary>
    public static string Describe<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var element = JsonSerializer.SerializeToElement(value, typeInfo);
        return $"{typeof(T).Name} {SecretRedactor.Redact(element).GetRawText()}";
    }
}
