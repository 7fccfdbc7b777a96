using Zitadel.Sdk.Json;

namespace Zitadel.Sdk.Tests.Json;

internal static class DurationConverterTestAccess
{
    public static TimeSpan Parse(string value) => DurationConverter.TryParse(value, out var result) ? result : throw new FormatException(value);
}
