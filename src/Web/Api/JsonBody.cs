using System.Text.Json;
using Extraction.Extract.Serialization;

namespace Extraction.Web.Api;

/// <summary>
/// A JSON response written straight to the body by a writer callback: the API's shapes are the CLI's
/// (written with Utf8JsonWriter, no reflection), so nothing is serialised twice or differently.
/// </summary>
public sealed class JsonBody(Action<Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using (var w = new Utf8JsonWriter(httpContext.Response.BodyWriter, ArticleJson.WriterOptions))
        {
            write(w);
        }
        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
