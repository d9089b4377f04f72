using System.Globalization;

namespace NegotiationModel.Time;

/// <summary>The exception <see cref="When.Parse(string)"/> throws for text that is not a valid time value; it says what was wrong and where.</summary>
/// <remarks>
/// <see cref="Position"/> is zero-based, like a string index; <see cref="Exception.Message"/> shows it
/// one-based, as a character count, as editors do.
/// </remarks>
public sealed class WhenParseException : FormatException
{
    /// <summary>Initializes a new exception with no location.</summary>
    public WhenParseException()
        : this("The text is not a valid time value.")
    {
    }

    /// <summary>Initializes a new exception with no location.</summary>
    /// <param name="message">What was wrong.</param>
    public WhenParseException(string message)
        : this(message, (Exception?)null)
    {
    }

    /// <summary>Initializes a new exception with no location.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public WhenParseException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Problem = message;
    }

    /// <summary>Initializes a new exception that locates the problem in the text.</summary>
    /// <param name="problem">What was wrong, without the location, such as <c>February 2025 has 28 days</c>.</param>
    /// <param name="text">The text that was parsed.</param>
    /// <param name="position">The zero-based position in <paramref name="text"/> where the problem is.</param>
    public WhenParseException(string problem, string text, int position)
        : base(Describe(problem, text, position))
    {
        Problem = problem;
        Text = text;
        Position = position;
    }

    /// <summary>Gets what was wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>Gets the text that was parsed, when known.</summary>
    public string? Text { get; }

    /// <summary>Gets the zero-based position in <see cref="Text"/> where the problem is, when known.</summary>
    public int? Position { get; }

    private static string Describe(string problem, string text, int position)
        => string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a valid time value: {problem} (at character {position + 1}).");
}
