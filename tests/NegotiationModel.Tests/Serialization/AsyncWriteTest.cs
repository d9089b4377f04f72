using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// An asynchronous write hands the stream the document in chunks between entities, so that writing a large record to
/// a network stream (where only asynchronous writes are allowed) holds a bounded buffer rather than the whole document.
/// </summary>
public sealed class AsyncWriteTest
{
    [Fact]
    public async Task A_large_record_reaches_the_stream_in_bounded_chunks_with_the_same_bytes()
    {
        var record = SyntheticRecord.Generate(2_000, 7);
        var expected = NegotiationJson.SerializeToUtf8Bytes(record);
        using var stream = new RecordingStream();

        await NegotiationJson.SerializeAsync(stream, record, TestContext.Current.CancellationToken);

        stream.ToArray().Should().Equal(expected);
        stream.SynchronousWrites.Should().Be(0, "an asynchronous write never blocks on the stream");
        stream.AsynchronousWrites.Count.Should().BeGreaterThan(expected.Length / (128 * 1024), "a {0}-byte document is not handed over whole", expected.Length);
        stream.AsynchronousWrites.Max().Should().BeLessThan(128 * 1024, "each chunk is about 64 KB, the last entity ending it included");
    }

    [Fact]
    public async Task A_small_record_is_one_write()
    {
        var record = new NegotiationRecord("Small") { Actors = [new Actor(new ActorId("a"), ActorKind.State, [new LocalizedName("A", "en")])] };
        using var stream = new RecordingStream();

        await NegotiationJson.SerializeAsync(stream, record, TestContext.Current.CancellationToken);

        stream.AsynchronousWrites.Should().ContainSingle();
        stream.ToArray().Should().Equal(NegotiationJson.SerializeToUtf8Bytes(record));
    }

    [Fact]
    public async Task Cancelling_between_chunks_stops_the_write()
    {
        var record = SyntheticRecord.Generate(2_000, 7);
        using var cancellation = new CancellationTokenSource();
        using var stream = new RecordingStream { AfterWrite = cancellation.Cancel };

        var write = () => NegotiationJson.SerializeAsync(stream, record, cancellation.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        stream.AsynchronousWrites.Should().ContainSingle("the write stops at the next chunk once cancelled");
    }

    private sealed class RecordingStream : MemoryStream
    {
        public List<int> AsynchronousWrites { get; } = [];

        public int SynchronousWrites { get; private set; }

        public Action? AfterWrite { get; init; }

        // A derived MemoryStream's other writes (span, asynchronous) all end here.
        public override void Write(byte[] buffer, int offset, int count)
        {
            SynchronousWrites++;
            base.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AsynchronousWrites.Add(buffer.Length);
            var bytes = buffer.ToArray();
            base.Write(bytes, 0, bytes.Length);
            AfterWrite?.Invoke();
            return ValueTask.CompletedTask;
        }
    }
}
