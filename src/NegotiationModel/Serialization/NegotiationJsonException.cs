using System.Globalization;

namespace NegotiationModel.Serialization;

/// <summary>
/// The one exception the JSON API throws for input it cannot read: malformed JSON, wrong types,
/// values that break the model's invariants, unsupported schema versions. It says what was wrong and where.
/// </summary>
/// <remarks>
/// <see cref="Path"/>, <see cref="LineNumber"/> and <see cref="BytePositionInLine"/> locate the
/// problem when it is known. Line numbers and positions are zero-based, as in System.Text.Json;
/// <see cref="Exception.Message"/> shows them one-based, as editors do.
/// </remarks>
public sealed class NegotiationJsonException : Exception
{
    /// <summary>Initializes a new exception with no location.</summary>
    public NegotiationJsonException()
        : this("The JSON document could not be read.")
    {
    }

    /// <summary>Initializes a new exception with no location.</summary>
    /// <param name="message">What was wrong.</param>
    public NegotiationJsonException(string message)
        : this(message, null, null, null, null)
    {
    }

    /// <summary>Initializes a new exception with no location.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public NegotiationJsonException(string message, Exception? innerException)
        : this(message, null, null, null, innerException)
    {
    }

    /// <summary>Initializes a new exception.</summary>
    /// <param name="problem">What was wrong, without the location.</param>
    /// <param name="path">The JSON path of the offending member, such as <c>$['actors'][2]['names']</c>.</param>
    /// <param name="lineNumber">The zero-based line of the problem.</param>
    /// <param name="bytePositionInLine">The zero-based byte position of the problem in its line.</param>
    /// <param name="innerException">The underlying exception.</param>
    public NegotiationJsonException(string problem, JsonPath? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(Describe(Shorten(problem), path, lineNumber, bytePositionInLine), innerException)
    {
        Problem = Shorten(problem);
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets what was wrong, without the location.</summary>
    public string Problem { get; } = string.Empty;

    /// <summary>Gets the JSON path of the offending member, when known, such as <c>$['actors'][2]['names']</c>.</summary>
    public JsonPath? Path { get; }

    /// <summary>Gets the zero-based line of the problem, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the zero-based byte position of the problem in its line, when known.</summary>
    public long? BytePositionInLine { get; }

    // Messages may quote hostile input; keep them short enough to print.
    private static string Shorten(string problem) => problem is { Length: > 1000 } ? problem[..1000] + "…" : problem ?? string.Empty;

    private static string Describe(string problem, JsonPath? path, long? line, long? position)
    {
        var location = (path, line) switch
        {
            (null, null) => string.Empty,
            (_, null) => $" (at {path})",
            (null, _) when position is null => string.Create(CultureInfo.InvariantCulture, $" (line {line + 1})"),
            (null, _) => string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {position + 1})"),
            _ when position is null => string.Create(CultureInfo.InvariantCulture, $" (at {path}, line {line + 1})"),
            _ => string.Create(CultureInfo.InvariantCulture, $" (at {path}, line {line + 1}, byte {position + 1})"),
        };
        return problem + location;
    }
}
