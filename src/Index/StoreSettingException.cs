namespace Extraction.Index;

/// <summary>The store setting (AGREEMENTS_DB_FILE, --db @FILE) could not be read; the message names the file, never its contents.</summary>
public sealed class StoreSettingException : Exception
{
    public StoreSettingException()
    {
    }

    public StoreSettingException(string message)
        : base(message)
    {
    }

    public StoreSettingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
