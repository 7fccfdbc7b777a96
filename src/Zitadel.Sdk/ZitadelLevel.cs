namespace Zitadel.Sdk;

/// <summary>Which Zitadel API an <see cref="IdentityProvidersClient"/> talks to.</summary>
public enum ZitadelLevel
{
    /// <summary>An organization's identity providers: the management API, <c>/management/v1</c>, scoped by <c>x-zitadel-orgid</c>.</summary>
    Organization = 0,

    /// <summary>The instance's (system) identity providers: the admin API, <c>/admin/v1</c>.</summary>
    Instance = 1,
}
