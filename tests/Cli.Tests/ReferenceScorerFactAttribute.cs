namespace Extraction.Cli.Tests;

/// <summary>A fact that runs shared/tools/score.py; skipped with a message where ../shared or python3 is absent.</summary>
public sealed class ReferenceScorerFactAttribute : FactAttribute
{
    public ReferenceScorerFactAttribute()
    {
        if (!File.Exists(ReferenceScorer.ScriptPath))
        {
            Skip = $"needs {ReferenceScorer.ScriptPath} (present in CI)";
        }
        else if (!ReferenceScorer.PythonAvailable)
        {
            Skip = "needs python3 on PATH to run the reference scorer";
        }
    }
}
