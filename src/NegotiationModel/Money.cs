using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NegotiationModel.Serialization;
using NegotiationModel.Utility;

namespace NegotiationModel;

/// <summary>An amount of money: an exact decimal and an ISO 4217 currency code.</summary>
/// <remarks>
/// <para>In JSON the amount is a string (<c>"2500000000.00"</c>) so that no reader in any language
/// rounds it through a binary floating-point number; numbers are accepted when reading.</para>
/// <para>Equality: by <see cref="Amount"/> (numerically, so 1.0 equals 1.00) and by <see cref="Currency"/>, ordinally.</para>
/// <para>This type is immutable and thread-safe. Validation checks the currency against ISO 4217 and that the amount is not negative.</para>
/// </remarks>
public sealed record Money
{
    /// <summary>Initializes a new amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The ISO 4217 currency code, such as <c>USD</c>; not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is blank.</exception>
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount.</summary>
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public decimal Amount { get; init; }

    /// <summary>Gets the ISO 4217 currency code.</summary>
    public string Currency { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Currency)); }

    /// <summary>
    /// Gets the members of this object's JSON that this library does not know, such as those of a newer
    /// version of the format, kept so that they are written back; <see langword="null"/> when there are none.
    /// </summary>
    [JsonIgnore]
    public UnknownMembers? UnknownMembers { get; internal set; }

    // The reader fills UnknownMembers through this dictionary: [JsonExtensionData] needs a mutable one, and
    // keeping it internal keeps UnknownMembers immutable to everyone else.
    [JsonExtensionData]
    [JsonInclude]
    internal UnknownMemberSink? UnknownMemberSink { get => UnknownMembers?.Sink; set => UnknownMembers = value?.Members; }

    /// <summary>Returns the amount and currency, such as <c>2500000000.00 USD</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");
}
