using System.CommandLine;
using Extraction.Extract.Serialization;
using Extraction.Output;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements export [--format jsonl|csv] [--bom] [--out FILE]</c>: every stored article in the contract shape.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "jsonl (one article a line) or csv (one agreement a row)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var bom = new Option<bool>("--bom") { Description = "csv: start with a UTF-8 byte order mark, so spreadsheets (Excel) read Vietnamese text as UTF-8" };
        var db = CommonOptions.Db(cli);
        var command = new Command("export", "Export every stored article") { format, bom, output, db };
        // A BOM in JSON Lines would break the first line for most readers: refuse it rather than ignore it.
        command.Validators.Add(result =>
        {
            if (result.GetValue(bom) && result.GetValue(format) != "csv")
            {
                result.AddError("--bom: applies to --format csv only");
            }
        });
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            var path = parse.GetValue(output);
            using var file = path is null ? null : OutputFile.Open(path);
            var w = file ?? cli.Console.Out;
            using var csv = parse.GetValue(format) == "csv" ? AgreementCsv.Start(w, parse.GetValue(bom)) : null;
            var count = 0;
            var agreements = 0;
            var hidden = 0;
            foreach (var article in store.All())
            {
                if (csv is not null)
                {
                    csv.Write(article);
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
