using System.CommandLine;
using System.CommandLine.Completions;
using System.Globalization;

namespace Idp.Cli.Commands;

/// <summary>
/// Value checks that report parse errors (exit code 2). They read the raw tokens: a validator also runs when the value
/// did not convert (reading the typed value would then throw), and System.CommandLine's own AcceptOnlyFromAmong lets
/// an option-like token through as a value (<c>--format --verbose</c>).
/// </summary>
internal static class OptionRules
{
    /// <summary>Accepts only the given values (case-sensitive) and offers them as completions.</summary>
    /// <param name="option">The option.</param>
    /// <param name="values">The accepted values.</param>
    public static void AcceptOnly(Option<string> option, params string[] values)
    {
        option.CompletionSources.Add(_ => values.Select(v => new CompletionItem(v)));
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (Array.IndexOf(values, token.Value) < 0)
                {
                    result.AddError($"{option.Name} must be one of {string.Join(", ", values)}, not '{token.Value}'.");
                }
            }
        });
    }

    /// <summary>Accepts only integers in a range.</summary>
    /// <param name="option">The option.</param>
    /// <param name="minimum">The smallest accepted value.</param>
    /// <param name="maximum">The largest accepted value.</param>
    public static void AcceptOnlyRange(Option option, int minimum, int maximum)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && (value < minimum || value > maximum))
            {
                result.AddError(maximum == int.MaxValue
                    ? $"{option.Name} must be at least {minimum}, not {value}."
                    : $"{option.Name} must be between {minimum} and {maximum}, not {value}.");
            }
        });
    }
}
