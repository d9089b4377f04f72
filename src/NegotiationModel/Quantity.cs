using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace NegotiationModel;

/// <summary>
/// An amount of something: an exact decimal and a unit, a width of 50 km, a calibre of 100 mm, up to 30,000 troops;
/// optionally a bound (<see cref="Comparator"/>) rather than the value itself.
/// </summary>
/// <remarks>
/// <para>The amount is read and written as <see cref="Money"/>'s is: a canonical decimal string in JSON
/// (<c>"50"</c>, <c>"2.5"</c>), exactly or not at all. The unit is a UCUM code (the case-sensitive form of the Unified
/// Code for Units of Measure: <c>km</c>, <c>m</c>, <c>mm</c>, <c>kg</c>, <c>t</c>, <c>km2</c>, <c>[nmi_i]</c>), or a count
/// of people or things written as a UCUM annotation (<c>{troop}</c>, <c>{monitor}</c>, <c>{tank}</c>,
/// <c>{heavy-weapon}</c>: a lowercase singular noun in braces, which UCUM reads as the number 1 labelled), so that a
/// UCUM library in any language converts physical units and a count stays a plain number. See
/// <see cref="UnitPattern"/>.</para>
/// <para>Equality: by <see cref="Amount"/> (numerically, so 50 equals 50.0), by <see cref="Unit"/> ordinally (no conversion:
/// 1 km is not 1000 m) and by <see cref="Comparator"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial record Quantity : ExtensibleObject
{
    /// <summary>Initializes a new quantity.</summary>
    /// <param name="amount">The amount, with the decimal places it is stated with.</param>
    /// <param name="unit">The unit: a UCUM code such as <c>km</c>, or a count such as <c>{troop}</c> (see <see cref="UnitPattern"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not in the grammar of <see cref="UnitPattern"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> has more than 28 digits (trailing zeros of its scale included).</exception>
    public Quantity(decimal amount, string unit)
    {
        Amount = amount;
        Unit = unit;
    }

    /// <summary>Gets the amount, with the decimal places it was given.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has more than 28 digits (trailing zeros of its scale included).</exception>
    public decimal Amount { get; init => field = Money.CheckAmount(value, nameof(Amount)); }

    /// <summary>Gets the unit: a UCUM code such as <c>km</c> or <c>mm</c>, or a count such as <c>{troop}</c>.</summary>
    /// <exception cref="ArgumentException">The value is not in the grammar of <see cref="UnitPattern"/>.</exception>
    public string Unit { get; init => field = CheckUnit(value); }

    /// <summary>Gets how the amount bounds the value, such as <see cref="QuantityComparator.AtMost"/> for "up to"; <see langword="null"/> when the amount is the value.</summary>
    public QuantityComparator? Comparator { get; init => field = value is { } comparator ? Guard.Against.UndefinedEnum(comparator, nameof(Comparator)) : null; }

    /// <summary>
    /// The grammar of a unit, an ECMA-262 regular expression the schema uses too: either a count, a UCUM annotation
    /// alone (<c>{troop}</c>: lowercase ASCII words joined by hyphens, in braces), or a UCUM code built of symbols
    /// (letters, then letters, digits and <c>_ ' %</c>, or a bracketed symbol such as <c>[nmi_i]</c>), each optionally
    /// raised to a power (<c>km2</c>) and joined by <c>.</c> or <c>/</c> (<c>km/h</c>). No spaces.
    /// </summary>
    public const string UnitPattern = @"^(\{[a-z]+(-[a-z]+)*\}|([A-Za-z%][A-Za-z_'%]*|\[[A-Za-z0-9_'%.]+\])(-?[0-9]+)?([./]([A-Za-z%][A-Za-z_'%]*|\[[A-Za-z0-9_'%.]+\])(-?[0-9]+)?)*)$";

    /// <summary>Gets a value indicating whether the unit is a count of people or things, such as <c>{troop}</c>, rather than a physical unit; not written to JSON.</summary>
    [JsonIgnore]
    public bool IsCount => Unit.StartsWith('{');

    /// <summary>Returns the bound, amount and unit, such as <c>50 km</c>, <c>at least 100 mm</c> or <c>at most 30000 {troop}</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
    {
        var amount = string.Create(CultureInfo.InvariantCulture, $"{Money.FormatAmount(Amount)} {Unit}");
        return Comparator is { } comparator ? $"{EnumNames<QuantityComparator>.Of(comparator).Replace('-', ' ')} {amount}" : amount;
    }

    private static string CheckUnit(string value)
    {
        Guard.Against.Null(value, nameof(Unit));
        return Guard.Against.Invalid(value, !UnitText().IsMatch(value), nameof(Unit), "A unit is a UCUM code such as \"km\" or \"mm\", or a count such as \"{troop}\", without spaces.");
    }

    [GeneratedRegex(UnitPattern + @"(?!\n)", RegexOptions.CultureInvariant)]
    private static partial Regex UnitText();
}
