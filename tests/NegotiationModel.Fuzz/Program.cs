using NegotiationModel.Fuzz;
using SharpFuzz;

// Modes:
//   (no arguments)      AFL++ persistent mode via SharpFuzz (run under afl-fuzz by run-fuzz.sh).
//   --libfuzzer         libFuzzer mode (SharpFuzz's libfuzzer-dotnet driver).
//   --replay FILE...    runs the target over files in-process and reports each outcome (reproduce findings).
if (args.Length > 0 && args[0] == "--replay")
{
    var failures = 0;
    foreach (var path in args.Skip(1))
    {
        try
        {
            FuzzTarget.Run(File.ReadAllBytes(path));
            Console.WriteLine($"ok    {path}");
        }
        catch (Exception e)
        {
            failures++;
            Console.WriteLine($"CRASH {path}: {e}");
        }
    }
    return failures == 0 ? 0 : 1;
}

if (args.Length > 0 && args[0] == "--libfuzzer")
{
    Fuzzer.LibFuzzer.Run(span => FuzzTarget.Run(span));
    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
