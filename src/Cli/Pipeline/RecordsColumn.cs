using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Extraction.Cli.Pipeline;

/// <summary>A progress column in records, not percent of files: "1,234/12,736 records, 850/s".</summary>
internal sealed class RecordsColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        var done = ((long)task.Value).ToString("N0", CultureInfo.InvariantCulture);
        var total = task.IsIndeterminate ? "?" : ((long)task.MaxValue).ToString("N0", CultureInfo.InvariantCulture);
        var rate = task.Speed is { } speed ? $", {speed.ToString("N0", CultureInfo.InvariantCulture)}/s" : "";
        return new Text($"{done}/{total} records{rate}");
    }
}
