using System.CommandLine;
using System.Text.Json;
using Extraction.Extract.Serialization;

namespace Extraction.Cli.Commands;

/// <summary><c>agreements clean PATH...</c>: Ingest alone; the cleaned article as JSON Lines.</summary>
internal static class CleanCommand
{
    public static Command Create(CliContext cli)
    {
        var paths = CommonOptions.Paths();
        var limits = new LimitOptions();
        var command = new Command("clean", "Clean each page (main text, title, date, site) and print it as JSON Lines") { paths };
        limits.AddTo(command);
        command.SetAction(parse =>
        {
            var reporter = cli.Reporter(parse);
            var inputs = parse.GetRequiredValue(paths);
            InputCheck.WarnAboutEmptyFolders(inputs, reporter);
            var tally = new BatchTally(reporter);
            foreach (var processed in new ArticlePipeline(limits.Read(parse)).Clean(inputs))
            {
                tally.Processed(processed);
                if (processed.Result is { Article: var article })
                {
                    using var buffer = new MemoryStream();
                    using (var w = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions))
                    {
                        w.WriteStartObject();
                        ArticleJson.WriteArticleFields(w, article);
                        w.WriteString("text", article.Text);
                        w.WriteEndObject();
                    }
                    cli.Console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }
            }
            reporter.Status(tally.Summary);
            return tally.ExitCode;
        });
        return command;
    }
}
