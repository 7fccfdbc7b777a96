using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk.Http;

/// <summary>
/// The secret values one request carried - the credential in its authentication headers (a configured token or API
/// key, or an access token a token provider obtained) and the values of secret fields in its JSON or form body (a
/// client secret, a client assertion) - so that whatever a server echoes back (an error message, a request id, a
/// logged body) can be scrubbed before the SDK surfaces it. Built only on the error and logging paths.
/// </summary>
internal sealed class RequestSecrets
{
    /// <summary>What replaces a known secret value in anything the SDK surfaces (the marker of redacted fields, too).</summary>
    public const string Marker = SecretRedactor.Mask;

    // Shorter values are not scrubbed: replacing every "abc" in a message would destroy it and protect nothing real.
    private const int MinLength = 4;

    // Bodies larger than this are not inspected for secret fields (a create request is a few KiB).
    private const long MaxInspectedBodyBytes = 1024 * 1024;

    // Where the pipeline leaves what it found on the request, for code that runs after the request (and its body)
    // may have been disposed (e.g. by a generated client).
    private static readonly HttpRequestOptionsKey<RequestSecrets> CapturedKey = new("IdentityProviders.RequestSecrets");

    private readonly string[] _values;

    private RequestSecrets(string[] values) => _values = values;

    /// <summary>No known secrets: scrubbing returns the text unchanged.</summary>
    public static RequestSecrets None { get; } = new([]);

    /// <summary>Whether no secret value is known.</summary>
    public bool IsEmpty => _values.Length == 0;

    /// <summary>Collects the secrets of a request's headers (cheap: no body is read).</summary>
    /// <param name="request">The request as sent (authentication headers included), or <see langword="null"/>.</param>
    /// <returns>The secrets.</returns>
    public static RequestSecrets FromHeaders(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return None;
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        AddHeaderSecrets(request.Headers, values);
        return Create(values);
    }

    /// <summary>Collects the secrets of a request's headers and body.</summary>
    /// <param name="request">The request as sent (authentication headers included), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The secrets.</returns>
    public static async ValueTask<RequestSecrets> FromRequestAsync(HttpRequestMessage? request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return None;
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        AddHeaderSecrets(request.Headers, values);
        if (request.Content is { } content)
        {
            try
            {
                // Even the headers of a disposed content can throw (its length is computed on demand).
                var media = content.Headers.ContentType?.MediaType;
                var isJson = media is not null && media.Contains("json", StringComparison.OrdinalIgnoreCase);
                var isForm = string.Equals(media, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
                if ((isJson || isForm) && content.Headers.ContentLength is null or <= MaxInspectedBodyBytes)
                {
                    var bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                    if (isJson)
                    {
                        AddJsonSecrets(bytes, values);
                    }
                    else
                    {
                        AddFormSecrets(Encoding.UTF8.GetString(bytes), values);
                    }
                }
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or NotSupportedException)
            {
                // A disposed or streamed body that cannot be read again: the headers' secrets are still known (and the
                // pipeline captured the body's on an error response while it could).
            }
        }

        return Create(values);
    }

    /// <summary>Collects the secrets of a request (headers and body) and keeps them on the request for later use.</summary>
    /// <param name="request">The request as sent.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The secrets.</returns>
    public static async ValueTask<RequestSecrets> CaptureAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var secrets = await FromRequestAsync(request, cancellationToken).ConfigureAwait(false);
        request.Options.Set(CapturedKey, secrets);
        return secrets;
    }

    /// <summary>The secrets of the request that produced <paramref name="response"/>: those captured by the pipeline, else what can still be read.</summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The secrets.</returns>
    public static ValueTask<RequestSecrets> ForResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.RequestMessage is { } request && request.Options.TryGetValue(CapturedKey, out var captured)
            ? ValueTask.FromResult(captured)
            : FromRequestAsync(response.RequestMessage, cancellationToken);
    }

    /// <summary>Replaces every known secret value in <paramref name="text"/> with <see cref="Marker"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The scrubbed text (the same instance when nothing was found).</returns>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var value in _values)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                text = text.Replace(value, Marker, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Scrubs a value that may be absent.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The scrubbed text, or <see langword="null"/>.</returns>
    public string? ScrubOrNull(string? text) => text is null ? null : Scrub(text);

    /// <summary>Scrubs every item of a list.</summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The scrubbed texts (the same list when there is nothing to scrub with).</returns>
    public IReadOnlyList<string> Scrub(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return IsEmpty ? texts : [.. texts.Select(Scrub)];
    }

    /// <summary>Scrubs field names and messages of field-level errors.</summary>
    /// <param name="fields">The field errors.</param>
    /// <returns>The scrubbed field errors.</returns>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Scrub(IReadOnlyDictionary<string, IReadOnlyList<string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (IsEmpty || fields.Count == 0)
        {
            return fields;
        }

        var scrubbed = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, messages) in fields)
        {
            var key = Scrub(name);
            scrubbed[scrubbed.ContainsKey(key) ? key + "#" + scrubbed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : key] = Scrub(messages);
        }

        return scrubbed;
    }

    /// <summary>Whether <paramref name="text"/> contains a known secret value.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when scrubbing would change it.</returns>
    public bool Occurs(string? text) => text is not null && _values.Any(v => text.Contains(v, StringComparison.Ordinal));

    /// <summary>
    /// An inner exception safe to keep: itself when its text holds no known secret, otherwise a stand-in carrying the
    /// scrubbed message (a <see cref="JsonException"/> stays one, with its position).
    /// </summary>
    /// <param name="exception">The exception, or <see langword="null"/>.</param>
    /// <returns>The exception to attach as the inner exception.</returns>
    public Exception? ScrubException(Exception? exception)
    {
        if (exception is null || IsEmpty || !Occurs(exception.ToString()))
        {
            return exception;
        }

        var message = Scrub(exception.Message);
        return exception is JsonException json
            ? new JsonException(message, path: null, json.LineNumber, json.BytePositionInLine)
            : new InvalidDataException($"{exception.GetType().Name}: {message}");
    }

    private static RequestSecrets Create(HashSet<string> values)
    {
        if (values.Count == 0)
        {
            return None;
        }

        // Also the forms a server writes the value in: JSON-escaped (e.g. '+' as \u002B) and percent-encoded.
        foreach (var value in values.ToList())
        {
            values.Add(JsonEncodedText.Encode(value).Value);
            values.Add(Uri.EscapeDataString(value));
        }

        // Longest first: a value that contains another is replaced whole.
        return new RequestSecrets([.. values.Where(v => v.Length >= MinLength).OrderByDescending(v => v.Length)]);
    }

    private static void AddHeaderSecrets(HttpRequestHeaders headers, HashSet<string> values)
    {
        foreach (var (name, headerValues) in headers.NonValidated)
        {
            if (!IsSecretHeader(name))
            {
                continue;
            }

            foreach (var value in headerValues)
            {
                AddCredential(value, values);
            }
        }
    }

    private static bool IsSecretHeader(string name) =>
        string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "Cookie", StringComparison.OrdinalIgnoreCase)
        || SecretRedactor.IsSecretName(name);

    // "Bearer abc" -> "abc" (and "Basic base64" -> the blob and the password inside it); anything else whole.
    private static void AddCredential(string headerValue, HashSet<string> values)
    {
        var value = headerValue.Trim();
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || value.AsSpan(0, space).ContainsAny("=;:,\"".AsSpan()))
        {
            values.Add(value);
            return;
        }

        var scheme = value[..space];
        var parameter = value[(space + 1)..].Trim();
        values.Add(parameter);
        if (!string.Equals(scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                // The user id is not a secret; the password is (OAuth clients send it percent-encoded).
                var password = decoded[(colon + 1)..];
                values.Add(password);
                values.Add(Uri.UnescapeDataString(password));
            }
        }
        catch (FormatException)
        {
            // Not base64: the raw parameter is already known.
        }
    }

    private static void AddJsonSecrets(byte[] body, HashSet<string> values)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            Walk(document.RootElement, secret: false, values);
        }
        catch (JsonException)
        {
            // Not JSON after all: nothing to find by name.
        }
    }

    private static void Walk(JsonElement element, bool secret, HashSet<string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, secret || SecretRedactor.IsSecretName(property.Name), values);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, secret, values);
                }

                break;
            case JsonValueKind.String when secret:
                values.Add(element.GetString()!);
                break;
        }
    }

    private static void AddFormSecrets(string form, HashSet<string> values)
    {
        foreach (var pair in form.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var name = Uri.UnescapeDataString(pair[..equals].Replace('+', ' '));
            if (SecretRedactor.IsSecretName(name))
            {
                var raw = pair[(equals + 1)..];
                values.Add(raw);
                values.Add(Uri.UnescapeDataString(raw.Replace('+', ' ')));
            }
        }
    }
}
