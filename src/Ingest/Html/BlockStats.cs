namespace Extraction.Ingest.Html;

/// <summary>Text measures of one element and its subtree; "own" text and commas exclude nested blocks.</summary>
internal readonly record struct BlockStats(
    int TextLength,
    int LinkTextLength,
    int Commas,
    int OwnTextLength,
    int OwnCommas,
    int Paragraphs,
    int Images,
    int Items,
    int Inputs);
