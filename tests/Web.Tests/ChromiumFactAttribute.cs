namespace Extraction.Web.Tests;

/// <summary>A browser test: runs where Debian's chromium and chromedriver are installed (.ci/run installs them), else skips saying so.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Browser) || !File.Exists(Driver))
        {
            Skip = $"needs {Browser} and {Driver} (apt-get install chromium chromium-driver; .ci/run installs them)";
        }
    }
}
