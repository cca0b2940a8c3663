using System.Text;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Index;
using Extraction.Output;

namespace Extraction.Web.Api;

/// <summary>
/// <c>GET /api/v1/export?q=…&amp;format=jsonl|csv</c>: the matches of a query in the shapes of <c>agreements
/// export</c>, streamed a batch at a time: JSON Lines, one matching article a line; CSV, one matching agreement a row.
/// </summary>
public static class ExportEndpoint
{
    private const int FlushEvery = 100;

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/export", (HttpContext http, StorePool pool, [AsParameters] QueryParameters query, string? format, CancellationToken cancel) => Problems.Guard(async () =>
        {
            var csv = (format ?? "jsonl") switch
            {
                "jsonl" => false,
                "csv" => true,
                _ => throw new BadParameterException("format", $"format={format}: jsonl or csv"),
            };
            var request = query.Request(new PageWindow(1, 1));
            // Parse the query before the first byte is sent, so a malformed one is still a 400, not a cut stream.
            await pool.Use(store => store.Search(request with { Limit = 0, Facets = false }), cancel);
            return new StreamedExport(pool, request, csv);
        }))
            .WithSummary("Export the matches of a query as JSON Lines (articles) or CSV (agreements), streamed")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private sealed class StreamedExport(StorePool pool, SearchRequest request, bool csv) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
            response.Headers.ContentDisposition = csv ? "attachment; filename=agreements.csv" : "attachment; filename=agreements.jsonl";
            var cancel = httpContext.RequestAborted;
            return pool.UseAsync(async store =>
            {
                var buffer = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
                using var table = csv ? AgreementCsv.Start(buffer, byteOrderMark: false) : null;
                var pending = 0;
                foreach (var (article, index) in Matches(store))
                {
                    if (table is not null)
                    {
                        table.Write(article, index);
                    }
                    else
                    {
                        buffer.WriteLine(ArticleJson.ToJsonLine(article));
                    }
                    if (++pending >= FlushEvery)
                    {
                        await Send(response, buffer, table, cancel);
                        pending = 0;
                    }
                }
                await Send(response, buffer, table, cancel);
            }, cancel);
        }

        /// <summary>Each matching article once (JSON Lines) or each matching agreement (CSV; an article hit gives all of its agreements).</summary>
        private IEnumerable<(ExtractedArticle Article, int Index)> Matches(IAgreementStore store)
        {
            ExtractedArticle? last = null;
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var hit in store.Matches(request))
            {
                var article = last?.Article.Id == hit.ArticleId ? last : store.Get(hit.ArticleId);
                if (article is null)
                {
                    continue;
                }
                last = article;
                if (!csv)
                {
                    if (written.Add(article.Article.Id))
                    {
                        yield return (article, -1);
                    }
                }
                else if (hit.AgreementIndex >= 0 && hit.AgreementIndex < article.Agreements.Count)
                {
                    yield return (article, hit.AgreementIndex);
                }
                else
                {
                    for (var i = 0; i < article.Agreements.Count; i++)
                    {
                        yield return (article, i);
                    }
                }
            }
        }

        private static async Task Send(HttpResponse response, StringWriter buffer, AgreementCsv? table, CancellationToken cancel)
        {
            table?.Flush();
            var text = buffer.GetStringBuilder();
            if (text.Length > 0)
            {
                await response.WriteAsync(text.ToString(), cancel);
                text.Clear();
            }
        }
    }
}
