namespace Extraction.Index.Tests.Support;

/// <summary>The store backends the one contract suite runs against.</summary>
public enum Backend
{
    Sqlite,
    Postgres,
}
