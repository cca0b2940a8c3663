using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extraction.Cli.Output;
using Extraction.Extract.Model;
using Extraction.Extract.Serialization;
using Extraction.Index;
using Extraction.Output;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements show ID[#N] [--text]</c>: one stored article or one of its agreements, or the cleaned text its offsets point into.</summary>
internal static class ShowCommand
{
    private const int AmbiguityShown = 5;

    public static Command Create(CliContext cli)
    {
        var id = new Argument<string>("id") { Description = "Article id (or a unique prefix); ID#N shows its N-th agreement (from 0)" };
        var text = new Option<bool>("--text") { Description = "Print the cleaned text that evidence offsets point into" };
        var db = CommonOptions.Db(cli);
        var command = new Command("show", "Show one stored article and its agreements") { id, text, db };
        command.SetAction(parse =>
        {
            var wanted = ArticleReference.Parse(parse.GetRequiredValue(id));
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            var article = Find(store, wanted.Id);
            if (parse.GetValue(text))
            {
                cli.Console.Out.WriteLine(article.Article.Text);
                return ExitCodes.Success;
            }
            var json = JsonNode.Parse(ArticleJson.ToJsonLine(article))!.AsObject();
            if (wanted.Agreement is int n)
            {
                json = Agreement(json, article, n);
            }
            cli.Console.Out.WriteLine(json.ToJsonString(PrettyJson.Options));
            return ExitCodes.Success;
        });
        return command;
    }

    private static ExtractedArticle Find(IAgreementStore store, string id)
    {
        if (store.Get(id) is { } found)
        {
            return found;
        }
        var candidates = store.IdsStartingWith(id, AmbiguityShown + 1);
        if (candidates.Count > 1)
        {
            var shown = string.Join(", ", candidates.Take(AmbiguityShown)) + (candidates.Count > AmbiguityShown ? ", …" : "");
            throw new UserErrorException($"{id}: ambiguous, the start of several article ids ({shown}); give more of it");
        }
        throw new UserErrorException($"{id}: no stored article has this id");
    }

    /// <summary>The N-th agreement in the contract shape, with the article it belongs to named first.</summary>
    private static JsonObject Agreement(JsonObject article, ExtractedArticle stored, int n)
    {
        if (ShownAgreement.From(article, n) is { } shown)
        {
            return shown;
        }
        var id = stored.Article.Id;
        var range = stored.Agreements.Count switch
        {
            0 => "it reports no agreement",
            1 => "it has one: #0",
            var count => $"it has {count}: #0 to #{count - 1}",
        };
        throw new UserErrorException($"{id}#{n}: no such agreement ({range})");
    }
}
