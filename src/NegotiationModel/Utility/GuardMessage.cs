using System.Globalization;
using System.Runtime.CompilerServices;

namespace NegotiationModel.Utility;

/// <summary>
/// The message of a guard clause, written as an interpolated string and formatted (culture-invariantly) only when
/// the guard's condition holds, so that checking valid input builds no text.
/// </summary>
[InterpolatedStringHandler]
internal ref struct GuardMessage
{
    private DefaultInterpolatedStringHandler text;

    /// <summary>Starts a message that is formatted only when <paramref name="condition"/> holds.</summary>
    public GuardMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        text = condition ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        shouldAppend = condition;
    }

    /// <summary>Appends a literal part.</summary>
    public void AppendLiteral(string value) => text.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

    /// <summary>Appends a value in a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

    /// <summary>Appends a string.</summary>
    public void AppendFormatted(string? value) => text.AppendFormatted(value);

    /// <summary>Returns the message.</summary>
    public string ToStringAndClear() => text.ToStringAndClear();
}
