namespace IdentityProviders.Emulator.Waldur;

/// <summary>Waldur wire constants: routes, pagination limits and Django REST framework messages.</summary>
internal static class WaldurConstants
{
    public const string RoutePrefix = "/waldur";
    public const string CollectionPath = "/api/identity-providers";

    /// <summary>Waldur's REST_FRAMEWORK PAGE_SIZE.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>Waldur's LinkHeaderPagination.max_page_size.</summary>
    public const int MaxPageSize = 300;

    public const string ResultCountHeader = "x-result-count";

    public const string Required = "This field is required.";
    public const string MayNotBeNull = "This field may not be null.";
    public const string MayNotBeBlank = "This field may not be blank.";
    public const string NotAString = "Not a valid string.";
    public const string NotABoolean = "Must be a valid boolean.";
    public const string InvalidUrl = "Enter a valid URL.";
    public const string InvalidPage = "Invalid page.";
    public const string NotFound = "No IdentityProvider matches the given query.";
    public const string ProviderTaken = "identity provider with this provider already exists.";
    public const string NoCredentials = "Authentication credentials were not provided.";
    public const string InvalidToken = "Invalid token.";
}
