using NegotiationModel.Benchmarks;
using BenchmarkDotNet.Running;
using NegotiationModel.Benchmarks.Quick;

// `-- --quick`: every target once, in under a minute (`--quick --no-large` leaves out the 1 M targets). Anything else goes to BenchmarkDotNet
// (for example `-- --filter '*Read*'`, or `-- --list flat`).
if (args.Contains("--quick"))
{
    return QuickRun.Run(Console.Out, Console.Error, large: !args.Contains("--no-large"));
}

// `-- --loop WHAT N`: do one thing to an N-statement record over and over for 20 s, for dotnet-trace and
// dotnet-counters. WHAT: load, dto, immutable-dto, newtonsoft, serialize.
if (args is ["--loop", var what, var size])
{
    return Loop.Run(what, int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
return 0;
