namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>
/// Secret values the whole matrix runs with: credentials in the options, a client secret in every create definition,
/// and vendor secrets in response bodies. None of them may appear in a log line, an exception or a model's ToString().
/// </summary>
public static class Secrets
{
    private static readonly string Run = Guid.NewGuid().ToString("N");

    /// <summary>The API credential (bearer token, API token or Waldur token).</summary>
    public static string ApiToken { get; } = "tok-SECRET-" + Run;

    /// <summary>The client secret of every OIDC definition created.</summary>
    public static string ClientSecret { get; } = "cs-SECRET-" + Run;

    /// <summary>A secret the server sends back in a response body (SCIM secret, bind password, client secret).</summary>
    public static string ResponseSecret { get; } = "resp-SECRET-" + Run;

    public static IReadOnlyList<string> All { get; } = [ApiToken, ClientSecret, ResponseSecret];
}
