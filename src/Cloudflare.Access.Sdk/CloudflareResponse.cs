using Cloudflare.Access.Sdk.Models;

namespace Cloudflare.Access.Sdk;

/// <summary>
/// A successful V4 envelope, unwrapped: the <see cref="Result"/> plus what else the envelope and the response said
/// (informational <see cref="Messages"/>, <see cref="ResultInfo"/> of list pages, status and request id).
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
/// <param name="Result">The envelope's <c>result</c>.</param>
/// <param name="Messages">The envelope's <c>messages</c> (informational; empty when none).</param>
/// <param name="ResultInfo">The envelope's <c>result_info</c> (list pages), when sent.</param>
/// <param name="StatusCode">The HTTP status (e.g. 201 for create, 202 for delete).</param>
/// <param name="RequestId">The request id (<c>cf-ray</c> or <c>x-request-id</c>), when sent.</param>
public sealed record CloudflareResponse<T>(T Result, IReadOnlyList<CloudflareMessage> Messages, CloudflareResultInfo? ResultInfo, int StatusCode, string? RequestId);
