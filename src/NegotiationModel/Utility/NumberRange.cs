using System.Text.Json;

namespace NegotiationModel.Utility;

/// <summary>
/// The bounds of one numeric member of the model, declared once: the member's guard checks them and the JSON
/// Schema generator writes them as <c>minimum</c> and <c>maximum</c> (see <see cref="NumberRanges"/>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed class NumberRange
{
    private NumberRange(Type declaringType, string member, double minimum, double maximum, string rule)
    {
        DeclaringType = declaringType;
        Member = member;
        JsonName = JsonNamingPolicy.CamelCase.ConvertName(member);
        Minimum = minimum;
        Maximum = maximum;
        Rule = rule;
    }

    /// <summary>Gets the type that declares the member.</summary>
    public Type DeclaringType { get; }

    /// <summary>Gets the member's .NET name.</summary>
    public string Member { get; }

    /// <summary>Gets the member's name in JSON.</summary>
    public string JsonName { get; }

    /// <summary>Gets the least value allowed.</summary>
    public double Minimum { get; }

    /// <summary>Gets the greatest value allowed; <see cref="double.PositiveInfinity"/> when only the type bounds it.</summary>
    public double Maximum { get; }

    /// <summary>Gets the rule in words, the message of the exception a value outside the range raises.</summary>
    public string Rule { get; }

    /// <summary>Declares the range of a member.</summary>
    /// <typeparam name="TDeclaring">The type that declares the member.</typeparam>
    /// <param name="member">The member's .NET name.</param>
    /// <param name="minimum">The least value allowed.</param>
    /// <param name="maximum">The greatest value allowed.</param>
    /// <param name="rule">The rule in words.</param>
    /// <returns>The range.</returns>
    public static NumberRange Of<TDeclaring>(string member, double minimum, double maximum, string rule)
        => new(typeof(TDeclaring), member, minimum, maximum, rule);

    /// <summary>Returns the value when it lies in the range.</summary>
    /// <param name="value">The value.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside the range.</exception>
    public int Check(int value) => Guard.Against.OutOfRange(value, value < Minimum || value > Maximum, Member, $"{Rule} (not {value})");

    /// <inheritdoc cref="Check(int)"/>
    public double Check(double value) => Guard.Against.OutOfRange(value, !(value >= Minimum && value <= Maximum), Member, $"{Rule} (not {value})");

    /// <summary>Returns the duration when its length in seconds lies in the range.</summary>
    /// <param name="value">The duration.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The duration lies outside the range.</exception>
    public NodaTime.Duration Check(NodaTime.Duration value)
        => Guard.Against.OutOfRange(value, !(value.TotalSeconds >= Minimum && value.TotalSeconds <= Maximum), Member, $"{Rule} (not {value})");
}
