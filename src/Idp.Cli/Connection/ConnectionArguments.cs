namespace Idp.Cli.Connection;

/// <summary>The vendor-neutral connection flags as given on the command line; each vendor fills gaps from its environment variables.</summary>
/// <param name="BaseUrl">The <c>--base-url</c> value.</param>
/// <param name="Token">The <c>--token</c> value.</param>
/// <param name="Zone">The <c>--zone</c> value (the vendor's tenant scope).</param>
internal sealed record ConnectionArguments(string? BaseUrl, string? Token, string? Zone)
{
    /// <summary>Gets the <c>--account-id</c> value (Cloudflare account scope).</summary>
    public string? AccountId { get; init; }

    /// <summary>Gets the <c>--zone-id</c> value (Cloudflare zone scope).</summary>
    public string? ZoneId { get; init; }

    /// <summary>Gets the <c>--email</c> value (Cloudflare Global API key scheme).</summary>
    public string? Email { get; init; }

    /// <summary>Gets the <c>--api-key</c> value (Cloudflare Global API key).</summary>
    public string? ApiKey { get; init; }

    /// <summary>Gets the <c>--key-file</c> value (Zitadel service-user key file path).</summary>
    public string? KeyFile { get; init; }

    /// <summary>Gets the <c>--org-id</c> value (Zitadel organization).</summary>
    public string? OrgId { get; init; }

    /// <summary>Gets the <c>--level</c> value (Zitadel: <c>org</c> or <c>instance</c>).</summary>
    public string? Level { get; init; }

    /// <summary>Gets the run's shared built-in emulator, used when no base URL is given; <see langword="null"/> to start one per connection.</summary>
    public EmulatorSource? Emulator { get; init; }

    /// <summary>Gets where the settings came from beyond flags and variables, e.g. <c>profile 'prod' in ~/.config/idp/config.json</c>, for messages.</summary>
    public string? Source { get; init; }

    /// <summary>Returns a string that never contains the token.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"ConnectionArguments {{ BaseUrl = {BaseUrl}, Token = {(Token is null ? "null" : "***")}, Zone = {Zone}, AccountId = {AccountId}, ZoneId = {ZoneId}, Email = {Email}, ApiKey = {(ApiKey is null ? "null" : "***")}, KeyFile = {KeyFile}, OrgId = {OrgId}, Level = {Level} }}";
}
