using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>The ways a valid response is broken: structural JSON edits first, then raw bytes, then headers.</summary>
public enum MutationKind
{
    DeleteProperty,
    ReplaceValue,
    HugeNumber,
    DeepNesting,
    LongString,
    UnknownEnumValue,
    OtherVariant,
    DuplicateProperty,
    SwapArrayAndObject,
    EmptyContainer,
    Truncate,
    FlipByte,
    InsertByte,
    InvalidUtf8,
    ByteOrderMark,
    Header,
}

/// <summary>
/// One mutation. <see cref="Target"/> picks the node (or byte offset, or header) modulo what exists, so that every
/// generated value applies to every body; <see cref="Choice"/> picks the replacement.
/// </summary>
public sealed record Mutation(MutationKind Kind, int Target, int Choice)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}({Target},{Choice})");
}

/// <summary>A response body and headers after mutation, plus what was done to them.</summary>
public sealed record MutatedResponse(ScriptedResponse Response, IReadOnlyList<string> Applied)
{
    public string Describe(int maxBodyChars = 1500)
    {
        var body = Encoding.UTF8.GetString(Response.Body);
        var shown = body.Length <= maxBodyChars ? body : body[..maxBodyChars] + string.Create(CultureInfo.InvariantCulture, $"... ({Response.Body.Length} bytes in all)");
        var headers = string.Join("; ", Response.Headers.Select(h => h.Key + ": " + (h.Value.Length > 200 ? h.Value[..200] + "..." : h.Value)));
        return $"mutations [{string.Join(", ", Applied)}]{Environment.NewLine}headers: {headers}{Environment.NewLine}body: {shown}";
    }
}

/// <summary>Generators and the deterministic application of <see cref="Mutation"/>s.</summary>
public static class BodyMutator
{
    // Property names whose string values are enums or discriminators in some vendor's model.
    private static readonly HashSet<string> EnumNames = new(StringComparer.Ordinal) { "type", "owner_type", "state", "owner", "prompt", "styling_type", "stylingType", "providerType", "user_deprovision" };

    // Zitadel's config variant keys and Cloudflare's types: a known but wrong variant for the shape that follows.
    private static readonly string[] ZitadelVariantKeys = ["ldap", "google", "oauth", "oidc", "jwt", "github", "githubEs", "gitlab", "gitlabSelfHosted", "azureAd", "apple", "saml"];
    private static readonly string[] CloudflareTypes = ["onetimepin", "azureAD", "saml", "centrify", "facebook", "github", "google-apps", "google", "linkedin", "oidc", "okta", "onelogin", "pingone", "yandex"];

    private static readonly string[] RawReplacements =
    [
        "true", "false", "0", "-1", "1.5", "\"\"", "\"text\"", "[]", "{}", "null", "1e308", "-1e308", "1e-400",
        "-9223372036854775809", "18446744073709551616", "\"99999999999999999999999\"", "\"-1\"", "\"NaN\"", "\"Infinity\"",
        "\"2024-13-45T99:99:99Z\"", "\"not-a-date\"", "\"1s\"", "\"-5s\"", "\"99999999999999999999s\"", "\"\\u0000\"",
        "\"\\ud800\"", "\"\\udfff\\ud800\"", "[null]", "[1,\"a\",{}]", "{\"\":null}", "0.0000000000000000000001", "-0",
        "\"http://\"", "\"::\"", "\"<a href='x'>\"", "9007199254740993", "\"0x10\"",
    ];

    private static readonly byte[][] InvalidUtf8Sequences =
    [
        [0xC3, 0x28], [0xFF], [0xFE], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xF4, 0x90, 0x80, 0x80],
    ];

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly string[] HeaderValues =
    [
        "", "-1", "abc", "99999999999999999999", "1e3", " 5 ", "0", "2147483648", "<>; rel=\"next\"", "garbage", "<//other.example/x>; rel=\"next\"",
        "<?page=2>; rel=\"next\"", "<http://127.0.0.1:1/api/identity-providers/?page=2>; rel=\"next\"", "<http://[::1>; rel=\"next\"", "<x>; rel=", ";;;,,,",
        "<http://127.0.0.1/api/identity-providers/?page=-5>; rel=\"next\"", "text/html", "application/json; charset=utf-16", "application/json; charset=bogus",
        "application/xml", "gzip", "br", "deflate", "identity, gzip",
    ];

    private static readonly string[] MutatedHeaderNames = ["x-result-count", "Link", "Content-Type", "Content-Encoding", "x-request-id", "cf-ray", "Retry-After"];

    public static Gen<Mutation> Mutation { get; } =
        Gen.Select(Gen.Int[0, Enum.GetValues<MutationKind>().Length - 1], Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20])
            .Select((kind, target, choice) => new Mutation((MutationKind)kind, target, choice));

    public static Gen<Mutation[]> Mutations { get; } = Mutation.Array[1, 4];

    public static MutatedResponse Apply(string vendor, string body, IReadOnlyList<KeyValuePair<string, string>> headers, IReadOnlyList<Mutation> mutations)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        var applied = new List<string>();
        var root = JsonNode.Parse(body)!;
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mutations.Where(m => m.Kind < MutationKind.Truncate))
        {
            root = ApplyStructural(vendor, root, m, raw, applied);
        }

        var text = root.ToJsonString();
        foreach (var (marker, replacement) in raw)
        {
            text = text.Replace(marker, replacement, StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        foreach (var m in mutations.Where(m => m.Kind is >= MutationKind.Truncate and < MutationKind.Header))
        {
            ApplyBytes(bytes, m, applied);
        }

        var outHeaders = headers.ToList();
        if (!outHeaders.Any(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            outHeaders.Add(new("Content-Type", "application/json"));
        }

        foreach (var m in mutations.Where(m => m.Kind == MutationKind.Header))
        {
            var name = MutatedHeaderNames[m.Target % MutatedHeaderNames.Length];
            var value = m.Choice % 16 == 15 ? new string('9', 8000) : HeaderValues[m.Choice % HeaderValues.Length];
            outHeaders.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
            outHeaders.Add(new(name, value));
            applied.Add($"header {name}: {(value.Length > 40 ? value[..40] + "..." : value)}");
        }

        return new MutatedResponse(new ScriptedResponse(200, outHeaders, [.. bytes]), applied);
    }

    private static JsonNode ApplyStructural(string vendor, JsonNode root, Mutation m, Dictionary<string, string> raw, List<string> applied)
    {
        var nodes = new List<(JsonNode? Parent, string? Key, int Index, JsonNode? Node)>();
        Collect(null, null, -1, root, nodes);
        var pick = nodes[m.Target % nodes.Count];
        string Where() => pick.Node?.GetPath() ?? (pick.Parent?.GetPath() + "." + pick.Key);

        switch (m.Kind)
        {
            case MutationKind.DeleteProperty:
            {
                var properties = nodes.Where(n => n.Parent is JsonObject).ToList();
                if (properties.Count == 0)
                {
                    return root;
                }

                var p = properties[m.Target % properties.Count];
                ((JsonObject)p.Parent!).Remove(p.Key!);
                applied.Add($"delete {p.Parent!.GetPath()}.{p.Key}");
                return root;
            }

            case MutationKind.ReplaceValue:
                applied.Add($"replace {Where()} with {RawReplacements[m.Choice % RawReplacements.Length]}");
                return Replace(root, pick, Raw(raw, RawReplacements[m.Choice % RawReplacements.Length]));
            case MutationKind.HugeNumber:
            {
                var digits = new[] { 20, 40, 310, 1000, 100_000 }[m.Choice % 5];
                var number = (m.Choice % 2 == 0 ? "-" : string.Empty) + "9" + new string('9', digits) + (m.Choice % 3 == 0 ? ".5e99" : string.Empty);
                applied.Add($"replace {Where()} with a {digits}-digit number");
                return Replace(root, pick, Raw(raw, number));
            }

            case MutationKind.DeepNesting:
            {
                var depth = new[] { 10, 63, 64, 65, 1000, 20_000 }[m.Choice % 6];
                var nested = m.Choice % 2 == 0
                    ? new string('[', depth) + new string(']', depth)
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
                applied.Add($"replace {Where()} with {depth}-deep nesting");
                return Replace(root, pick, Raw(raw, nested));
            }

            case MutationKind.LongString:
            {
                var length = new[] { 256, 4096, 65_536, 1 << 20 }[m.Choice % 4];
                applied.Add($"replace {Where()} with a {length}-char string");
                return Replace(root, pick, JsonValue.Create(new string((char)('a' + (m.Choice % 26)), length)));
            }

            case MutationKind.UnknownEnumValue:
            {
                var enums = nodes.Where(n => n.Parent is JsonObject && n.Key is not null && EnumNames.Contains(n.Key)).ToList();
                if (enums.Count == 0)
                {
                    return root;
                }

                var e = enums[m.Target % enums.Count];
                var value = (m.Choice % 4) switch { 0 => "", 1 => "UNKNOWN_" + m.Choice.ToString(CultureInfo.InvariantCulture), 2 => "OIDC", _ => " oidc " };
                applied.Add($"set {e.Parent!.GetPath()}.{e.Key} to \"{value}\"");
                return Replace(root, e, JsonValue.Create(value));
            }

            case MutationKind.OtherVariant:
                return OtherVariant(vendor, root, nodes, m, applied);
            case MutationKind.DuplicateProperty:
            {
                var properties = nodes.Where(n => n.Parent is JsonObject).ToList();
                if (properties.Count == 0)
                {
                    return root;
                }

                var p = properties[m.Target % properties.Count];
                var marker = "__dup_" + raw.Count.ToString(CultureInfo.InvariantCulture) + "__";
                var duplicate = m.Choice % 2 == 0 ? p.Node?.DeepClone() : JsonValue.Create(RawReplacements[m.Choice % RawReplacements.Length]);
                ((JsonObject)p.Parent!)[marker] = duplicate;
                raw["\"" + marker + "\""] = JsonValue.Create(p.Key!).ToJsonString();
                applied.Add($"duplicate {p.Parent!.GetPath()}.{p.Key}");
                return root;
            }

            case MutationKind.SwapArrayAndObject:
            {
                var containers = nodes.Where(n => n.Node is JsonArray or JsonObject).ToList();
                if (containers.Count == 0)
                {
                    return root;
                }

                var c = containers[m.Target % containers.Count];
                JsonNode swapped = c.Node is JsonArray array
                    ? new JsonObject(array.Select((v, i) => new KeyValuePair<string, JsonNode?>(i.ToString(CultureInfo.InvariantCulture), v?.DeepClone())))
                    : new JsonArray([.. ((JsonObject)c.Node!).Select(p => p.Value?.DeepClone())]);
                applied.Add($"swap array/object at {c.Node!.GetPath()}");
                return Replace(root, c, swapped);
            }

            case MutationKind.EmptyContainer:
            {
                var containers = nodes.Where(n => n.Node is JsonArray or JsonObject).ToList();
                if (containers.Count == 0)
                {
                    return root;
                }

                var c = containers[m.Target % containers.Count];
                applied.Add($"empty {c.Node!.GetPath()}");
                return Replace(root, c, c.Node is JsonArray ? new JsonArray() : new JsonObject());
            }

            default:
                return root;
        }
    }

    private static JsonNode OtherVariant(string vendor, JsonNode root, List<(JsonNode? Parent, string? Key, int Index, JsonNode? Node)> nodes, Mutation m, List<string> applied)
    {
        if (vendor == IdentityProviders.Sdk.IdentityProviderVendor.Zitadel)
        {
            // Rename a variant key to another (known variant, wrong shape) or add a second one (two variants at once).
            var keys = nodes.Where(n => n.Parent is JsonObject parent && parent.Parent is JsonObject && n.Key is not null && ZitadelVariantKeys.Contains(n.Key)).ToList();
            if (keys.Count == 0)
            {
                return root;
            }

            var k = keys[m.Target % keys.Count];
            var parent = (JsonObject)k.Parent!;
            var other = ZitadelVariantKeys[m.Choice % ZitadelVariantKeys.Length];
            if (other == k.Key || parent.ContainsKey(other))
            {
                return root;
            }

            if (m.Choice % 2 == 0)
            {
                parent.Remove(k.Key!);
            }

            parent[other] = k.Node?.DeepClone();
            applied.Add($"{(m.Choice % 2 == 0 ? "rename" : "add")} variant {parent.GetPath()}.{k.Key} -> {other}");
            return root;
        }

        var types = nodes.Where(n => n.Parent is JsonObject && n.Key == "type" && n.Node is JsonValue).ToList();
        if (types.Count == 0)
        {
            return root;
        }

        var t = types[m.Target % types.Count];
        var value = CloudflareTypes[m.Choice % CloudflareTypes.Length];
        applied.Add($"set {t.Parent!.GetPath()}.type to \"{value}\"");
        return Replace(root, t, JsonValue.Create(value));
    }

    private static void ApplyBytes(List<byte> bytes, Mutation m, List<string> applied)
    {
        var at = bytes.Count == 0 ? 0 : m.Target % (bytes.Count + 1);
        switch (m.Kind)
        {
            case MutationKind.Truncate:
                at = Math.Min(at, bytes.Count);
                bytes.RemoveRange(at, bytes.Count - at);
                applied.Add(string.Create(CultureInfo.InvariantCulture, $"truncate at {at}"));
                break;
            case MutationKind.FlipByte when bytes.Count > 0:
                at = Math.Min(at, bytes.Count - 1);
                bytes[at] ^= (byte)(1 + (m.Choice % 255));
                applied.Add(string.Create(CultureInfo.InvariantCulture, $"flip byte {at}"));
                break;
            case MutationKind.InsertByte:
                bytes.Insert(at, (byte)(m.Choice % 256));
                applied.Add(string.Create(CultureInfo.InvariantCulture, $"insert 0x{m.Choice % 256:X2} at {at}"));
                break;
            case MutationKind.InvalidUtf8:
            {
                // Prefer the inside of a string, where a lenient parser would let it through.
                var quotes = bytes.Select((b, i) => (b, i)).Where(x => x.b == (byte)'"').Select(x => x.i + 1).ToList();
                var where = quotes.Count > 0 && m.Choice % 4 != 0 ? quotes[m.Target % quotes.Count] : at;
                var sequence = InvalidUtf8Sequences[m.Choice % InvalidUtf8Sequences.Length];
                bytes.InsertRange(where, sequence);
                applied.Add(string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 {Convert.ToHexString(sequence)} at {where}"));
                break;
            }

            case MutationKind.ByteOrderMark:
            {
                var where = m.Choice % 3 == 0 ? at : 0;
                bytes.InsertRange(where, Utf8Bom);
                applied.Add(string.Create(CultureInfo.InvariantCulture, $"BOM at {where}"));
                break;
            }
        }
    }

    private static JsonValue Raw(Dictionary<string, string> raw, string json)
    {
        var marker = "__raw_" + raw.Count.ToString(CultureInfo.InvariantCulture) + "__";
        raw["\"" + marker + "\""] = json;
        return JsonValue.Create(marker);
    }

    private static JsonNode Replace(JsonNode root, (JsonNode? Parent, string? Key, int Index, JsonNode? Node) at, JsonNode? replacement)
    {
        switch (at.Parent)
        {
            case JsonObject o:
                o[at.Key!] = replacement;
                return root;
            case JsonArray a:
                a[at.Index] = replacement;
                return root;
            default:
                return replacement!;
        }
    }

    private static void Collect(JsonNode? parent, string? key, int index, JsonNode? node, List<(JsonNode? Parent, string? Key, int Index, JsonNode? Node)> into)
    {
        into.Add((parent, key, index, node));
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o.ToList())
                {
                    Collect(o, k, -1, v, into);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a, null, i, a[i], into);
                }

                break;
        }
    }
}
