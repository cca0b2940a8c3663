using Extraction.Web.Api;
using Microsoft.AspNetCore.Http.Features;

namespace Extraction.Web;

/// <summary>Builds the served application; <c>Program</c> and the tests share it.</summary>
public static class WebApp
{
    /// <summary>The configuration key of the store to serve (<c>--db</c>).</summary>
    public const string DbKey = "Agreements:Db";

    /// <summary>Largest request body taken: every route is a GET, so anything bigger is not a request of ours.</summary>
    public const long MaxRequestBody = 16 * 1024;

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBody;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.Configure<FormOptions>(o => o.ValueCountLimit = 64);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        // The path is read when the pool is first needed: test hosts set it after the builder is made.
        builder.Services.AddSingleton(sp => new StorePool(
            sp.GetRequiredService<IConfiguration>()[DbKey] ?? throw new InvalidOperationException($"{DbKey}: no store configured"),
            Math.Clamp(Environment.ProcessorCount * 2, 2, 16)));

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // "/" is the search page; the files are served with the build's precompressed copies (br, gzip) and ETags.
        app.UseDefaultFiles();
        app.UseRouting();
        app.MapStaticAssets();
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        return app;
    }
}
