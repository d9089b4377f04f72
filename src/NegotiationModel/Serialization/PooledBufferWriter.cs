using System.Buffers;

namespace NegotiationModel.Serialization;

/// <summary>
/// A buffer the generated writer writes a document into, its arrays rented from the shared pool and returned on
/// disposal, so that writing a record allocates little more than what it returns. Given a stream, it hands the stream
/// what it holds whenever the writer asks for more room than is left, so that a large record is written in bounded
/// memory.
/// </summary>
/// <remarks>Not thread-safe: one writer at a time.</remarks>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private readonly Stream? sink;
    private byte[] buffer;
    private int written;

    /// <summary>Initializes an empty buffer.</summary>
    /// <param name="initialCapacity">The bytes to rent at first.</param>
    /// <param name="sink">The stream to hand what is written to as the buffer fills, or null to keep the whole document.</param>
    public PooledBufferWriter(int initialCapacity = 16 * 1024, Stream? sink = null)
    {
        buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
        this.sink = sink;
    }

    /// <summary>Gets what was written.</summary>
    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    /// <summary>Gets what was written.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, written);

    /// <summary>Gets the number of bytes written.</summary>
    public int WrittenCount => written;

    /// <summary>Forgets what was written, once the caller has handed it on, keeping the memory for what follows.</summary>
    public void Clear() => written = 0;

    public void Advance(int count)
    {
        Guard.Against.OutOfRange(count, nameof(count), 0, buffer.Length - written);
        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(written);
    }

    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        written = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Hands the stream what the buffer holds (nothing without a stream).</summary>
    public void FlushToSink()
    {
        if (sink is not null && written > 0)
        {
            sink.Write(buffer, 0, written);
            written = 0;
        }
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (buffer.Length - written >= needed)
        {
            return;
        }

        // The writer asks for memory only after advancing past all it wrote, so what is written can go to the stream.
        FlushToSink();
        if (buffer.Length - written >= needed)
        {
            return;
        }

        // Doubling stops at the largest array .NET allocates, as System.Text.Json's own buffer does, rather than overflow.
        var larger = ArrayPool<byte>.Shared.Rent(checked((int)Math.Max(Math.Min(2L * buffer.Length, Array.MaxLength), (long)written + needed)));
        buffer.AsSpan(0, written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
