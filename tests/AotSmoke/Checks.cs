using IdentityProviders.Sdk;

namespace AotSmoke;

/// <summary>Records one line per check ("ok" or "FAIL" with expected and actual) and counts them.</summary>
internal sealed class Checks
{
    private string _scope = string.Empty;

    public int Passed { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Runs a scenario; an exception it lets escape is one failed check, and the next scenario still runs.</summary>
    public async Task ScenarioAsync(string scope, Func<Task> scenario)
    {
        _scope = scope;
        Console.WriteLine($"== {scope}");
        try
        {
            await scenario();
        }
        catch (Exception e)
        {
            Fail("scenario ran to the end", $"unexpected {e.GetType().FullName}: {e.Message}");
        }
    }

    public void That(bool condition, string what, string? detail = null)
    {
        if (condition)
        {
            Passed++;
            Console.WriteLine($"  ok    {what}");
        }
        else
        {
            Fail(what, detail ?? "condition was false");
        }
    }

    public void Equal<T>(T expected, T actual, string what) =>
        That(EqualityComparer<T>.Default.Equals(expected, actual), what, $"expected <{expected}>, got <{actual}>");

    public async Task NotFoundAsync(Func<Task> action, string what)
    {
        try
        {
            await action();
            Fail(what, "no exception; expected IdentityProviderNotFoundException");
        }
        catch (IdentityProviderNotFoundException e)
        {
            That(e.StatusCode == 404, what, $"status {e.StatusCode}");
        }
    }

    private void Fail(string what, string detail)
    {
        Failed++;
        Console.WriteLine($"  FAIL  {what}: {detail}");
        Console.Error.WriteLine($"AOT smoke FAILED [{_scope}] {what}: {detail}");
    }
}
