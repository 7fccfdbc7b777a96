namespace IdentityProviders.Sdk.Json;

/// <summary>
/// A string-backed enumeration that keeps values it does not know (a newer server's additions) instead of failing.
/// </summary>
/// <typeparam name="TSelf">The implementing value type.</typeparam>
public interface IExtensibleEnum<TSelf>
    where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>The wire string.</summary>
    string Value { get; }

    /// <summary>Whether the value is one of the values this SDK version knows.</summary>
    bool IsKnown { get; }

    /// <summary>Creates a value from its wire string, known or not.</summary>
    /// <param name="value">The wire string.</param>
    /// <returns>The value.</returns>
    static abstract TSelf Create(string value);
}
