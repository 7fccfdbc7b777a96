using IdentityProviders.Sdk.Http;
using Microsoft.Extensions.Options;

namespace IdentityProviders.Sdk.DependencyInjection;

/// <summary>Validates vendor client options with their own <see cref="IdentityProviderClientOptions.Validate"/>, reporting every problem.</summary>
/// <typeparam name="TOptions">The vendor options type.</typeparam>
public sealed class IdentityProviderOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : IdentityProviderClientOptions
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate().ToList();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{typeof(TOptions).Name}: {p}"));
    }
}
