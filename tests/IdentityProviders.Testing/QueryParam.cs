namespace IdentityProviders.Testing;

/// <summary>One query-string parameter, unescaped.</summary>
public sealed record QueryParam(string Name, string Value);
