using System.Text;
using System.Text.Json;

namespace NegotiationModel.Serialization;

/// <summary>
/// The short strings a document repeats (language tags, identifier schemes, ...), made once: a small table of the
/// strings last read, by their UTF-8 bytes, that the generated <see cref="RecordReader"/> hands out again.
/// </summary>
/// <remarks>
/// <para>A record holds a language tag for every text it holds, two or more a statement, each a string of its own that
/// lived as long as the record. The table is direct-mapped and of a fixed size, so a miss costs a hash of at most
/// <see cref="MaxBytes"/> bytes and one comparison, and the table never grows (a table of every identifier read, tried
/// before, lost more to its misses than it saved: docs/performance-log.md). Only plain ASCII values are kept, so a hit
/// is the same string the reader would have made.</para>
/// <para>Each thread has its own table, fetched once a read; strings are immutable, so sharing one between records
/// changes nothing a caller can see.</para>
/// </remarks>
internal static class ShortStrings
{
    /// <summary>The longest value, in UTF-8 bytes, looked up in the table.</summary>
    public const int MaxBytes = 16;

    private const int Slots = 256;

    [ThreadStatic]
    private static string?[]? table;

    /// <summary>Gets this thread's table.</summary>
    public static string?[] ForThread() => table ??= new string?[Slots];

    /// <summary>Returns the string at the reader (which must be at a string), from the table when it holds it.</summary>
    public static string Get(string?[] strings, ref Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan;
        if (bytes.Length is 0 or > MaxBytes || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.GetString()!;
        }

        var slot = Slot(bytes);
        if (strings[slot] is { } kept && kept.Length == bytes.Length && Ascii.Equals(bytes, kept))
        {
            return kept;
        }

        var made = reader.GetString()!;
        if (made.Length == bytes.Length)
        {
            // As many characters as bytes: ASCII, which the comparison above can match.
            strings[slot] = made;
        }

        return made;
    }

    private static int Slot(ReadOnlySpan<byte> bytes)
    {
        var hash = (uint)bytes.Length;
        foreach (var b in bytes)
        {
            hash = (hash * 31) + b;
        }

        return (int)(hash ^ (hash >> 8)) & (Slots - 1);
    }
}
