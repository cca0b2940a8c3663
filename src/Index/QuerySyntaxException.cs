namespace Extraction.Index;

/// <summary>A query the user typed that the query language cannot read; the message says what to fix.</summary>
public sealed class QuerySyntaxException : Exception
{
    public QuerySyntaxException()
    {
    }

    public QuerySyntaxException(string message)
        : base(message)
    {
    }

    public QuerySyntaxException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
