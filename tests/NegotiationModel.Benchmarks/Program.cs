using NegotiationModel.Benchmarks;
using BenchmarkDotNet.Running;
using NegotiationModel.Benchmarks.Quick;

// `-- --quick`: every target once, in under a minute (`--quick --no-large` leaves out the 1 M targets). Anything else goes to BenchmarkDotNet
// (for example `-- --filter '*Read*'`, or `-- --list flat`).
// `-- --quick --storage` adds the storage targets of issue 17 (100,000 statements on SQLite and PostgreSQL); `-- --storage-quick` runs them alone.
if (args.Contains("--storage-quick"))
{
    return StorageTargets.Print(Console.Out, Console.Error);
}

if (args.Contains("--quick"))
{
    var quick = QuickRun.Run(Console.Out, Console.Error, large: !args.Contains("--no-large"));
    return args.Contains("--storage") ? Math.Max(quick, StorageTargets.Print(Console.Out, Console.Error)) : quick;
}

// `-- --large`: the 1 M-statement measurements, each once and alone (a few minutes).
if (args.Contains("--large"))
{
    return LargeRun.Run(Console.Out);
}

// The quick mode's child processes.
if (args is ["--child-load", var loadPath])
{
    return NegotiationModel.Benchmarks.Quick.Children.Load(loadPath);
}

if (args is ["--child-load-from-bytes", var fromBytesPath])
{
    return NegotiationModel.Benchmarks.Quick.Children.LoadFromBytes(fromBytesPath);
}

if (args is ["--child-dto", var dtoPath])
{
    return NegotiationModel.Benchmarks.Quick.Children.Dto(dtoPath);
}

if (args is ["--child-read", var readStatements])
{
    return ReadTargets.Child(readStatements);
}

if (args is ["--child-deserialize", var deserializePath])
{
    return NegotiationModel.Benchmarks.Quick.Children.Deserialize(deserializePath);
}

if (args is ["--child-write", var writeStatements])
{
    return NegotiationModel.Benchmarks.Quick.Children.Write(writeStatements);
}

if (args is ["--child-stream", var streamPath])
{
    return NegotiationModel.Benchmarks.Quick.Children.Stream(streamPath);
}

// `-- --diagnostics N`: validate the N-statement synthetic record and count its diagnostics by code.
if (args is ["--diagnostics", var records])
{
    var report = NegotiationModel.Validation.RecordValidator.Default.Validate(NegotiationModel.TestData.SyntheticRecord.Generate(int.Parse(records, System.Globalization.CultureInfo.InvariantCulture), Corpus.Seed));
    foreach (var code in report.Diagnostics.GroupBy(d => d.Code))
    {
        Console.WriteLine($"{code.Key}: {code.Count()}, such as {code.First()}");
    }

    Console.WriteLine(report);
    return report.HasErrors ? 1 : 0;
}

// `-- --loop WHAT N`: do one thing to an N-statement record over and over for 20 s, for dotnet-trace and
// dotnet-counters. WHAT: load, load-from-bytes, deserialize, jsonlines, dto, immutable-dto, newtonsoft, serialize, validate, timeline,
// record-timeline (the timeline of a generated record, no JSON written: for 1 M statements),
// synthetic-timeline, range-query (the quick mode's range queries over N synthetic entries). With --allocations, it also prints which types took the most of what was allocated.
if (args is ["--loop", var what, var size, .. var options])
{
    using var sampler = options.Contains("--allocations") ? new AllocationSampler() : null;
    var exit = Loop.Run(what, int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
    sampler?.Report(top: 25);
    return exit;
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
return 0;
