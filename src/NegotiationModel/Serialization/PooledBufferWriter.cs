using System.Buffers;

namespace NegotiationModel.Serialization;

/// <summary>
/// A buffer the generated writer writes a whole document into, its arrays rented from the shared pool and
/// returned on disposal, so that writing a record allocates little more than what it returns.
/// </summary>
/// <remarks>Not thread-safe: one writer at a time.</remarks>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer;
    private int written;

    /// <summary>Initializes an empty buffer.</summary>
    /// <param name="initialCapacity">The bytes to rent at first.</param>
    public PooledBufferWriter(int initialCapacity = 16 * 1024) => buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    /// <summary>Gets what was written.</summary>
    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    /// <summary>Gets what was written.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, written);

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

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (buffer.Length - written >= needed)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(checked(Math.Max(buffer.Length * 2, written + needed)));
        buffer.AsSpan(0, written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
