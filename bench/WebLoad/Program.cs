using System.Diagnostics;
using System.Globalization;
using System.Net;
using Extraction.Index;

// API search latency under load against in-process search time, in one run (see bench/web-load.sh):
//   Extraction.WebLoad DB SERVER_DLL [REQUESTS_PER_LEVEL]
// Starts the published server (SERVER_DLL) on a loopback port, then for 1, 8 and 32 concurrent clients sends a
// bounded number of searches (the same queries, round robin) and reports p50/p99 and errors; the in-process
// Search() time of the same queries is measured before and after (one store, one thread), so the ratio is of one run.
var db = args[0];
var server = args[1];
var perLevel = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
string[] queries =
[
    "ky ket", "hop tac", "thoa thuan", "giam ngheo", "uy ban nhan dan", "MTTQ", "bo truong", "hiep dinh",
    "kinh te", "ha noi", "party:\"Bộ\"", "year:2005", "phong chong tham nhung", "\"Quốc hội\"", "dai hoi dang", "cong an",
];
var requests = queries.SelectMany(q => new[] { new SearchRequest(q, Limit: 10), new SearchRequest(q, Limit: 10, Articles: true) }).ToArray();

double[] InProcess()
{
    using var store = AgreementStore.Open(db);
    // Warm past tiered JIT (30 calls, then a background recompile) and the store's page cache.
    for (var round = 0; round < 40; round++)
    {
        foreach (var r in requests)
        {
            store.Search(r);
        }
    }
    var times = new List<double>();
    for (var round = 0; round < 10; round++)
    {
        foreach (var r in requests)
        {
            var sw = Stopwatch.StartNew();
            store.Search(r);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
    }
    return [.. times];
}

// The same searches from N threads at once, each with its own store (as the server's pool lends them): what
// concurrency alone costs on this machine, without HTTP.
double[] InProcessConcurrent(int threads)
{
    var stores = Enumerable.Range(0, threads).Select(_ => AgreementStore.Open(db)).ToArray();
    try
    {
        var latencies = new List<double>[threads];
        var next = -1;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            latencies[t] = [];
            int i;
            while ((i = Interlocked.Increment(ref next)) < perLevel)
            {
                var sw = Stopwatch.StartNew();
                stores[t].Search(requests[i % requests.Length]);
                latencies[t].Add(sw.Elapsed.TotalMilliseconds);
            }
        });
        return [.. latencies.SelectMany(l => l)];
    }
    finally
    {
        foreach (var s in stores)
        {
            s.Dispose();
        }
    }
}

string Url(SearchRequest r) => "/api/v1/search?q=" + Uri.EscapeDataString(r.Query) + "&limit=10" + (r.Articles ? "&articles=true" : "");

var port = 5000 + Environment.ProcessId % 1000;
using var process = Process.Start(new ProcessStartInfo("dotnet", [server, "--db", db, "--urls", $"http://127.0.0.1:{port}"]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
try
{
    var up = Stopwatch.StartNew();
    while (true)
    {
        try
        {
            if ((await http.GetAsync(new Uri("/api/v1/stats", UriKind.Relative))).IsSuccessStatusCode)
            {
                break;
            }
        }
        catch (HttpRequestException) when (up.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }
    }
    for (var round = 0; round < 40; round++)
    {
        foreach (var r in requests)
        {
            (await http.GetAsync(new Uri(Url(r), UriKind.Relative))).EnsureSuccessStatusCode(); // warm the server as the in-process run is
        }
    }

    var before = InProcess();
    Report("in-process, 1 thread (before)", before, 0);
    foreach (var clients in new[] { 1, 8, 32 })
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            latencies[c] = [];
            int i;
            while ((i = Interlocked.Increment(ref next)) < perLevel)
            {
                var sw = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync(new Uri(Url(requests[i % requests.Length]), UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                latencies[c].Add(sw.Elapsed.TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).ToArray();
        Report($"API, {clients,2} clients", all, errors, perLevel / wall.Elapsed.TotalSeconds);
        if (clients > 1)
        {
            ThreadPool.SetMinThreads(Math.Max(clients, Environment.ProcessorCount), Environment.ProcessorCount);
            wall.Restart();
            var local = InProcessConcurrent(clients);
            Report($"in-process, {clients,2} threads", local, 0, perLevel / wall.Elapsed.TotalSeconds);
        }
    }
    var after = InProcess();
    Report("in-process, 1 thread (after)", after, 0);
}
finally
{
    process.Kill();
    await process.WaitForExitAsync();
}

static void Report(string name, double[] times, int errors, double throughput = 0)
{
    Array.Sort(times);
    double P(double q) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(q * times.Length) - 1)];
    var rate = throughput > 0 ? $", {throughput:F0} req/s" : "";
    // The mean as well: at more clients than cores it is set by throughput (Little's law), while the p50 also shows
    // how fairly the waiting is shared (threads time-sliced by the OS finish most calls at once and a few very late).
    Console.WriteLine(FormattableString.Invariant($"{name}: n={times.Length}, p50 {P(0.50):F2} ms, p99 {P(0.99):F2} ms, mean {times.Average():F2} ms, errors {errors}{rate}"));
}
