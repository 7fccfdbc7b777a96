namespace IdentityProviders.Sdk;

/// <summary>What a vendor's error body says, as parsed by the vendor's <see cref="Http.ErrorBodyParser"/>.</summary>
/// <param name="Codes">The vendor's error codes.</param>
/// <param name="Messages">The vendor's error messages.</param>
/// <param name="FieldErrors">Field-level messages by field, if any.</param>
public sealed record VendorErrorBody(IReadOnlyList<string> Codes, IReadOnlyList<string> Messages, IReadOnlyDictionary<string, IReadOnlyList<string>>? FieldErrors = null);
