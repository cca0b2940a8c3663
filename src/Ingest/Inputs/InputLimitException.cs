namespace Extraction.Ingest.Inputs;

/// <summary>An input went past one of the <see cref="InputLimits"/>; the message names the limit.</summary>
internal sealed class InputLimitException : IOException
{
    public InputLimitException()
    {
    }

    public InputLimitException(string message)
        : base(message)
    {
    }

    public InputLimitException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
