using BenchmarkDotNet.Running;
using Extraction.Bench.IndexScale;

// One entry point for every stage's benchmarks: `dotnet run -c Release --project bench/Bench -- --filter '*'`.
// `-- index-scale` is the index's one-run scale report (build rate, size, p50/p99), which does not fit BenchmarkDotNet's model;
// `-- text-kernel-dump OUT PATH...` writes every token the text kernel's users make of the texts, to compare two builds;
// `-- index-plans` times the Lucene query plans against each other on an index written straight from the generator.
if (args is ["text-kernel-dump", .. var dumpArgs])
{
    return Extraction.Bench.TextKernelDump.Run(dumpArgs);
}
if (args is ["index-build", ..])
{
    DirectIndex.EnsureBuilt(PlanRun.Rows(), Console.Out);
    return 0;
}
if (args is ["index-plans", ..])
{
    return PlanRun.Run();
}
if (args is ["index-scale", ..])
{
    return ScaleRun.Run();
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
