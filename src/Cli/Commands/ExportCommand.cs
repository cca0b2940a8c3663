using System.CommandLine;
using Extraction.Cli.Output;
using Extraction.Extract.Serialization;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements export [--format jsonl|csv] [--out FILE]</c>: every stored article in the contract shape.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "jsonl (one article a line) or csv (one agreement a row)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var db = CommonOptions.Db(cli);
        var command = new Command("export", "Export every stored article") { format, output, db };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            var path = parse.GetValue(output);
            using var file = path is null ? null : OutputFile.Open(path);
            var w = file ?? cli.Console.Out;
            var csv = parse.GetValue(format) == "csv";
            if (csv)
            {
                AgreementCsv.WriteHeader(w);
            }
            var count = 0;
            var agreements = 0;
            var hidden = 0;
            foreach (var article in store.All())
            {
                if (csv)
                {
                    AgreementCsv.WriteRows(w, article);
                }
                else
                {
                    w.WriteLine(ArticleJson.ToJsonLine(article));
                }
                count++;
                agreements += article.Agreements.Count;
                hidden += article.Article.DuplicateOf is null ? 0 : article.Agreements.Count;
            }
            if (path is not null)
            {
                // Export carries duplicate copies too; naming them reconciles this total with stats and search.
                var copies = hidden > 0 ? $", {hidden} of them in duplicate copies" : "";
                cli.Reporter(parse).Status($"exported {count} articles ({agreements} agreements{copies}) to {path}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
