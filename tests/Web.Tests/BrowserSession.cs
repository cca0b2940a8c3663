using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Extraction.Web.Tests;

/// <summary>
/// The served app on a real loopback port (Kestrel, port 0) over the test store, and one headless Chromium
/// driving it at 1366×768. Screenshots go to the test output folder (screenshots/).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private WebApplication? app;
    private ChromeDriver? driver;

    public TestStore Store { get; } = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public ChromeDriver Driver => driver ?? throw new InvalidOperationException("browser not started");

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.Browser) || !File.Exists(ChromiumFactAttribute.Driver))
        {
            return;
        }
        var web = Path.Combine(TestStore.RepoRoot(), "src", "Web");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "Extraction.Web",
            ContentRootPath = web,
            WebRootPath = Path.Combine(web, "wwwroot"),
            EnvironmentName = Environments.Development,
        });
        builder.Configuration[WebApp.DbKey] = Store.Db;
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // The page from the project folder, as the in-process test host does (the slim builder does not by itself).
        builder.WebHost.UseStaticWebAssets();
        app = WebApp.Build(builder);
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.First() + "/");

        var options = new ChromeOptions { BinaryLocation = ChromiumFactAttribute.Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=vi");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromiumFactAttribute.Driver)!, Path.GetFileName(ChromiumFactAttribute.Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Directory.CreateDirectory(Screenshots);
    }

    public void Open(string relative) => Driver.Navigate().GoToUrl(new Uri(BaseAddress, relative));

    public IWebElement WaitFor(string css, int seconds = 20)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds));
        // The page re-renders its lists while a search lands: an element found a moment ago may be gone when asked
        // whether it is shown, so look again instead of failing.
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        return wait.Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed));
    }

    /// <summary>
    /// Waits until the address holds <paramref name="fragment"/>: after a link or a GET form, what is read next must come
    /// from the new page, not from the one being left.
    /// </summary>
    public void WaitForUrl(string fragment, int seconds = 20) =>
        new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds)).Until(d => d.Url.Contains(fragment, StringComparison.Ordinal));

    /// <summary>Waits until the body carries data-<paramref name="name"/> (the page sets it when a step finished).</summary>
    public string WaitForData(string name, int seconds = 20)
    {
        try
        {
            return new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds)).Until(d => (string?)((IJavaScriptExecutor)d).ExecuteScript($"return document.body.dataset['{name}'] || null;"))!;
        }
        catch (WebDriverTimeoutException e)
        {
            throw new WebDriverTimeoutException($"data-{name} never set on {Driver.Url}; console: {string.Join(" | ", ConsoleErrors())}; page: {Driver.PageSource[..Math.Min(600, Driver.PageSource.Length)]}", e);
        }
    }

    public object? Script(string js) => Driver.ExecuteScript(js);

    public void Screenshot(string name) => Driver.GetScreenshot().SaveAsFile(Path.Combine(Screenshots, name + ".png"));

    /// <summary>What the browser console reported (CSP violations among them), since the last call.</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToList();

    public async Task DisposeAsync()
    {
        driver?.Quit();
        driver?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Store.Dispose();
    }
}
