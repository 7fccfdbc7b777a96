namespace Waldur.Sdk.Tests.TestSupport;

/// <summary>One query-string parameter, unescaped.</summary>
public sealed record QueryParam(string Name, string Value);
