namespace Extraction.Cli;

/// <summary>The process exit codes, mapped in one place.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad arguments, an unreadable path, a malformed query.</summary>
    public const int UserError = 1;

    /// <summary>Something failed that the user could not have prevented.</summary>
    public const int Failure = 2;
}
