using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads an amount of money from a string, or a number spelled the same way, in the grammar of
/// <see cref="Money.AmountPattern"/>, exactly or not at all; writes it as that string.
/// </summary>
internal sealed class MoneyAmountJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader);

    /// <summary>Reads the value at the reader: what this converter and the generated record reader share.</summary>
    internal static decimal ReadCore(ref Utf8JsonReader reader)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString()!,
            // A number's text holds no escapes: its bytes are its spelling.
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
            _ => throw new JsonException("An amount is a decimal string such as \"2500000000.00\"."),
        };
        return Money.TryParseAmount(text, out var amount)
            ? amount
            : throw new JsonException($"{InvariantMessage.Quote(text)} is not an exact amount: write a decimal such as \"2500000000.00\" — digits with an optional point and minus, no exponent, no leading zeros, at most 28 digits.");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => WriteCore(writer, value);

    /// <summary>Writes an amount as its text: the converter's write, for the generated writer to call without an instance.</summary>
    internal static void WriteCore(Utf8JsonWriter writer, decimal value) => writer.WriteStringValue(Money.FormatAmount(value));
}
