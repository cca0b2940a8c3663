namespace Extraction.Ingest.Tests;

/// <summary>A fact about Linux files (ELF programs, FIFOs, /dev links), skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux";
        }
    }
}
