using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using IdentityProviders.Benchmarks;

// ColdStart <vendor> <sdk|raw> <server root, e.g. http://127.0.0.1:5199/n10000/>
// Prints one line: "<vendor> <path> <jit|native> first-item-ms=<ms> items=<n>", the time from constructing the client
// to the first item (the process start-up before Main is measured by run.sh around the whole process).
if (args.Length != 3 || !Enum.TryParse<BenchVendor>(args[0], ignoreCase: true, out var vendor) || args[1] is not ("sdk" or "raw"))
{
    Console.Error.WriteLine("usage: ColdStart <keycard|cloudflare|zitadel|waldur> <sdk|raw> <server root URL>");
    return 2;
}

var root = new Uri(args[2].EndsWith('/') ? args[2] : args[2] + "/");
var driver = VendorDriver.For(vendor);
var clock = Stopwatch.StartNew();
int items;
if (args[1] == "sdk")
{
    using var client = driver.CreateSdkClient(root);
    items = await driver.SdkCountAsync(client, pageSize: 100, stopAfter: 1);
}
else
{
    using var client = driver.CreateRawClient(root);
    items = await driver.RawCountAsync(client, pageSize: 100, stopAfter: 1);
}

clock.Stop();
var mode = RuntimeFeature.IsDynamicCodeSupported ? "jit" : "native";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vendor} {args[1]} {mode} first-item-ms={clock.Elapsed.TotalMilliseconds:F2} items={items}"));
return items > 0 ? 0 : 1;
