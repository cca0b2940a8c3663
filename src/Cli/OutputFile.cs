namespace Extraction.Cli;

/// <summary>Opens a file the user named for output, turning "cannot write there" into a user error that names it.</summary>
internal static class OutputFile
{
    public static StreamWriter Open(string path)
    {
        try
        {
            return new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserErrorException($"{path}: cannot write: {e.Message}", e);
        }
    }
}
