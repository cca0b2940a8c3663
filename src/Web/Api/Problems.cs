using Extraction.Index;

namespace Extraction.Web.Api;

/// <summary>Turns what a request got wrong into a problem-details response (RFC 9457) naming it.</summary>
public static class Problems
{
    public static async Task<IResult> Guard(Func<Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        try
        {
            return await handle();
        }
        catch (QuerySyntaxException e)
        {
            return Results.Problem(title: "Malformed query", detail: e.Message, statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["parameter"] = "q" });
        }
        catch (BadParameterException e)
        {
            return Results.Problem(title: "Bad parameter", detail: e.Message, statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["parameter"] = e.Parameter });
        }
    }

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
