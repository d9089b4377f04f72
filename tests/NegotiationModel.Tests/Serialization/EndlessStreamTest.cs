using NegotiationModel.Actors;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// The Stream overloads stop an endless or huge stream at the size limit plus one byte and report it as too large,
/// in memory bounded by the limit: measured by the bytes taken from the stream and the bytes allocated, never by time.
/// </summary>
public sealed class EndlessStreamTest
{
    private const int Limit = 1024 * 1024;

    private static readonly NegotiationJsonReadOptions Options = new() { MaxInputBytes = Limit };

    // Generous for pooled buffers that double up to the limit; an unbounded reader allocates far more.
    private const long AllocationBound = 6L * Limit;

    public static TheoryData<byte> Fillers => [(byte)' ', 0, (byte)'['];

    [Theory]
    [MemberData(nameof(Fillers))]
    public void Deserialize_stops_an_endless_stream_at_the_limit_plus_one_byte(byte filler)
    {
        var stream = new EndlessStream(filler);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var read = () => NegotiationJson.Deserialize(stream, Options);

        read.Should().Throw<NegotiationJsonException>().WithMessage("*larger than the limit of 1048576 bytes*");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(AllocationBound);
        stream.BytesRead.Should().BeLessThanOrEqualTo(Limit + 1);
    }

    [Theory]
    [MemberData(nameof(Fillers))]
    public async Task DeserializeAsync_stops_an_endless_stream_at_the_limit_plus_one_byte(byte filler)
    {
        var stream = new EndlessStream(filler);

        var read = () => NegotiationJson.DeserializeAsync(stream, Options, TestContext.Current.CancellationToken);

        await read.Should().ThrowAsync<NegotiationJsonException>().WithMessage("*larger than the limit of 1048576 bytes*");
        stream.BytesRead.Should().BeLessThanOrEqualTo(Limit + 1);
    }

    [Theory]
    [MemberData(nameof(Fillers))]
    public void Json_lines_stop_a_line_that_never_ends_just_past_the_limit(byte filler)
    {
        var stream = new EndlessStream(filler);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var read = () => NegotiationJsonLines.Read<Actor>(stream, Options).ToList();

        read.Should().Throw<NegotiationJsonException>().WithMessage("*longer than the limit of 1048576 bytes*");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(AllocationBound);
        stream.BytesRead.Should().BeLessThanOrEqualTo(Limit + 2, "a line may end with \\r\\n beyond its limit");
    }

    [Fact]
    public async Task Json_lines_read_asynchronously_stop_a_line_that_never_ends_just_past_the_limit()
    {
        var stream = new EndlessStream((byte)' ');

        var read = async () =>
        {
            await foreach (var actor in NegotiationJsonLines.ReadAsync<Actor>(stream, Options, TestContext.Current.CancellationToken))
            {
                _ = actor;
            }
        };

        await read.Should().ThrowAsync<NegotiationJsonException>().WithMessage("*longer than the limit*");
        stream.BytesRead.Should().BeLessThanOrEqualTo(Limit + 2);
    }
}
