using System.CommandLine;
using System.Text.Json;
using Extraction.Cli.Output;
using Extraction.Extract.Serialization;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements show ID [--text]</c>: one stored article, or the cleaned text its offsets point into.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Article id (or a unique prefix); ID#N names its N-th agreement" };
        var text = new Option<bool>("--text") { Description = "Print the cleaned text that evidence offsets point into" };
        var db = CommonOptions.Db();
        var command = new Command("show", "Show one stored article and its agreements") { id, text, db };
        command.SetAction(parse =>
        {
            var wanted = parse.GetRequiredValue(id).Split('#')[0];
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            var article = store.Get(wanted) ?? throw new UserErrorException($"{wanted}: no stored article has this id");
            if (parse.GetValue(text))
            {
                console.Out.WriteLine(article.Article.Text);
                return ExitCodes.Success;
            }
            using var doc = JsonDocument.Parse(ArticleJson.ToJsonLine(article));
            console.Out.WriteLine(JsonSerializer.Serialize(doc.RootElement, PrettyJson.Options));
            return ExitCodes.Success;
        });
        return command;
    }
}
