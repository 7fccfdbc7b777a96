namespace IdentityProviders.Emulator.Keycard;

/// <summary>How a store write ended.</summary>
internal enum KeycardStoreStatus
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>The outcome of a store write: the provider on success, a message otherwise.</summary>
internal sealed record KeycardStoreResult(KeycardStoreStatus Status, KeycardProvider? Provider = null, string? Message = null);

/// <summary>One page of a list, in ascending creation order.</summary>
internal sealed record KeycardPage(IReadOnlyList<KeycardProvider> Items, bool HasNextPage, bool HasPreviousPage, int? TotalCount);
