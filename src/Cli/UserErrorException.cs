namespace Extraction.Cli;

/// <summary>A mistake in what the user asked for; the CLI prints the message and exits with code 1.</summary>
public sealed class UserErrorException : Exception
{
    public UserErrorException()
    {
    }

    public UserErrorException(string message)
        : base(message)
    {
    }

    public UserErrorException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
