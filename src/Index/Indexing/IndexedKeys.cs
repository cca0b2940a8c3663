namespace Extraction.Index.Indexing;

/// <summary>Key text of each weighted field: parties and title above subject above body; kind and place for filters.</summary>
public sealed record IndexedKeys(
    string PartiesX,
    string PartiesF,
    string TitleX,
    string TitleF,
    string SubjectX,
    string SubjectF,
    string BodyX,
    string BodyF,
    string KindF,
    string PlaceF);
