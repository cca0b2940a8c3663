namespace Extraction.Ingest.Tests;

/// <summary>A scratch folder for one test, removed afterwards (links inside are removed, not followed).</summary>
internal sealed class Scratch : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("ingest-bad-").FullName;

    public string Path(params string[] parts) => System.IO.Path.Combine([Dir, .. parts]);

    public string Write(string name, byte[] content)
    {
        var path = Path(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Seed(string name, string prefix = "001")
    {
        var path = Path(name);
        File.Copy(Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single(), path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException) when (!OperatingSystem.IsWindows())
        {
            // A name that is not UTF-8 cannot be deleted through .NET; rm takes bytes (and never follows links).
            using var rm = System.Diagnostics.Process.Start("rm", ["-rf", Dir]);
            rm.WaitForExit();
        }
    }
}
