namespace IdentityProviders.Emulator.Zitadel;

/// <summary>Route prefix, gRPC codes and fixed ids of the emulated Zitadel.</summary>
internal static class ZitadelConstants
{
    public const string RoutePrefix = "/zitadel";
    public const string OrgIdHeader = "x-zitadel-orgid";
    public const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    public const string InstanceId = "100000000000000001";

    // gRPC status codes carried in the gateway's error body.
    public const int InvalidArgument = 3;
    public const int NotFound = 5;
    public const int AlreadyExists = 6;
    public const int PermissionDenied = 7;
    public const int FailedPrecondition = 9;
    public const int Unimplemented = 12;
    public const int Internal = 13;
    public const int Unauthenticated = 16;

    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}
