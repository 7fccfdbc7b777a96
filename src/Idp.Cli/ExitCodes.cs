namespace Idp.Cli;

/// <summary>The process exit codes of <c>idp</c>; scripts depend on them, so they never change meaning.</summary>
internal static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary><c>idp audit</c> found problems at or above <c>--fail-on</c> severity (the command itself worked).</summary>
    public const int Findings = 1;

    /// <summary>An unexpected failure: a bug, or the output could not be written (EX_SOFTWARE from sysexits.h).</summary>
    public const int InternalError = 70;

    /// <summary>Bad arguments: a parse error, an unknown vendor, an invalid URL, a missing setting or an argument the SDK rejected.</summary>
    public const int UsageError = 2;

    /// <summary>The vendor rejected the credentials (HTTP 401) or denied the operation (HTTP 403).</summary>
    public const int AuthenticationFailed = 3;

    /// <summary>The requested identity provider does not exist (HTTP 404).</summary>
    public const int NotFound = 4;

    /// <summary>Any other API failure, network failure, timeout, malformed response or non-progressing pagination.</summary>
    public const int Failure = 5;

    /// <summary>Canceled by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Canceled = 130;
}
