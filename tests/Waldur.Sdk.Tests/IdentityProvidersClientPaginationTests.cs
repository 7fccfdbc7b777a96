using IdentityProviders.Sdk;
using Waldur.Sdk.Models;
using Waldur.Sdk.Tests.TestSupport;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Waldur.Sdk.Tests;

/// <summary>
/// Page-number pagination of <see cref="IdentityProvidersClient.ListAsync"/> against a scripted server: it ends by the
/// count, by the Link header or by a short page, never asks one page past the end, and fails clearly on a server that
/// makes no progress or links elsewhere.
/// </summary>
public sealed class IdentityProvidersClientPaginationTests : IDisposable
{
    private readonly WaldurMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    /// <summary>Answers <c>page=<paramref name="page"/></c> (any page size) with the given providers and headers.</summary>
    private void Page(int page, IEnumerable<string> names, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(WaldurJson.Page(names));
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        _mock.Server.Given(Request.Create().WithPath(WaldurMockServer.CollectionPath).UsingGet().WithParam("page", new ExactMatcher(page.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .AtPriority(1).RespondWith(response);
    }

    /// <summary>Every other page is past the end, as Django REST framework answers it.</summary>
    private void PastTheEnd() =>
        _mock.Json("GET", WaldurMockServer.CollectionPath, """{"detail":"Invalid page."}""", status: 404, priority: 100);

    private string Link(string query, string rel) => $"<{_mock.Url}{WaldurMockServer.CollectionPath}?{query}>; rel=\"{rel}\"";

    private static async Task<List<string>> NamesAsync(IAsyncEnumerable<IdentityProvider> providers)
    {
        var names = new List<string>();
        await foreach (var provider in providers)
        {
            names.Add(provider.Provider);
        }

        return names;
    }

    private IReadOnlyList<IReadOnlyList<QueryParam>> Queries() => [.. _mock.Requests.Select(WaldurMockServer.QueryPairs)];

    [Fact]
    public async Task The_count_header_ends_the_listing_without_asking_past_the_end()
    {
        Page(1, WaldurJson.Names(0, 2), ("x-result-count", "5"));
        Page(2, WaldurJson.Names(2, 2), ("x-result-count", "5"));
        Page(3, WaldurJson.Names(4, 1), ("x-result-count", "5"));
        PastTheEnd();
        using var client = _mock.CreateClient();

        var names = await NamesAsync(client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 2 }));

        names.Should().Equal(WaldurJson.Names(0, 5));
        Queries().Should().BeEquivalentTo(
            new[]
            {
                new QueryParam[] { new("page", "1"), new("page_size", "2") },
                [new("page", "2"), new("page_size", "2")],
                [new("page", "3"), new("page_size", "2")],
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_full_last_page_is_the_last_when_the_count_says_so()
    {
        Page(1, WaldurJson.Names(0, 2), ("x-result-count", "4"));
        Page(2, WaldurJson.Names(2, 2), ("x-result-count", "4"));
        PastTheEnd();
        using var client = _mock.CreateClient();

        var names = await NamesAsync(client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 2 }));

        names.Should().HaveCount(4);
        _mock.Requests.Should().HaveCount(2, "page 3 would be 404 Invalid page.");
    }

    [Fact]
    public async Task A_server_that_caps_the_page_size_below_the_request_is_followed_to_the_count()
    {
        // Asked for 3 per page, served 2: the count, not the short page, decides.
        Page(1, WaldurJson.Names(0, 2), ("x-result-count", "5"));
        Page(2, WaldurJson.Names(2, 2), ("x-result-count", "5"));
        Page(3, WaldurJson.Names(4, 1), ("x-result-count", "5"));
        PastTheEnd();
        using var client = _mock.CreateClient();

        var names = await NamesAsync(client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 3 }));

        names.Should().Equal(WaldurJson.Names(0, 5));
    }

    [Fact]
    public async Task The_Link_header_is_followed_and_its_absence_of_next_ends_the_listing()
    {
        Page(1, WaldurJson.Names(0, 2), ("Link", Link("page=2&page_size=2", "next") + ", " + Link("page=3&page_size=2", "last")));
        Page(2, WaldurJson.Names(2, 2), ("Link", Link("page_size=2", "first") + ", " + Link("page_size=2", "prev") + ", " + Link("page=3&page_size=2", "next") + ", " + Link("page=3&page_size=2", "last")));
        Page(3, WaldurJson.Names(4, 2), ("Link", Link("page_size=2", "first") + ", " + Link("page=2&page_size=2", "prev")));
        PastTheEnd();
        using var client = _mock.CreateClient();

        var names = await NamesAsync(client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 2 }));

        names.Should().Equal(WaldurJson.Names(0, 6));
        Queries().Select(q => q.Single(p => p.Name == "page").Value).Should().Equal("1", "2", "3");
    }

    [Fact]
    public async Task The_next_link_decides_the_page_number()
    {
        Page(1, WaldurJson.Names(0, 2), ("Link", Link("page=5&page_size=2", "next")));
        Page(5, WaldurJson.Names(2, 1), ("Link", Link("page_size=2", "first")));
        PastTheEnd();
        using var client = _mock.CreateClient();

        var names = await NamesAsync(client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 2 }));

        names.Should().Equal(WaldurJson.Names(0, 3));
        Queries().Select(q => q.Single(p => p.Name == "page").Value).Should().Equal("1", "5");
    }

    [Fact]
    public async Task A_relative_next_link_is_resolved_against_the_base_url()
    {
        Page(1, WaldurJson.Names(0, 2), ("Link", "</api/identity-providers/?page=2&page_size=2>; rel=\"next\""));
        Page(2, WaldurJson.Names(2, 1), ("Link", "</api/identity-providers/?page_size=2>; rel=\"prev\""));
        PastTheEnd();
        using var client = _mock.CreateClient();

        var names = await NamesAsync(client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 2 }));

        names.Should().Equal(WaldurJson.Names(0, 3));
    }

    [Fact]
    public async Task A_short_page_ends_the_listing_when_the_server_sends_neither_count_nor_links()
    {
        Page(1, WaldurJson.Names(0, 3));
        Page(2, WaldurJson.Names(3, 1));
        PastTheEnd();
        using var client = _mock.CreateClient();

        var names = await NamesAsync(client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 3 }));

        names.Should().Equal(WaldurJson.Names(0, 4));
        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Without_any_signal_a_past_the_end_404_after_a_full_page_ends_the_listing_quietly()
    {
        Page(1, WaldurJson.Names(0, 3));
        PastTheEnd();
        using var client = _mock.CreateClient();

        var names = await NamesAsync(client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 3 }));

        names.Should().Equal(WaldurJson.Names(0, 3));
    }

    [Fact]
    public async Task An_empty_first_page_is_an_empty_listing()
    {
        Page(1, [], ("x-result-count", "0"));
        using var client = _mock.CreateClient();

        var pages = new List<Page<IdentityProvider>>();
        await foreach (var page in client.IdentityProviders.ListAsync().AsPages())
        {
            pages.Add(page);
        }

        pages.Should().ContainSingle().Which.Values.Should().BeEmpty();
        pages[0].ContinuationToken.Should().BeNull();
    }

    [Fact]
    public async Task A_server_that_ignores_page_and_repeats_the_first_page_fails_without_duplicates()
    {
        _mock.Json("GET", WaldurMockServer.CollectionPath, WaldurJson.Page(WaldurJson.Names(0, 2)), headers: ("x-result-count", "10"));
        using var client = _mock.CreateClient();

        var seen = new List<string>();
        var act = async () =>
        {
            await foreach (var provider in client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 2 }))
            {
                seen.Add(provider.Provider);
            }
        };

        var error = (await act.Should().ThrowAsync<IdentityProviderPaginationException>()).Which;
        seen.Should().Equal(WaldurJson.Names(0, 2));
        error.Vendor.Should().Be("waldur");
        error.Operation.Should().Be("identity_providers.list");
        error.Message.Should().Contain("made no progress").And.Contain("p0000");
        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_next_link_to_another_host_is_not_followed()
    {
        Page(1, WaldurJson.Names(0, 2), ("x-result-count", "4"), ("Link", "<https://attacker.example.net/api/identity-providers/?page=2>; rel=\"next\""));
        Page(2, WaldurJson.Names(2, 2), ("x-result-count", "4"));
        using var client = _mock.CreateClient();

        var seen = new List<string>();
        var act = async () =>
        {
            await foreach (var provider in client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 2 }))
            {
                seen.Add(provider.Provider);
            }
        };

        var error = (await act.Should().ThrowAsync<IdentityProviderPaginationException>()).Which;
        error.Message.Should().Contain("https://attacker.example.net").And.Contain("another origin").And.Contain("not followed");
        seen.Should().Equal(WaldurJson.Names(0, 2));
        _mock.Requests.Should().ContainSingle("nothing is sent once the link points elsewhere");
    }

    [Fact]
    public async Task A_next_link_to_another_port_or_scheme_of_the_same_host_is_not_followed_either()
    {
        var other = new UriBuilder(_mock.Url) { Port = new Uri(_mock.Url).Port + 1 }.Uri;
        Page(1, WaldurJson.Names(0, 2), ("Link", $"<{other}api/identity-providers/?page=2>; rel=\"next\""));
        using var client = _mock.CreateClient();

        var act = async () => await NamesAsync(client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 2 }));

        await act.Should().ThrowAsync<IdentityProviderPaginationException>();
        _mock.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task The_count_ends_the_listing_before_a_foreign_link_matters()
    {
        Page(1, WaldurJson.Names(0, 2), ("x-result-count", "2"), ("Link", "<https://attacker.example.net/api/identity-providers/?page=2>; rel=\"next\""));
        using var client = _mock.CreateClient();

        var names = await NamesAsync(client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 2 }));

        names.Should().HaveCount(2);
    }

    [Fact]
    public async Task Pages_carry_continuation_tokens_and_a_listing_resumes_from_one()
    {
        Page(1, WaldurJson.Names(0, 2), ("x-result-count", "5"));
        Page(2, WaldurJson.Names(2, 2), ("x-result-count", "5"));
        Page(3, WaldurJson.Names(4, 1), ("x-result-count", "5"));
        PastTheEnd();
        using var client = _mock.CreateClient();
        var pageable = client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 2 });

        var tokens = new List<string?>();
        await foreach (var page in pageable.AsPages())
        {
            tokens.Add(page.ContinuationToken);
        }

        var resumed = new List<string>();
        await foreach (var page in pageable.AsPages("2"))
        {
            resumed.AddRange(page.Values.Select(v => v.Provider));
        }

        tokens.Should().Equal("2", "3", null);
        resumed.Should().Equal(WaldurJson.Names(2, 3));
    }

    [Fact]
    public async Task A_start_page_and_a_page_size_hint_are_sent()
    {
        Page(2, WaldurJson.Names(0, 1), ("x-result-count", "11"));
        PastTheEnd();
        using var client = _mock.CreateClient();

        await foreach (var page in client.IdentityProviders.ListAsync(new IdentityProviderListOptions { Page = 2 }).AsPages(pageSizeHint: 10))
        {
            page.Values.Should().ContainSingle();
        }

        Queries().Should().ContainSingle().Which.Should().Equal(new QueryParam("page", "2"), new QueryParam("page_size", "10"));
    }

    [Fact]
    public void Page_sizes_outside_1_to_300_are_rejected_before_sending()
    {
        using var client = _mock.CreateClient();

        var tooBig = () => client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 301 });
        var zero = () => client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 0 });
        var page = () => client.IdentityProviders.ListAsync(new IdentityProviderListOptions { Page = 0 });

        tooBig.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.PageSize");
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.PageSize");
        page.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.Page");
        _mock.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_page_size_hint_above_300_is_rejected_before_sending()
    {
        using var client = _mock.CreateClient();

        var act = async () =>
        {
            await foreach (var unused in client.IdentityProviders.ListAsync().AsPages(pageSizeHint: 500))
            {
            }
        };

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("pageSizeHint");
        _mock.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task The_options_object_is_not_modified()
    {
        Page(1, WaldurJson.Names(0, 2), ("x-result-count", "3"));
        Page(2, WaldurJson.Names(2, 1), ("x-result-count", "3"));
        using var client = _mock.CreateClient();
        var options = new IdentityProviderListOptions { PageSize = 2 };

        await NamesAsync(client.IdentityProviders.ListAsync(options));

        options.Should().Be(new IdentityProviderListOptions { PageSize = 2 });
    }
}
