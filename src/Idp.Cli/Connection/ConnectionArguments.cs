namespace Idp.Cli.Connection;

/// <summary>The vendor-neutral connection flags as given on the command line; each vendor fills gaps from its environment variables.</summary>
/// <param name="BaseUrl">The <c>--base-url</c> value.</param>
/// <param name="Token">The <c>--token</c> value.</param>
/// <param name="Zone">The <c>--zone</c> value (the vendor's tenant scope).</param>
internal sealed record ConnectionArguments(string? BaseUrl, string? Token, string? Zone)
{
    /// <summary>Returns a string that never contains the token.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"ConnectionArguments {{ BaseUrl = {BaseUrl}, Token = {(Token is null ? "null" : "***")}, Zone = {Zone} }}";
}
