namespace IdentityProviders.Sdk.Http;

/// <summary>A fixed token (an API key or a personal access token).</summary>
public sealed class StaticAccessTokenProvider : IAccessTokenProvider
{
    private readonly string _token;

    /// <summary>Creates the provider.</summary>
    /// <param name="token">The token.</param>
    /// <exception cref="ArgumentException"><paramref name="token"/> is empty.</exception>
    public StaticAccessTokenProvider(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _token = token;
    }

    /// <inheritdoc />
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_token);

    /// <inheritdoc />
    public override string ToString() => "StaticAccessTokenProvider { Token = ***REDACTED*** }";
}
