using System.CommandLine;
using Extraction.Extract.Serialization;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements extract PATH...</c>: Ingest then Extract, one JSON object per article, no database.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var command = new Command("extract", "Extract the agreements of each article and print them as JSON Lines") { paths };
        command.SetAction(parse =>
        {
            var tally = new BatchTally();
            foreach (var processed in new ArticlePipeline().Extract(parse.GetRequiredValue(paths)))
            {
                tally.Processed(processed, console);
                if (processed.Result is not null)
                {
                    console.Out.WriteLine(ArticleJson.ToJsonLine(processed.Result));
                }
            }
            console.Error.WriteLine(tally.Summary);
            return tally.ExitCode;
        });
        return command;
    }
}
