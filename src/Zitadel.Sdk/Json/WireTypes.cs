using System.Text.Json.Serialization;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk.Json;

/// <summary><c>GetProviderByIDResponse</c>: <c>{"idp": Provider}</c>.</summary>
internal sealed record GetProviderByIdResponse([property: JsonPropertyName("idp")] Provider? Idp);

/// <summary><c>GetOrgIDPByIDResponse</c> / <c>GetIDPByIDResponse</c>: <c>{"idp": IDP}</c>.</summary>
internal sealed record GetIdpByIdResponse([property: JsonPropertyName("idp")] Idp? Idp);

/// <summary>Every response that only carries <c>details</c> (update, delete, migrate, regenerate, deactivate, ...).</summary>
internal sealed record DetailsResponse([property: JsonPropertyName("details")] ObjectDetails? Details);

/// <summary>The <c>{}</c> body of POSTs that take none but whose gateway mapping is <c>body: "*"</c>.</summary>
internal sealed record EmptyBody;
