using IdentityProviders.Emulator;
using Zitadel.Sdk.Models;
using IdentityProviders.Sdk;

namespace Zitadel.Sdk.Tests;

/// <summary>Large listings against the emulator.</summary>
public sealed class EmulatorListingTests
{
    [Fact]
    public async Task Lists_500_providers_at_limit_100_in_five_pages_without_duplicates()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { ZitadelSeedCount = 500, ZitadelInstanceSeedCount = 0 });
        using var client = new ZitadelClient(new ZitadelClientOptions { BaseAddress = emulator.Zitadel.BaseUrl, Token = emulator.Zitadel.Token });
        var before = emulator.RequestCount;

        var pages = new List<Page<Provider>>();
        await foreach (var page in client.Organization.ListProvidersAsync(new ListProvidersOptions { PageSize = 100, Ascending = true }).AsPages())
        {
            pages.Add(page);
        }

        pages.Should().HaveCount(5).And.OnlyContain(p => p.Values.Count == 100);
        var ids = pages.SelectMany(p => p.Values).Select(p => p.Id).ToList();
        ids.Should().HaveCount(500).And.OnlyHaveUniqueItems().And.BeInAscendingOrder();
        (emulator.RequestCount - before).Should().Be(5, "the total stops the listing without a sixth request");
        pages.SelectMany(p => p.Values).Select(p => p.Config!.Key).Distinct().Should().HaveCount(12);
    }
}
