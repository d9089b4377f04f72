using System.Globalization;
using System.Text.RegularExpressions;

namespace NegotiationModel;

/// <summary>An amount of money: an exact decimal and an ISO 4217 currency code.</summary>
/// <remarks>
/// <para>In JSON the amount is a canonical decimal string (<c>"2500000000.00"</c>, see <see cref="AmountPattern"/>) so
/// that no reader in any language rounds it through a binary floating-point number; a JSON number spelled the same
/// way is accepted when reading. An amount holds at most 28 digits and 28 decimal places, exactly: anything else
/// is an error, never a rounding.</para>
/// <para>Equality: by <see cref="Amount"/> (numerically, so 1.0 equals 1.00) and by <see cref="Currency"/>, ordinally.</para>
/// <para>This type is immutable and thread-safe. Validation checks the currency against ISO 4217 and that the amount is not negative.</para>
/// </remarks>
public sealed partial record Money : ExtensibleObject
{
    /// <summary>Initializes a new amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The ISO 4217 currency code, such as <c>USD</c>; not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> has more than 28 digits (trailing zeros of its scale included).</exception>
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount, with the decimal places it was given (<c>2500000000.00</c> keeps two).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has more than 28 digits (trailing zeros of its scale included).</exception>
    public decimal Amount { get; init => field = CheckAmount(value); }

    /// <summary>Gets the ISO 4217 currency code.</summary>
    public string Currency { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Currency)); }

    /// <summary>
    /// The grammar of an amount in JSON, an ECMA-262 regular expression the schema uses too: an optional minus
    /// (not on zero), no leading zeros, no exponent, no sign or point without digits, at most 28 digits in all and
    /// at most 28 after the point, which is what <see cref="decimal"/> holds exactly.
    /// </summary>
    internal const string AmountPattern = @"^(?!-0(\.0+)?$)-?(0(\.[0-9]{1,28})?|(?=([0-9]\.?){1,28}$)[1-9][0-9]*(\.[0-9]+)?)$";

    /// <summary>Returns the amount and currency, such as <c>2500000000.00 USD</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    /// <summary>Returns whether an amount's text is in the grammar of <see cref="AmountPattern"/>, and its value.</summary>
    internal static bool TryParseAmount(ReadOnlySpan<char> text, out decimal amount)
    {
        amount = default;
        return AmountText().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>Returns the amount's text in the grammar of <see cref="AmountPattern"/>; zero is written without a sign.</summary>
    internal static string FormatAmount(decimal amount)
        => (amount == 0 ? decimal.Abs(amount) : amount).ToString(CultureInfo.InvariantCulture);

    // decimal holds 96-bit magnitudes (29 digits, not all of them); 28 digits is the exact limit the grammar states.
    // Quantity's amounts share the grammar and this check.
    internal static decimal CheckAmount(decimal value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        return Guard.Against.OutOfRange(value, magnitude >= MagnitudeLimit, paramName, "An amount has at most 28 digits, trailing zeros of its decimal places included.");
    }

    private static readonly UInt128 MagnitudeLimit = UInt128.Parse("10000000000000000000000000000", CultureInfo.InvariantCulture);

    [GeneratedRegex(AmountPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AmountText();
}
