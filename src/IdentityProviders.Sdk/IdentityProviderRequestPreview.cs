using System.Text.Json;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk;

/// <summary>A request that would be sent, for dry runs: method, path relative to the base URL, and body.</summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">The path relative to the client's base URL.</param>
/// <param name="Body">The JSON body exactly as it would be sent, secrets included; display <see cref="GetRedactedBody"/> instead.</param>
public sealed record IdentityProviderRequestPreview(string Method, string Path, JsonElement Body)
{
    /// <summary>The body with secret values replaced (see <see cref="SecretRedactor"/>).</summary>
    /// <returns>The redacted body.</returns>
    public JsonElement GetRedactedBody() => SecretRedactor.Redact(Body);

    /// <summary>A description without the body (which may hold secrets).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Method} {Path}";
}
