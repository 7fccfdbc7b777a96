using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Cloudflare.Access.Sdk;
using CsCheck;
using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;
using Keycard.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Waldur.Sdk;
using Xunit.Abstractions;
using Zitadel.Sdk;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>
/// Base addresses: a plain <c>http://</c> address is refused for any host that is not loopback unless
/// <c>AllowInsecureHttp</c> is set; loopback (<c>127.x.y.z</c>, <c>[::1]</c>, <c>localhost</c>) and every
/// <c>https://</c> address are accepted; and the handler the SDK builds (alone or through <c>IHttpClientFactory</c>)
/// never switches TLS certificate validation off.
/// </summary>
public sealed partial class BaseAddressProperties(ITestOutputHelper output)
{
    public const int DefaultIterations = 500;

    /// <param name="Scheme">http or https.</param>
    /// <param name="Host">The host as written in the URL.</param>
    /// <param name="Loopback">Whether the host is loopback.</param>
    /// <param name="Port">The port, or 0 for none.</param>
    /// <param name="Path">A path after the authority.</param>
    /// <param name="AllowInsecure">Whether AllowInsecureHttp is set.</param>
    public sealed record AddressCase(string Scheme, string Host, bool Loopback, int Port, string Path, bool AllowInsecure)
    {
        public Uri Uri => new(string.Create(CultureInfo.InvariantCulture, $"{Scheme}://{Host}{(Port == 0 ? "" : ":" + Port.ToString(CultureInfo.InvariantCulture))}{Path}"));

        public override string ToString() => $"{Uri} (AllowInsecureHttp = {AllowInsecure})";
    }

    private static readonly string[] Labels = ["api", "idp", "example", "corp", "internal", "localhost", "local", "127", "0", "1", "nip", "io", "com", "xn--bcher-kva", "a-b", "lo"];

    // Ends in a name, never a number: "127.0.0.1" spelled as labels would be an address.
    private static readonly Gen<string> DnsName = Gen.Select(Gen.Int[0, Labels.Length - 1].Array[1, 3], Gen.OneOf("example", "com", "internal", "io", "localdomain"))
        .Select((ix, tld) => string.Join('.', ix.Select(i => Labels[i])) + "." + tld);

    private static readonly Gen<string> PublicIPv4 = Gen.Select(Gen.Int[1, 254], Gen.Int[0, 255], Gen.Int[0, 255], Gen.Int[1, 254])
        .Where(t => t.Item1 != 127)
        .Select((a, b, c, d) => string.Create(CultureInfo.InvariantCulture, $"{a}.{b}.{c}.{d}"));

    private static readonly Gen<string> OtherIPv6 = Gen.OneOf("[2001:db8::1]", "[::2]", "[fe80::1]", "[::]", "[2606:4700::6810:84e5]", "[::ffff:10.0.0.1]");

    private static readonly Gen<string> LoopbackHost = Gen.Frequency(
        (4, Gen.Select(Gen.Int[0, 255], Gen.Int[0, 255], Gen.Int[1, 254]).Select((b, c, d) => string.Create(CultureInfo.InvariantCulture, $"127.{b}.{c}.{d}"))),
        (1, Gen.OneOf("[::1]", "localhost", "LOCALHOST", "127.0.0.1")));

    private static readonly Gen<string> PathGen = Gen.OneOf("", "/", "/client/v4", "/api/", "/a/b/c");

    public static Gen<AddressCase> Cases { get; } =
        from loopback in Gen.Bool
        from host in loopback ? LoopbackHost : Gen.OneOf(DnsName, PublicIPv4, OtherIPv6)
        from https in Gen.Bool
        from port in Gen.OneOf(Gen.Const(0), Gen.Int[1, 65535])
        from path in PathGen
        from allow in Gen.Bool
        select new AddressCase(https ? "https" : "http", host, loopback, port, path, allow);

    public static TheoryData<string> VendorNames => [.. Vendors.All.Select(v => v.Vendor)];

    [Theory]
    [MemberData(nameof(VendorNames))]
    public async Task PlainHttpIsRefusedExceptForLoopbackOrWhenAllowed(string vendor)
    {
        var h = Vendors.Get(vendor);
        var counts = new int[2];

        string Print(AddressCase c) => $"{vendor} {c}";

        Task Property(AddressCase c)
        {
            c.Uri.IsLoopback.Should().Be(c.Loopback, "the generator's idea of loopback is the URL's ({0})", c.Uri);
            var mustRefuse = c.Scheme == "http" && !c.Loopback && !c.AllowInsecure;
            var settings = ClientSettings.Fast with { AllowInsecureHttp = c.AllowInsecure };
            Exception? error = null;
            try
            {
                using var handle = h.CreateClient(c.Uri, settings, NullLoggerFactory.Instance);
            }
            catch (Exception e)
            {
                error = e;
            }

            if (mustRefuse)
            {
                var refusal = error.Should().BeAssignableTo<ArgumentException>().Subject;
                refusal.ParamName.Should().Be("options");
                refusal.Message.Should().Contain("AllowInsecureHttp").And.Contain("http://");
            }
            else
            {
                error.Should().BeNull();
            }

            Interlocked.Increment(ref counts[mustRefuse ? 1 : 0]);
            return Task.CompletedTask;
        }

        var report = await PropertyRunner.RunAsync($"base addresses/{vendor}", Cases, Property, Print, PropertySettings.Iterations(DefaultIterations) / 5, output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vendor}: {report.Cases} base addresses: {counts[0]} accepted, {counts[1]} refused"));
        counts.Should().OnlyContain(n => n > 0, "both outcomes were generated");
    }

    public static IEnumerable<object[]> Handlers()
    {
        foreach (var h in Vendors.All)
        {
            yield return [h.Vendor, "own handler"];
            yield return [h.Vendor, "IHttpClientFactory"];
        }
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public void TlsCertificateValidationIsNeverDisabled(string vendor, string construction)
    {
        var primaries = construction == "own handler" ? OwnPrimaryHandlers(vendor) : FactoryPrimaryHandlers(vendor);

        primaries.Should().NotBeEmpty("the SDK's handler chain ends in a primary handler");
        foreach (var primary in primaries)
        {
            switch (primary)
            {
                case SocketsHttpHandler sockets:
                    sockets.SslOptions.RemoteCertificateValidationCallback.Should().BeNull("the SDK never replaces certificate validation");
                    sockets.SslOptions.CertificateChainPolicy.Should().BeNull("the SDK never relaxes the chain policy");
                    sockets.SslOptions.EnabledSslProtocols.Should().Be(default(System.Security.Authentication.SslProtocols), "the OS default protocols");
                    break;
                case HttpClientHandler handler:
                    handler.ServerCertificateCustomValidationCallback.Should().BeNull("the SDK never replaces certificate validation");
                    break;
                default:
                    throw new Xunit.Sdk.XunitException($"unexpected primary handler {primary.GetType().FullName}: inspect its TLS settings");
            }
        }
    }

    /// <summary>A complement to the handler inspection: no SDK source so much as names a way to bypass validation.</summary>
    [Fact]
    public void NoSdkSourceNamesACertificateValidationBypass()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Sdk.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        var sources = Directory.EnumerateFiles(Path.Combine(root!.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        sources.Should().HaveCountGreaterThan(50);
        var hits = sources.SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => Bypass().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        hits.Should().BeEmpty();
    }

    [GeneratedRegex(@"ServerCertificateCustomValidationCallback|RemoteCertificateValidationCallback|DangerousAcceptAnyServerCertificateValidator|CertificateChainPolicy|SslPolicyErrors|X509RevocationMode\.NoCheck", RegexOptions.CultureInvariant)]
    private static partial Regex Bypass();

    private static List<HttpMessageHandler> OwnPrimaryHandlers(string vendor)
    {
        var h = Vendors.Get(vendor);
        using var handle = h.CreateClient(new Uri("https://idp.example"), ClientSettings.Fast, NullLoggerFactory.Instance);
        var clients = FindHttpClients(handle.Owner);
        clients.Should().NotBeEmpty("{0}'s client owns an HttpClient", vendor);
        return [.. clients.Select(PrimaryOf)];
    }

    private static List<HttpMessageHandler> FactoryPrimaryHandlers(string vendor)
    {
        var services = new ServiceCollection();
        var https = new Uri("https://idp.example");
        var name = vendor switch
        {
            IdentityProviderVendor.Keycard => services.AddKeycardClient(o => { o.BaseAddress = https; o.Token = Secrets.ApiToken; o.ZoneId = KeycardHarness.Zone; }).Name,
            IdentityProviderVendor.Cloudflare => services.AddCloudflareAccessClient(o => { o.BaseAddress = https; o.ApiToken = Secrets.ApiToken; o.AccountId = CloudflareHarness.Account; }).Name,
            IdentityProviderVendor.Zitadel => services.AddZitadelClient(o => { o.BaseAddress = https; o.Token = Secrets.ApiToken; }).Name,
            IdentityProviderVendor.Waldur => services.AddWaldurClient(o => { o.BaseAddress = https; o.Token = Secrets.ApiToken; }).Name,
            _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
        };
        using var provider = services.BuildServiceProvider();
        var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(name);
        return [Innermost(handler)];
    }

    private static HttpMessageHandler PrimaryOf(HttpMessageInvoker client)
    {
        var field = typeof(HttpMessageInvoker).GetField("_handler", BindingFlags.Instance | BindingFlags.NonPublic);
        field.Should().NotBeNull("HttpMessageInvoker keeps its handler in _handler");
        return Innermost((HttpMessageHandler)field!.GetValue(client)!);
    }

    private static HttpMessageHandler Innermost(HttpMessageHandler handler)
    {
        while (handler is DelegatingHandler { InnerHandler: { } inner })
        {
            handler = inner;
        }

        return handler;
    }

    // Walks the client's object graph (fields only, a few levels) for every HttpClient it holds, token clients included.
    private static List<HttpMessageInvoker> FindHttpClients(object root)
    {
        var found = new List<HttpMessageInvoker>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);

        void Walk(object? o, int depth)
        {
            if (o is null || depth > 6 || o is string || o.GetType().IsPrimitive || !seen.Add(o))
            {
                return;
            }

            if (o is HttpMessageInvoker invoker)
            {
                found.Add(invoker);
                return;
            }

            var ns = o.GetType().Namespace ?? string.Empty;
            if (!(ns.StartsWith("Keycard", StringComparison.Ordinal) || ns.StartsWith("Cloudflare", StringComparison.Ordinal) || ns.StartsWith("Zitadel", StringComparison.Ordinal)
                || ns.StartsWith("Waldur", StringComparison.Ordinal) || ns.StartsWith("IdentityProviders", StringComparison.Ordinal) || ns.StartsWith("Refit", StringComparison.Ordinal)))
            {
                return;
            }

            for (var t = o.GetType(); t is not null; t = t.BaseType)
            {
                foreach (var f in t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                {
                    if (!f.FieldType.IsValueType)
                    {
                        Walk(f.GetValue(o), depth + 1);
                    }
                }
            }
        }

        Walk(root, 0);
        return found;
    }
}
