using System.Diagnostics;
using System.Globalization;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Extraction.Web.Tests;

/// <summary>The page in a real Chromium: what an analyst does, and that hostile article text stays text.</summary>
public sealed class BrowserTests(BrowserSession browser, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public void An_unaccented_query_typed_in_the_box_finds_accented_text_and_marks_it()
    {
        browser.Open("");
        browser.WaitForData("searchDone");
        var box = browser.Driver.FindElement(By.Id("q"));
        box.Clear();
        var clock = Stopwatch.StartNew();
        box.SendKeys("giam ngheo" + Keys.Enter);
        browser.WaitForUrl("q=giam+ngheo");
        browser.WaitFor("#hits .hit");
        browser.WaitForData("searchDone");
        clock.Stop();

        var marks = browser.Driver.FindElements(By.CssSelector("#hits .snippet mark")).Select(m => m.Text.ToLowerInvariant()).ToList();
        Assert.Contains("giảm", marks);
        Assert.Contains("nghèo", marks);
        Assert.Contains("q=giam+ngheo", browser.Driver.Url, StringComparison.Ordinal);
        // Page weight: every byte the search page fetched (document, scripts, styles, API answers), as transferred.
        var bytes = Convert.ToInt64(browser.Script(
            "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((s, e) => s + e.transferSize, 0);"), CultureInfo.InvariantCulture);
        output.WriteLine($"search page weight: {bytes} bytes transferred; typed query to first hit shown: {clock.ElapsedMilliseconds} ms (page's own fetch-to-render: {browser.WaitForData("firstHitMs")} ms)");
        File.WriteAllText(Path.Combine(BrowserSession.Screenshots, "measures.txt"),
            $"page_weight_bytes={bytes}\ntime_to_first_hit_ms={clock.ElapsedMilliseconds}\n");
        browser.Screenshot("search-giam-ngheo");
    }

    [ChromiumFact]
    public void Clicking_a_facet_narrows_the_query_to_its_count()
    {
        browser.Open("?q=");
        browser.WaitForData("searchDone");
        var facet = browser.WaitFor("#facets a.facet[data-facet='kind']");
        var count = int.Parse(facet.FindElement(By.XPath("following-sibling::span")).Text, CultureInfo.InvariantCulture);
        var kind = facet.Text;
        facet.Click();
        browser.WaitForUrl("kind%3A");
        browser.WaitFor("#hits .hit");
        browser.WaitForData("searchDone");

        Assert.Contains("kind%3A", browser.Driver.Url, StringComparison.Ordinal);
        Assert.StartsWith($"{count} ", browser.Driver.FindElement(By.Id("status")).Text, StringComparison.Ordinal);
        Assert.All(browser.Driver.FindElements(By.CssSelector("#hits .meta")), m => Assert.StartsWith(kind, m.Text, StringComparison.Ordinal));
        browser.Screenshot("facet-kind");
    }

    [ChromiumFact]
    public void Opening_an_agreement_shows_its_fields_evidence_highlighted_in_the_text()
    {
        browser.Open("?q=giam+ngheo");
        browser.WaitFor("#hits .hit-title").Click();
        Assert.Equal("true", browser.WaitForData("loaded"));

        var parties = browser.Driver.FindElements(By.CssSelector("#fields a.field.ev-party")).Select(a => a.Text).ToList();
        var marked = browser.Driver.FindElements(By.CssSelector("#text mark.ev-party")).Select(m => m.Text).ToList();
        Assert.NotEmpty(parties);
        Assert.Contains(marked, m => parties.Any(p => p.StartsWith(m, StringComparison.Ordinal)));
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("#text mark.ev-sentence")));
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("#text mark.ev-kind, #text mark.ev-signed_on")));
        // A field links to its evidence: following the link lands on a mark in the text.
        var link = browser.Driver.FindElement(By.CssSelector("#fields a.field.ev-party"));
        var target = link.GetAttribute("href")!.Split('#')[1];
        Assert.Equal("MARK", browser.Driver.FindElement(By.Id(target)).TagName.ToUpperInvariant());
        browser.Screenshot("agreement-evidence");
    }

    [ChromiumFact]
    public void The_timeline_and_the_co_signing_graph_render_with_data()
    {
        browser.Open("?q=");
        var months = int.Parse(browser.WaitForData("timelineBars"), CultureInfo.InvariantCulture);
        var nodes = int.Parse(browser.WaitForData("networkNodes"), CultureInfo.InvariantCulture);

        Assert.True(months > 0, "no month on the timeline");
        Assert.True(nodes > 1, "no party in the graph");
        var bars = Convert.ToInt64(browser.Script("return window.Chart.getChart('timeline').data.datasets.reduce((s, d) => s + d.data.reduce((a, b) => a + b, 0), 0);"), CultureInfo.InvariantCulture);
        var drawn = Convert.ToInt64(browser.Script("return window.Charts.cy.nodes().length;"), CultureInfo.InvariantCulture);
        Assert.True(bars > 0);
        Assert.Equal(nodes, drawn);
        // The graph's canvas has painted pixels (not an empty box).
        var painted = (bool)browser.Script("const c = document.querySelector('#network canvas'); return !!c && c.width > 0 && c.height > 0;")!;
        Assert.True(painted);
        browser.Screenshot("timeline-and-graph");
        var errors = browser.ConsoleErrors();
        output.WriteLine("console: " + string.Join("\n", errors));
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void Clicking_a_party_in_the_graph_filters_the_search_to_it()
    {
        browser.Open("?q=");
        browser.WaitForData("networkNodes");
        var party = (string)browser.Script("const n = window.Charts.cy.nodes()[0]; n.emit('tap'); return n.data('label');")!;
        browser.WaitForUrl("party%3A");
        browser.WaitFor("#hits .hit");
        browser.WaitForData("searchDone");

        Assert.Contains("party%3A", browser.Driver.Url, StringComparison.Ordinal);
        Assert.Contains(party.Split(' ')[0], browser.Driver.FindElement(By.Id("q")).GetAttribute("value"), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void The_graphs_parties_are_reached_from_the_keyboard_and_enter_filters_to_one()
    {
        browser.Open("?q=");
        var nodes = int.Parse(browser.WaitForData("networkNodes"), CultureInfo.InvariantCulture);
        var summary = browser.Driver.FindElement(By.CssSelector(".graph-parties summary"));

        summary.SendKeys(Keys.Enter);
        new OpenQA.Selenium.Interactions.Actions(browser.Driver).SendKeys(Keys.Tab).Perform();
        var focused = (string)browser.Script("return document.activeElement.textContent;")!;
        var selected = (string)browser.Script("const s = window.Charts.cy.nodes(':selected'); return s.length === 1 ? s[0].data('label') : '';")!;

        Assert.Equal(nodes, browser.Driver.FindElements(By.CssSelector("#network-list a")).Count);
        Assert.Equal(focused, selected);
        browser.Screenshot("graph-party-focused");
        new OpenQA.Selenium.Interactions.Actions(browser.Driver).SendKeys(Keys.Enter).Perform();
        browser.WaitForUrl("party%3A");
        browser.WaitForData("searchDone");
        Assert.Contains("party%3A", browser.Driver.Url, StringComparison.Ordinal);
        Assert.Contains(focused.Split(' ')[0], browser.Driver.FindElement(By.Id("q")).GetAttribute("value"), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void A_hostile_article_renders_its_markup_as_text_and_runs_nothing()
    {
        browser.Open($"agreement.html?id={TestStore.HostileId}&n=0");
        Assert.Equal("true", browser.WaitForData("loaded"));

        Assert.Null(browser.Script("return document.body.dataset.pwned || null;"));
        Assert.Equal(TestStore.HostileTitle, browser.Driver.FindElement(By.Id("title")).Text);
        Assert.Contains(browser.Driver.FindElements(By.CssSelector("#fields a.field.ev-party")), a => a.Text == TestStore.HostileParty);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("main img, main script, main b")));
        // The javascript: url is not made a link.
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("a[href^='javascript']")));
        browser.Screenshot("hostile-agreement");

        browser.Open("?q=" + Uri.EscapeDataString("\"Doanh nhân trẻ\""));
        browser.WaitForData("searchDone");
        Assert.Equal(TestStore.HostileTitle, browser.WaitFor("#hits .hit-title").Text);
        Assert.Contains(TestStore.HostileParty, browser.Driver.FindElement(By.CssSelector("#hits .parties")).Text, StringComparison.Ordinal);
        Assert.Null(browser.Script("return document.body.dataset.pwned || null;"));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("main img")));
        browser.Screenshot("hostile-search");
    }

    [ChromiumFact]
    public void The_search_page_fits_a_phone_width_without_sideways_scrolling()
    {
        browser.Driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
        try
        {
            browser.Open("?q=giam+ngheo");
            browser.WaitFor("#hits .hit");
            var overflow = Convert.ToInt64(browser.Script("return document.documentElement.scrollWidth - window.innerWidth;"), CultureInfo.InvariantCulture);
            browser.Screenshot("phone-search");
            Assert.True(overflow <= 1, $"{overflow} px wider than a phone");
        }
        finally
        {
            browser.Driver.Manage().Window.Size = new System.Drawing.Size(1366, 768);
        }
    }

    [ChromiumFact]
    public void The_search_box_and_hits_are_reached_with_the_keyboard()
    {
        browser.Open("?q=giam+ngheo");
        browser.WaitForData("searchDone");
        var reached = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            new OpenQA.Selenium.Interactions.Actions(browser.Driver).SendKeys(Keys.Tab).Perform();
            reached.Add((string)browser.Script("const a = document.activeElement; return a.id || a.className || a.tagName;")!);
        }

        Assert.Contains("q", reached);
        Assert.Contains("facet", reached);
        output.WriteLine("tab order: " + string.Join(" → ", reached));
    }
}
