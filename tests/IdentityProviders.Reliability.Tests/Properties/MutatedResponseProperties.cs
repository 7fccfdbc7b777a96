using System.Globalization;
using CsCheck;
using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>
/// Property: whatever a server does to a valid list page or provider body (structural JSON mutations, broken bytes,
/// hostile headers), the SDK call either succeeds or throws an <see cref="IdentityProviderException"/> naming the vendor;
/// never a JsonException, NullReferenceException, InvalidCastException, FormatException, OverflowException,
/// InvalidOperationException or any other undocumented type. Each case finishes within <see cref="CaseTimeout"/> (no
/// hang) and allocates at most <see cref="AllocationBound"/> (no unbounded allocation). Every response travels over
/// real loopback HTTP through the full pipeline (retries, buffering, body logging on).
/// </summary>
[Collection(PropertyCollection.Name)]
public sealed class MutatedResponseProperties(ITestOutputHelper output)
{
    /// <summary>Cases per vendor by default (<c>IDP_PROPERTY_ITERATIONS</c> overrides).</summary>
    public const int DefaultIterations = 2_000;

    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    public static TheoryData<string> VendorNames => [.. Vendors.All.Select(v => v.Vendor)];

    /// <param name="Operation">0: list every page; 1: get one provider.</param>
    /// <param name="Body">Picks the valid body (modulo the bodies the operation has).</param>
    /// <param name="Mutations">What is done to it.</param>
    public sealed record BodyCase(int Operation, int Body, Mutation[] Mutations);

    public static Gen<BodyCase> Cases { get; } =
        Gen.Select(Gen.Int[0, 1], Gen.Int[0, 1000], BodyMutator.Mutations).Select((op, body, mutations) => new BodyCase(op, body, mutations));

    /// <summary>Generous: the body is buffered, decoded, parsed, logged (truncated) and kept as raw JSON a few times over, on up to a few pages.</summary>
    public static long AllocationBound(long bodyBytes) => 64 * bodyBytes + 32L * 1024 * 1024;

    [Theory]
    [MemberData(nameof(VendorNames))]
    public async Task MutatedResponsesOnlyRaiseDocumentedExceptions(string vendor)
    {
        var h = Vendors.Get(vendor);
        await using var server = await ScriptedServer.StartAsync();
        using var logs = new DiscardingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        using var handle = h.CreateClient(server.Url, ClientSettings.Fast with { LogBodies = true }, loggerFactory);
        var client = handle.Client;
        var item = VariantItems.For(h);
        var lists = new List<(string Body, IReadOnlyList<KeyValuePair<string, string>> Headers)>();
        // A full first page and the short last one (Zitadel's are 100 and 50 providers: the middle page would only add cost).
        foreach (var page in new[] { 0, 2 })
        {
            var p = h.ListPage(server.Url, h.StandardItems, page);
            lists.Add((p.Body, p.Headers));
        }

        lists.Add(VariantItems.ListPageWith(h, server.Url, item));
        var gets = item.Select(i => (Body: h.GetBody(i), Headers: (IReadOnlyList<KeyValuePair<string, string>>)[new(h.RequestIdHeader, "rid-property")])).ToList();
        var worst = 0.0;
        var counts = new int[3];

        MutatedResponse Build(BodyCase c)
        {
            var (body, headers) = c.Operation == 0 ? lists[c.Body % lists.Count] : gets[c.Body % gets.Count];
            return BodyMutator.Apply(vendor, body, headers, c.Mutations);
        }

        string Print(BodyCase c) => string.Create(CultureInfo.InvariantCulture, $"{vendor} {(c.Operation == 0 ? h.ListOperation : h.GetOperation)}, body {c.Body}: {Build(c).Describe()}");

        async Task Property(BodyCase c)
        {
            var mutated = Build(c);
            server.Respond(mutated.Response);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var call = c.Operation == 0 ? ListAllAsync(client) : client.GetAsync(h.Item(7).Id);
            Exception? error = null;
            try
            {
                await call.WaitAsync(CaseTimeout);
            }
            catch (TimeoutException) when (!call.IsCompleted)
            {
                throw new Xunit.Sdk.XunitException($"the call did not finish within {CaseTimeout.TotalSeconds} s (a hang)");
            }
            catch (Exception e)
            {
                error = e;
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            if (error is not null)
            {
                error.Should().BeAssignableTo<IdentityProviderException>($"only documented SDK exceptions may escape, got {Shorten(error.ToString(), 4000)}");
                var sdk = (IdentityProviderException)error;
                sdk.Vendor.Should().Be(vendor);
                sdk.Operation.Should().NotBeNullOrEmpty();
                error.ToString().Should().NotContain(Secrets.ResponseSecret, "a secret from the body never reaches an exception");
            }

            var bound = AllocationBound(mutated.Response.Body.Length);
            allocated.Should().BeLessThan(bound, "a {0}-byte body must not make the SDK allocate without bound", mutated.Response.Body.Length);
            lock (counts)
            {
                counts[error is null ? 0 : error is IdentityProviderResponseFormatException ? 1 : 2]++;
                worst = Math.Max(worst, (double)allocated / bound);
            }
        }

        var report = await PropertyRunner.RunAsync($"mutated responses/{vendor}", Cases, Property, Print, PropertySettings.Iterations(DefaultIterations), output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vendor}: {report.Cases} cases: {counts[0]} succeeded, {counts[1]} IdentityProviderResponseFormatException, {counts[2]} other IdentityProviderException; worst allocation {worst:P1} of the bound"));
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "...";

    private static async Task<IdentityProviderInfo> ListAllAsync(IIdentityProviderClient client)
    {
        IdentityProviderInfo? last = null;
        await foreach (var info in client.ListAsync())
        {
            _ = info.ToString();
            last = info;
        }

        return last!;
    }
}
