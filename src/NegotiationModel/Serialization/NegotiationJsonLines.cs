using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Proposals;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads and writes sequences of entities (statements, events, actors...) as JSON Lines: one compact JSON
/// object per line, each in the same form as inside a record. Memory stays constant whatever the number of
/// lines: one line is held at a time.
/// </summary>
/// <remarks>
/// <para>Lines end with <c>\n</c> (a <c>\r</c> before it is ignored); blank lines are skipped. Each line is read
/// as a document is by <see cref="NegotiationJson"/>, with the same checks, and
/// <see cref="NegotiationJsonReadOptions.MaxInputBytes"/> limits each line. A bad line ends the sequence with
/// a <see cref="NegotiationJsonException"/> whose <see cref="NegotiationJsonException.LineNumber"/> is the line's
/// (zero-based) number in the stream and whose path is within that line's object.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class NegotiationJsonLines
{
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>Gets the options of the writer of each line: the format's, on one line.</summary>
    internal static JsonWriterOptions CompactWriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        MaxDepth = JsonFormat.SerializerMaxDepth,
    };

    /// <summary>Reads entities from a stream of JSON Lines, one per line.</summary>
    /// <typeparam name="T">The entity type, such as <see cref="Statements.Statement"/>, or <see cref="Provision"/> for provisions of any kind.</typeparam>
    /// <param name="utf8JsonLines">The stream to read to its end; left open.</param>
    /// <param name="options">The limits and strictness of the read, applied to each line; <see cref="NegotiationJsonReadOptions.Default"/> when null.</param>
    /// <returns>The entities, read as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">A line is not a valid entity (raised while enumerating); the exception names the line.</exception>
    public static IEnumerable<T> Read<T>(Stream utf8JsonLines, NegotiationJsonReadOptions? options = null)
        where T : class, IRecordEntity
    {
        Guard.Against.Null(utf8JsonLines);
        return ReadIterator<T>(utf8JsonLines, options ?? NegotiationJsonReadOptions.Default);
    }

    /// <summary>Gets the kinds of entity a stream of JSON Lines can hold: every kind a record holds, in the record's order (a phase is part of a proposal).</summary>
    public static IReadOnlyList<EntityKind> Kinds { get; } = [.. EntityKinds.InRecordOrder.Select(k => k.Kind)];

    /// <summary>Reads entities of one kind from a stream of JSON Lines, one per line.</summary>
    /// <param name="utf8JsonLines">The stream to read to its end; left open.</param>
    /// <param name="kind">The kind of entity each line holds, one of <see cref="Kinds"/>.</param>
    /// <param name="options">The limits and strictness of the read, applied to each line; <see cref="NegotiationJsonReadOptions.Default"/> when null.</param>
    /// <returns>The entities, read as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of <see cref="Kinds"/>.</exception>
    /// <exception cref="NegotiationJsonException">A line is not a valid entity (raised while enumerating); the exception names the line.</exception>
    public static IEnumerable<IRecordEntity> ReadEntities(Stream utf8JsonLines, EntityKind kind, NegotiationJsonReadOptions? options = null)
    {
        Guard.Against.Null(utf8JsonLines);
        Guard.Against.Expression(k => !Kinds.Contains(k), kind, $"A stream of JSON Lines holds entities of one of the kinds {string.Join(", ", Kinds)}, not {kind}.", nameof(kind));
        return EntityKinds.Of(kind).Accept(new LinesOf(utf8JsonLines, options ?? NegotiationJsonReadOptions.Default)) ?? [];
    }

    /// <summary>Reads entities from a stream of JSON Lines, one per line, asynchronously.</summary>
    /// <typeparam name="T">The entity type, such as <see cref="Statements.Statement"/>, or <see cref="Provision"/> for provisions of any kind.</typeparam>
    /// <param name="utf8JsonLines">The stream to read to its end; left open.</param>
    /// <param name="options">The limits and strictness of the read, applied to each line; <see cref="NegotiationJsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entities, read as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">A line is not a valid entity (raised while enumerating); the exception names the line.</exception>
    public static IAsyncEnumerable<T> ReadAsync<T>(Stream utf8JsonLines, NegotiationJsonReadOptions? options = null, CancellationToken cancellationToken = default)
        where T : class, IRecordEntity
    {
        Guard.Against.Null(utf8JsonLines);
        return ReadAsyncIterator<T>(utf8JsonLines, options ?? NegotiationJsonReadOptions.Default, cancellationToken);
    }

    /// <summary>Writes entities to a stream as JSON Lines: each as compact JSON on one line ending with <c>\n</c>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="utf8JsonLines">The stream to write to; left open.</param>
    /// <param name="entities">The entities, written in order.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="entities"/> holds null.</exception>
    public static void Write<T>(Stream utf8JsonLines, IEnumerable<T> entities)
        where T : class, IRecordEntity
    {
        Guard.Against.Null(utf8JsonLines);
        Guard.Against.Null(entities);
        var buffer = new ArrayBufferWriter<byte>(InitialBufferSize);
        using var writer = new Utf8JsonWriter(buffer, CompactWriterOptions);
        foreach (var entity in entities)
        {
            WriteLine(writer, buffer, entity);
            utf8JsonLines.Write(buffer.WrittenSpan);
        }
    }

    /// <summary>Writes entities to a stream as JSON Lines: each as compact JSON on one line ending with <c>\n</c>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="utf8JsonLines">The stream to write to; left open.</param>
    /// <param name="entities">The entities, written in order as they arrive (<c>ToAsyncEnumerable()</c> adapts a synchronous sequence).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every entity is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="entities"/> holds null.</exception>
    public static async Task WriteAsync<T>(Stream utf8JsonLines, IAsyncEnumerable<T> entities, CancellationToken cancellationToken = default)
        where T : class, IRecordEntity
    {
        Guard.Against.Null(utf8JsonLines);
        Guard.Against.Null(entities);
        var buffer = new ArrayBufferWriter<byte>(InitialBufferSize);
        using var writer = new Utf8JsonWriter(buffer, CompactWriterOptions);
        await foreach (var entity in entities.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteLine(writer, buffer, entity);
            await utf8JsonLines.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteLine<T>(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, T entity)
        where T : class, IRecordEntity
    {
        Guard.Against.Null(entity, nameof(entity), "The sequence holds null, which is not an entity.");

        buffer.ResetWrittenCount();
        writer.Reset(buffer);

        // Each entity as the contract of its kind writes it (a provision through its polymorphic base, so that its
        // line names its kind), by the generated writer that RecordWriterContractTest holds to that contract.
        RecordWriter.WriteEntity(writer, entity);
        writer.Flush();
        buffer.Write("\n"u8);
    }

    private sealed class LinesOf(Stream stream, NegotiationJsonReadOptions options) : IEntityTypeVisitor<IEnumerable<IRecordEntity>>
    {
        public IEnumerable<IRecordEntity> Visit<TEntity>()
            where TEntity : class, IRecordEntity
            => ReadIterator<TEntity>(stream, options);
    }

    private static JsonTypeInfo ContractOf(Type type) => JsonFormat.Lenient.GetTypeInfo(type);

    private static IEnumerable<T> ReadIterator<T>(Stream stream, NegotiationJsonReadOptions options)
        where T : class, IRecordEntity
    {
        using var lines = new LineBuffer(options);
        while (!lines.AtEnd)
        {
            lines.Append(stream.Read(lines.FreeSpace()));
            while (TryReadNext(lines, options, out T? entity))
            {
                yield return entity;
            }
        }
    }

    private static async IAsyncEnumerable<T> ReadAsyncIterator<T>(Stream stream, NegotiationJsonReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class, IRecordEntity
    {
        using var lines = new LineBuffer(options);
        while (!lines.AtEnd)
        {
            lines.Append(await stream.ReadAsync(lines.FreeMemory(), cancellationToken).ConfigureAwait(false));
            while (TryReadNext(lines, options, out T? entity))
            {
                yield return entity;
            }
        }
    }

    // Reads the entity of the next line in the buffer that is not blank; false when the buffer holds no whole line
    // left, so the caller reads more of the stream (or ends, when the stream has ended and the buffer is empty).
    private static bool TryReadNext<T>(LineBuffer lines, NegotiationJsonReadOptions options, [NotNullWhen(true)] out T? entity)
        where T : class, IRecordEntity
    {
        while (lines.TryTakeLine(out var start, out var length, out var lineNumber))
        {
            if (!IsBlank(lines.Bytes.AsSpan(start, length)))
            {
                entity = ReadLine<T>(lines.Bytes.AsSpan(start, length), lineNumber, options);
                return true;
            }
        }

        entity = null;
        return false;
    }

    private static T ReadLine<T>(ReadOnlySpan<byte> line, long lineNumber, NegotiationJsonReadOptions options)
        where T : class
    {
        try
        {
            return JsonDocumentReader.Read<T>(line, options);
        }
        catch (NegotiationJsonException exception)
        {
            // Within the line, the line number is 0: report the line's number in the stream instead.
            throw new NegotiationJsonException(exception.Problem, exception.Path, lineNumber, exception.BytePositionInLine, exception);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.TrimStart(" \t"u8).IsEmpty;

    /// <summary>A pooled buffer holding at most one line beyond what has been taken, growing up to the line limit.</summary>
    private sealed class LineBuffer(NegotiationJsonReadOptions options) : IDisposable
    {
        private int start;
        private int end;
        private int scanned;
        private long nextLineNumber;
        private bool endOfStream;

        public byte[] Bytes { get; private set; } = ArrayPool<byte>.Shared.Rent(InitialBufferSize);

        public bool AtEnd => endOfStream && start == end;

        public bool TryTakeLine(out int lineStart, out int length, out long lineNumber)
        {
            var newLine = Bytes.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
            int contentEnd;
            if (newLine >= 0)
            {
                contentEnd = scanned + newLine;
                CheckLength(contentEnd - start);
                scanned = contentEnd + 1;
            }
            else if (endOfStream && start < end)
            {
                // The last line need not end with \n.
                contentEnd = end;
                CheckLength(contentEnd - start);
                scanned = end;
            }
            else
            {
                CheckLength(end - start);
                scanned = end;
                lineStart = length = 0;
                lineNumber = 0;
                return false;
            }

            lineStart = start;
            length = contentEnd - start;
            if (length > 0 && Bytes[contentEnd - 1] == (byte)'\r')
            {
                length--;
            }

            lineNumber = nextLineNumber++;
            start = scanned;
            return true;
        }

        public Span<byte> FreeSpace() => FreeMemory().Span;

        public Memory<byte> FreeMemory()
        {
            if (start > 0)
            {
                // Move the unfinished line to the front: memory stays that of the longest line.
                Bytes.AsSpan(start, end - start).CopyTo(Bytes);
                end -= start;
                scanned -= start;
                start = 0;
            }

            if (end == Bytes.Length)
            {
                var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)Bytes.Length * 2, options.MaxInputBytes + 2));
                Bytes.AsSpan(0, end).CopyTo(grown);
                ArrayPool<byte>.Shared.Return(Bytes);
                Bytes = grown;
            }

            // The pool may hand out more than asked for: read no further than the longest line allowed (limit, \r, \n)
            // beyond the start of the unfinished one, so an endless line stops there.
            return Bytes.AsMemory(end, (int)Math.Min(Bytes.Length - end, options.MaxInputBytes + 2 - end));
        }

        public void Append(int count)
        {
            if (count == 0)
            {
                endOfStream = true;
            }

            end += count;
        }

        public void Dispose()
        {
            if (Bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(Bytes);
                Bytes = [];
            }
        }

        private void CheckLength(long length)
        {
            // One byte of slack for a \r before the \n.
            if (length > options.MaxInputBytes + 1)
            {
                throw new NegotiationJsonException(
                    string.Create(CultureInfo.InvariantCulture, $"The line is longer than the limit of {options.MaxInputBytes} bytes; raise NegotiationJsonReadOptions.MaxInputBytes to read it."),
                    JsonPath.Root,
                    nextLineNumber,
                    null,
                    null);
            }
        }
    }
}
