using System.Text.Json;
using IdentityProviders.Sdk;

namespace AotSmoke;

/// <summary>The same list/get/create/delete round trip through <see cref="IIdentityProviderClient"/> for every vendor.</summary>
internal static class CrossVendor
{
    public static async Task RunAsync(Checks check, IIdentityProviderClient idp, string vendor, int expectedCount, OidcProviderDefinition definition)
    {
        check.Equal(vendor, idp.Vendor, "Vendor");
        check.That(idp.Capabilities.CanCreateOidc && idp.Capabilities.CanDelete, "Capabilities: can create OIDC and delete");

        var listed = await ListAsync(idp);
        check.Equal(expectedCount, listed.Count, "ListAsync: every provider, all pages");
        check.Equal(listed.Count, listed.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count(), "ListAsync: no duplicates");
        check.That(listed.All(p => p.Vendor == vendor && p.Id.Length > 0), "ListAsync: every item has the vendor and an id");

        var first = listed[0];
        var got = await idp.GetAsync(first.Id);
        check.Equal(first.Id, got.Id, "GetAsync: same id");
        check.Equal(first.Name, got.Name, "GetAsync: same name");
        check.Equal(first.Protocol, got.Protocol, "GetAsync: same protocol");
        var json = got.GetVendorJson();
        check.Equal(JsonValueKind.Object, json.ValueKind, "GetVendorJson: the vendor model serializes (source-generated)");

        var preview = idp.PreviewCreateOidc(definition);
        var redacted = preview.GetRedactedBody().GetRawText();
        check.That(preview.Method == "POST" && preview.Body.ValueKind == JsonValueKind.Object, "PreviewCreateOidc: a POST with a JSON body", preview.ToString());
        check.That(!redacted.Contains(definition.ClientSecret!, StringComparison.Ordinal), "PreviewCreateOidc: redacted body hides the secret", redacted);

        var created = await idp.CreateOidcAsync(definition);
        check.Equal(vendor, created.Vendor, "CreateOidcAsync: vendor");
        check.Equal(definition.Name, created.Name, "CreateOidcAsync: name");
        check.Equal(definition.ClientId, created.ClientId, "CreateOidcAsync: client id");
        check.Equal(ProtocolFamily.Oidc, created.Protocol, "CreateOidcAsync: protocol");
        check.That(!created.ToString().Contains(definition.ClientSecret!, StringComparison.Ordinal), "CreateOidcAsync: ToString() has no secret");

        var readBack = await idp.GetAsync(created.Id);
        check.Equal(created.Id, readBack.Id, "GetAsync(created): same id");
        check.Equal(definition.Name, readBack.Name, "GetAsync(created): name");
        check.Equal(definition.ClientId, readBack.ClientId, "GetAsync(created): client id");
        check.Equal(expectedCount + 1, (await ListAsync(idp)).Count, "ListAsync after create: one more");

        await idp.DeleteAsync(created.Id);
        await check.NotFoundAsync(() => idp.GetAsync(created.Id), "DeleteAsync: GetAsync then answers not found");
        check.Equal(expectedCount, (await ListAsync(idp)).Count, "ListAsync after delete: back to the start");
    }

    private static async Task<List<IdentityProviderInfo>> ListAsync(IIdentityProviderClient idp)
    {
        var result = new List<IdentityProviderInfo>();
        await foreach (var provider in idp.ListAsync())
        {
            result.Add(provider);
        }

        return result;
    }
}
