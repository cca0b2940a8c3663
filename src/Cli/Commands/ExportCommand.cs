using System.CommandLine;
using Extraction.Cli.Output;
using Extraction.Extract.Serialization;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements export [--format jsonl|csv] [--out FILE]</c>: every stored article in the contract shape.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "jsonl (one article a line) or csv (one agreement a row)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var db = CommonOptions.Db();
        var command = new Command("export", "Export every stored article") { format, output, db };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetRequiredValue(db));
            var path = parse.GetValue(output);
            using var file = path is null ? null : OpenOutput(path);
            var w = file ?? console.Out;
            var csv = parse.GetValue(format) == "csv";
            if (csv)
            {
                AgreementCsv.WriteHeader(w);
            }
            var count = 0;
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
            }
            if (path is not null)
            {
                console.Error.WriteLine($"exported {count} articles to {path}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static StreamWriter OpenOutput(string path)
    {
        try
        {
            return new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"{path}: cannot write: {e.Message}", e);
        }
    }
}
