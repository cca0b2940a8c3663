using BenchmarkDotNet.Running;

// One entry point for every stage's benchmarks: `dotnet run -c Release --project bench/Bench -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
