namespace Extraction.Ingest.Text;

/// <summary>One non-empty line of a scrape: its text, its furniture key (folded), and whether cleaning drops it.</summary>
internal sealed record ScrapeLine(string Text, string Key, bool Drop);
