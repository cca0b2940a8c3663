namespace Extraction.Ingest.Tests;

/// <summary>A clock stopped at one instant, so "never in the future" checks are reproducible.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
