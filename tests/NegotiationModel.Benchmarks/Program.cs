using BenchmarkDotNet.Running;
using NegotiationModel.Benchmarks.Quick;

// `-- --quick`: every target once, in under a minute. Anything else goes to BenchmarkDotNet
// (for example `-- --filter '*Read*'`, or `-- --list flat`).
if (args.Contains("--quick"))
{
    return QuickRun.Run(Console.Out, Console.Error);
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
return 0;
