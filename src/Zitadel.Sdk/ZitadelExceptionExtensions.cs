using System.Globalization;
using IdentityProviders.Sdk;

namespace Zitadel.Sdk;

/// <summary>Reads Zitadel specifics from the SDK's typed exceptions.</summary>
public static class ZitadelExceptionExtensions
{
    /// <summary>
    /// The gRPC status code of a Zitadel error (e.g. 5 NOT_FOUND, 3 INVALID_ARGUMENT, 7 PERMISSION_DENIED), from the
    /// gateway's <c>code</c>; the HTTP status is <see cref="IdentityProviderApiException.StatusCode"/>.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The gRPC code, or <see langword="null"/> when the body had none.</returns>
    public static int? GetGrpcStatusCode(this IdentityProviderApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Vendor == IdentityProviderVendor.Zitadel
            && exception.ErrorCodes.Count > 0
            && int.TryParse(exception.ErrorCodes[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                ? code
                : null;
    }
}
