using System.Buffers;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads a whole stream into a pooled buffer, refusing more than a limit as soon as it is exceeded, so a
/// hostile stream cannot make the reader allocate more than the limit.
/// </summary>
internal sealed class InputBuffer : IDisposable
{
    private byte[] buffer;
    private int length;

    private InputBuffer(int capacity) => buffer = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>Gets the bytes read.</summary>
    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

    public static InputBuffer Read(Stream stream, NegotiationJsonReadOptions options)
    {
        var input = new InputBuffer(InitialCapacity(stream, options));
        try
        {
            int read;
            while ((read = stream.Read(input.FreeSpace(options))) > 0)
            {
                input.length += read;
            }

            return input;
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    public static async Task<InputBuffer> ReadAsync(Stream stream, NegotiationJsonReadOptions options, CancellationToken cancellationToken)
    {
        var input = new InputBuffer(InitialCapacity(stream, options));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(input.FreeMemory(options), cancellationToken).ConfigureAwait(false)) > 0)
            {
                input.length += read;
            }

            return input;
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
    }

    private static int InitialCapacity(Stream stream, NegotiationJsonReadOptions options)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            JsonDocumentReader.CheckSize(remaining, options);

            // One byte more than the content, so the final read that returns 0 needs no growth.
            return (int)Math.Max(remaining + 1, 256);
        }

        return 16 * 1024;
    }

    private Span<byte> FreeSpace(NegotiationJsonReadOptions options) => FreeMemory(options).Span;

    private Memory<byte> FreeMemory(NegotiationJsonReadOptions options)
    {
        if (length == buffer.Length || length > options.MaxInputBytes)
        {
            // Full: more input than the limit allows means failure, else grow (to at most the limit + 1 bytes).
            JsonDocumentReader.CheckSize(length, options);
            var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, options.MaxInputBytes + 1));
            buffer.AsSpan(0, length).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = grown;
        }

        // The pool may hand out more than asked for: never read past the limit + 1 bytes, which proves the input too large.
        return buffer.AsMemory(length, (int)Math.Min(buffer.Length - length, options.MaxInputBytes + 1 - length));
    }
}
