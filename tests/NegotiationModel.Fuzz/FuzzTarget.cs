using NegotiationModel.Serialization;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using NodaTime;

namespace NegotiationModel.Fuzz;

/// <summary>
/// The one fuzz target: bytes in, and every path a downstream application takes with a file it was given.
/// Any exception other than <see cref="NegotiationJsonException"/> escapes and is a crash for the fuzzer;
/// so is a record that does not survive its own round trip (silent data loss).
/// </summary>
public static class FuzzTarget
{
    private static readonly NegotiationJsonReadOptions Options = NegotiationJsonReadOptions.Default;

    /// <summary>Runs the target over one input.</summary>
    public static void Run(ReadOnlySpan<byte> input)
    {
        NegotiationRecord record;
        try
        {
            record = NegotiationJson.Deserialize(input, Options);
        }
        catch (NegotiationJsonException)
        {
            return; // the documented outcome for a file we cannot load
        }

        RecordValidator.Default.Validate(record);
        var timeline = Timeline.Build(record);
        timeline.Query();
        record.AsKnownAt(Instant.FromUtc(2025, 12, 28, 0, 0));

        var written = NegotiationJson.SerializeToUtf8Bytes(record);
        var reread = NegotiationJson.Deserialize(written, Options);
        if (!reread.Equals(record))
        {
            throw new InvalidOperationException("Round trip lost data: read(write(x)) != x.");
        }

        var rewritten = NegotiationJson.SerializeToUtf8Bytes(reread);
        if (!rewritten.AsSpan().SequenceEqual(written))
        {
            throw new InvalidOperationException("Writing is not idempotent: write(read(write(x))) != write(x).");
        }
    }
}
