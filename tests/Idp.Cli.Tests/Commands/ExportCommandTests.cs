using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Idp.Cli.Output;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests.Commands;

public sealed class ExportCommandTests(AllVendorsEmulatorFixture fixture) : IClassFixture<AllVendorsEmulatorFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("idp-export-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Export_writes_a_versioned_inventory_of_every_vendor_with_secrets_redacted()
    {
        var path = Path.Combine(_directory, "inventory.json");

        var result = await IdpRunner.RunAsync(["export", "--output", path], fixture.Environment());

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain($"wrote {MultiVendorCommandTests.CloudflareSeeded + 25 + 12 + MultiVendorCommandTests.ZitadelListed} providers from 4 of 4 vendors");
        var text = await File.ReadAllTextAsync(path);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        root.GetProperty("schema").GetString().Should().Be("idp-inventory");
        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        root.GetProperty("generator").GetProperty("name").GetString().Should().Be("idp");
        root.GetProperty("vendors").EnumerateArray().Select(v => (v.GetProperty("vendor").GetString(), v.GetProperty("status").GetString()))
            .Should().Equal(("cloudflare", "ok"), ("keycard", "ok"), ("waldur", "ok"), ("zitadel", "ok"));
        var providers = root.GetProperty("providers").EnumerateArray().ToList();
        providers.Should().HaveCount(MultiVendorCommandTests.CloudflareSeeded + 25 + 12 + MultiVendorCommandTests.ZitadelListed);
        providers.Select(p => new[] { "raw", "endpoints", "pkceEnabled" }.All(name => p.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Undefined))
            .Should().OnlyContain(hasAll => hasAll);

        // The emulator seeds Cloudflare configs and Waldur providers with client secrets: none may reach the file.
        text.Should().NotContain("-entra-secret").And.NotContain("-github-secret").And.Contain("REDACTED");
        foreach (var provider in providers)
        {
            AssertNoSecretValues(provider);
        }
    }

    [Fact]
    public async Task Export_to_stdout_prints_the_document()
    {
        var result = await IdpRunner.RunAsync(["export", "--vendor", "keycard"], fixture.Environment());

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        document.RootElement.GetProperty("providers").GetArrayLength().Should().Be(25);
    }

    [Fact]
    public async Task A_failed_vendor_leaves_the_previous_file_untouched()
    {
        var path = Path.Combine(_directory, "inventory.json");
        await File.WriteAllTextAsync(path, "previous inventory");
        var environment = fixture.Environment();
        environment["ZITADEL_BASE_URL"] = MultiVendorCommandTests.ClosedPortUrl();

        var result = await IdpRunner.RunAsync(["export", "--output", path], environment);

        result.ExitCode.Should().Be(5, result.ToString());
        result.Stderr.Should().Contain("zitadel failed; nothing was written").And.Contain("--allow-partial");
        (await File.ReadAllTextAsync(path)).Should().Be("previous inventory");
        Directory.GetFiles(_directory).Should().ContainSingle();
    }

    [Fact]
    public async Task Allow_partial_writes_the_rest_and_marks_the_failed_vendor()
    {
        var path = Path.Combine(_directory, "partial.json");
        var environment = fixture.Environment();
        environment["ZITADEL_BASE_URL"] = MultiVendorCommandTests.ClosedPortUrl();

        var result = await IdpRunner.RunAsync(["export", "--output", path, "--allow-partial"], environment);

        result.ExitCode.Should().Be(5, result.ToString());
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var zitadel = document.RootElement.GetProperty("vendors").EnumerateArray().Single(v => v.GetProperty("vendor").GetString() == "zitadel");
        zitadel.GetProperty("status").GetString().Should().Be("failed");
        zitadel.GetProperty("error").GetString().Should().Contain("could not connect");
    }

    [Fact]
    public async Task An_interrupted_write_keeps_the_previous_file_and_removes_its_temporary_file()
    {
        var path = Path.Combine(_directory, "inventory.json");
        await File.WriteAllTextAsync(path, "previous inventory");

        var write = () => AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                await stream.WriteAsync("{\"half\":"u8.ToArray(), ct);
                throw new IOException("disk full");
            },
            CancellationToken.None);

        await write.Should().ThrowAsync<IOException>();
        (await File.ReadAllTextAsync(path)).Should().Be("previous inventory");
        Directory.GetFiles(_directory).Should().Equal(path);
    }

    [Fact]
    public async Task Killing_the_process_mid_export_leaves_the_previous_file_intact()
    {
        var path = Path.Combine(_directory, "inventory.json");
        await File.WriteAllTextAsync(path, "previous inventory");

        // Keycard answers nothing: the export is stuck mid-way, with the other vendors' pages already read.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var environment = fixture.Environment();
        environment["KEYCARD_BASE_URL"] = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/";
        using var process = Process.Start(IdpProcess.StartInfo(["export", "--output", path], environment))!;
        try
        {
            using var accepted = await silent.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(60));
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        (await File.ReadAllTextAsync(path)).Should().Be("previous inventory");
    }

    [Fact]
    public async Task Output_naming_a_directory_is_a_usage_error()
    {
        var result = await IdpRunner.RunAsync(["export", "--output", _directory], fixture.Environment());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("must name a file");
    }

    private static void AssertNoSecretValues(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.Contains("secret", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        property.Value.GetString().Should().Contain("REDACTED", $"'{property.Name}' holds a secret");
                    }

                    AssertNoSecretValues(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AssertNoSecretValues(item);
                }

                break;
        }
    }
}
