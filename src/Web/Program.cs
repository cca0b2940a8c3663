using System.Text;
using Extraction.Index;
using Extraction.Web;
using Microsoft.Extensions.Configuration.Memory;

Console.OutputEncoding = new UTF8Encoding(false);
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(ServeOptions.Usage);
    return 0;
}
ServeOptions options;
try
{
    options = ServeOptions.Parse(args, Environment.GetEnvironmentVariable);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
if (options.PasswordOnCommandLine)
{
    Console.Error.WriteLine(StoreSetting.PasswordWarning);
}
foreach (var remote in options.RemoteAddresses())
{
    Console.Error.WriteLine($"warning: serving on {remote}: other machines can read everything in {AgreementStore.Describe(options.Db)}");
}

// The published app carries the page beside it; from a plain build the default (project) paths apply.
var published = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
{
    Args = options.HostArguments.ToArray(),
    ContentRootPath = published ? AppContext.BaseDirectory : null,
    WebRootPath = published ? Path.Combine(AppContext.BaseDirectory, "wwwroot") : null,
});
// As the lowest source, so a host that configures its own store (the in-process test host) takes precedence.
builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new(WebApp.DbKey, options.Db)] });
builder.WebHost.UseUrls(options.Addresses().ToArray());
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = WebApp.Build(builder);
// Reading only: a missing file is a user error, never a new empty database. (The in-process test host
// stops this method at Build and configures its own store.)
var db = app.Configuration[WebApp.DbKey] ?? options.Db;
if (!AgreementStore.IsConnectionString(db) && !File.Exists(db))
{
    Console.Error.WriteLine($"error: {db}: no such database (run `agreements ingest` first)");
    return 1;
}
app.Lifetime.ApplicationStarted.Register(() =>
    Console.Error.WriteLine($"agreements: serving {AgreementStore.Describe(db)} on {string.Join(", ", options.Addresses())} (Ctrl+C stops)"));
await app.RunAsync();
return 0;

/// <summary>The entry point, named for the in-process test host.</summary>
public partial class Program;
