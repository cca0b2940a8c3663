namespace Extraction.Ingest.Html;

/// <summary>What a class/id string says: score weight, never-the-article, furniture inside an article, names a title.</summary>
internal readonly record struct ClassVerdict(int Weight, bool Unlikely, bool Furniture, bool Title);
