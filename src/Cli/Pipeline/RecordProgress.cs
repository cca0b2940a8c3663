using Spectre.Console;

namespace Extraction.Cli.Pipeline;

/// <summary>
/// The progress bar of a batch on stderr, in records (JSON Lines and WARC records count one each) with rate and
/// ETA; nothing when the reporter shows no progress (--quiet, not a terminal).
/// </summary>
internal static class RecordProgress
{
    /// <param name="work">Runs the batch, calling its argument once per record done.</param>
    public static void Run(CliContext cli, Reporter reporter, string label, long? expected, Action<Action> work)
    {
        if (!reporter.ShowsProgress)
        {
            work(() => { });
            return;
        }
        ProgressConsole.Create(cli.Console).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new RecordsColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(label, maxValue: Math.Max(1, expected ?? 1));
                task.IsIndeterminate = expected is null;
                work(() =>
                {
                    // An estimate can fall short (a WARC counted as one); the bar then grows with the count.
                    if (task.Value + 1 > task.MaxValue)
                    {
                        task.MaxValue = task.Value + 1;
                    }
                    task.Increment(1);
                });
                task.Value = task.MaxValue;
            });
    }
}
