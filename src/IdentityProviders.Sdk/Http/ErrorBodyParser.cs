using System.Text.Json;

namespace IdentityProviders.Sdk.Http;

/// <summary>Parses a vendor's JSON error body; returns <see langword="null"/> when the body is not the vendor's error shape.</summary>
/// <param name="body">The parsed body.</param>
/// <returns>The codes and messages, or <see langword="null"/>.</returns>
public delegate VendorErrorBody? ErrorBodyParser(JsonElement body);
