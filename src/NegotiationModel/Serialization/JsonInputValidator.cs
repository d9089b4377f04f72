using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace NegotiationModel.Serialization;

/// <summary>
/// Checks untrusted input before the serializer reads it, over every member including those the library
/// does not know (which the serializer keeps unread): the syntax, the nesting depth, duplicate member names,
/// and that every string and member name is valid UTF-8 with no lone surrogate, escaped or not.
/// </summary>
/// <remarks>
/// <para>One forward pass with <see cref="Utf8JsonReader"/>; memory is bounded by the depth and the number of
/// members of the largest object, whatever the size of the input.</para>
/// <para>Member names are compared by a hash of their unescaped UTF-8, seeded afresh by every process
/// (<see cref="HashCode"/>), so no string is made for them: making one for every member name would be most of
/// what reading a record allocates beyond the objects themselves (docs/performance-log.md). Two names with the same hash
/// are compared as text, so a collision costs time, never a wrong answer; the seed keeps anyone from
/// planting collisions.</para>
/// </remarks>
internal static class JsonInputValidator
{
    [ThreadStatic]
    private static Scratch? spare;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Checks the input.</summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="maxDepth">The deepest nesting allowed.</param>
    /// <exception cref="NegotiationJsonException">The input is not acceptable; the exception says where.</exception>
    public static void Validate(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        if (utf8Json.StartsWith(Utf8Bom))
        {
            throw new NegotiationJsonException(
                "The input starts with a UTF-8 byte order mark, which JSON text must not have (RFC 8259 §8.1); save it as UTF-8 without BOM.",
                JsonPath.Root,
                0,
                0,
                null);
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow });
        // One JSON Lines line is a document of its own: the tables of names are kept for the thread's next one.
        var scratch = spare ?? new Scratch();
        spare = null;
        var (namesByDepth, objectStarts) = (scratch.NamesByDepth, scratch.ObjectStarts);
        char[]? buffer = null;
        byte[]? unescaped = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        var depth = reader.CurrentDepth;
                        while (namesByDepth.Count <= depth)
                        {
                            namesByDepth.Add(new NameHashes());
                            objectStarts.Add(0);
                        }

                        namesByDepth[depth].Clear();
                        objectStarts[depth] = reader.TokenStartIndex;
                        break;
                    case JsonTokenType.PropertyName:
                        var hash = NameHash(ref reader, ref buffer, ref unescaped, utf8Json);
                        var owner = reader.CurrentDepth - 1;
                        if (!namesByDepth[owner].Add(hash) && RepeatedName(utf8Json, objectStarts[owner], reader.TokenStartIndex, maxDepth) is { } name)
                        {
                            throw Failure($"The member '{name}' appears twice in the same object; a member name must be unique.", utf8Json, reader.TokenStartIndex, maxDepth);
                        }

                        break;
                    case JsonTokenType.String:
                        CheckString(ref reader, ref buffer, utf8Json);
                        break;
                }
            }
        }
        catch (JsonException exception) when (exception.LineNumber is { } line && exception.BytePositionInLine is { } position)
        {
            var location = JsonPathLocator.Locate(utf8Json, line, position, maxDepth);
            throw new NegotiationJsonException(StripLocation(exception.Message), location.Path, line, position, exception);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }

            if (unescaped is not null)
            {
                ArrayPool<byte>.Shared.Return(unescaped);
            }

            if (namesByDepth.TrueForAll(names => !names.HoldsMany))
            {
                spare = scratch;
            }
        }
    }

    /// <summary>Removes the " LineNumber: 0 | BytePositionInLine: 1." (or " Path: ...") tail System.Text.Json appends to its messages.</summary>
    public static string StripLocation(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            var index = message.IndexOf(marker, StringComparison.Ordinal);
            if (index >= 0)
            {
                message = message[..index];
            }
        }

        return message;
    }

    // Checks a member name and hashes its unescaped UTF-8; an escaped name is unescaped, then encoded again.
    private static ulong NameHash(ref Utf8JsonReader reader, ref char[]? buffer, ref byte[]? unescaped, ReadOnlySpan<byte> utf8Json)
    {
        var length = CheckString(ref reader, ref buffer, utf8Json);
        if (!reader.ValueIsEscaped)
        {
            return Hash(reader.ValueSpan);
        }

        var chars = buffer.AsSpan(0, length);
        var needed = Encoding.UTF8.GetMaxByteCount(chars.Length);
        if (unescaped is null || unescaped.Length < needed)
        {
            if (unescaped is not null)
            {
                ArrayPool<byte>.Shared.Return(unescaped);
            }

            unescaped = ArrayPool<byte>.Shared.Rent(Math.Max(needed, 256));
        }

        return Hash(unescaped.AsSpan(0, Encoding.UTF8.GetBytes(chars, unescaped)));
    }

    // 64 bits, so that natural collisions stay negligible even in an object of millions of members, where each
    // would cost a second read of the object.
    private static ulong Hash(ReadOnlySpan<byte> name)
    {
        var high = default(HashCode);
        high.AddBytes(name);
        var low = default(HashCode);
        low.Add(0x5BD1E995);
        low.AddBytes(name);
        return ((ulong)(uint)high.ToHashCode() << 32) | (uint)low.ToHashCode();
    }

    /// <summary>
    /// Reads the object starting at <paramref name="objectStart"/> again, with its member names as text, up to the
    /// member at <paramref name="nameStart"/>: whether that member's name is one seen before, or only its hash.
    /// </summary>
    /// <returns>The repeated name, or <see langword="null"/> when the hashes collided.</returns>
    internal static string? RepeatedName(ReadOnlySpan<byte> utf8Json, long objectStart, long nameStart, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json[(int)objectStart..], new JsonReaderOptions { MaxDepth = maxDepth });
        var names = new HashSet<string>(StringComparer.Ordinal);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (objectStart + reader.TokenStartIndex == nameStart)
            {
                return names.Contains(name) ? name : null;
            }

            names.Add(name);
            reader.Read();
            reader.Skip();
        }

        return null;
    }

    // Returns the number of UTF-16 characters unescaped into the buffer; none for a value with no escapes.
    private static int CheckString(ref Utf8JsonReader reader, ref char[]? buffer, ReadOnlySpan<byte> utf8Json)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped && !Utf8.IsValid(raw))
        {
            throw Failure("A string is not valid UTF-8.", utf8Json, reader.TokenStartIndex, reader.CurrentState.Options.MaxDepth);
        }

        if (!reader.ValueIsEscaped)
        {
            return 0;
        }

        // Unescaping also checks the escapes: \uD800 without its low surrogate fails here.
        if (buffer is null || buffer.Length < raw.Length)
        {
            if (buffer is not null)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }

            buffer = ArrayPool<char>.Shared.Rent(Math.Max(raw.Length, 256));
        }

        try
        {
            return reader.CopyString(buffer);
        }
        catch (InvalidOperationException exception)
        {
            var problem = exception.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase)
                ? "A string holds a lone surrogate escape (such as \\uD800 without its pair), which is not a Unicode character."
                : "A string is not valid UTF-8.";
            throw Failure(problem, utf8Json, reader.TokenStartIndex, reader.CurrentState.Options.MaxDepth);
        }
    }

    private static NegotiationJsonException Failure(string problem, ReadOnlySpan<byte> utf8Json, long offset, int maxDepth)
    {
        var location = JsonPathLocator.LocateToken(utf8Json, offset, maxDepth);
        return new NegotiationJsonException(problem, location.Path, location.LineNumber, location.BytePositionInLine, null);
    }

    /// <summary>The tables of one check: the names of the object open at each depth, and where it starts.</summary>
    private sealed class Scratch
    {
        public List<NameHashes> NamesByDepth { get; } = [];

        public List<long> ObjectStarts { get; } = [];
    }
}
