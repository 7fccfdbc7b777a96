using IdentityProviders.Sdk.Http;

namespace IdentityProviders.Sdk.Tests.TestSupport;

/// <summary>The smallest concrete vendor options: the shared ones, nothing added.</summary>
public sealed class TestClientOptions : IdentityProviderClientOptions
{
    /// <summary>Options pointing at <paramref name="baseAddress"/> with millisecond backoff so retry tests run fast.</summary>
    public static TestClientOptions Fast(string baseAddress, int maxRetries = 3) => new()
    {
        BaseAddress = new Uri(baseAddress),
        Timeout = TimeSpan.FromSeconds(20),
        Retry = new RetryOptions
        {
            MaxRetries = maxRetries,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(50),
            MaxRetryAfter = TimeSpan.FromMilliseconds(10),
            UseJitter = false,
            AttemptTimeout = TimeSpan.FromSeconds(10),
        },
    };
}
