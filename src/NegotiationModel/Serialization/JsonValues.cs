using System.Text.Json;

namespace NegotiationModel.Serialization;

/// <summary>
/// What the converters' reads share: the check of the token at the reader and the errors for a value of the wrong
/// kind or an identifier out of the grammar, so that each converter says only what it expected.
/// </summary>
internal static class JsonValues
{
    /// <summary>Returns the string at the reader, or throws <see cref="Unexpected"/> when the reader is at another token.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="expected">What the value should have been, such as <c>an identifier string</c>.</param>
    public static string String(ref Utf8JsonReader reader, string expected)
        => reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Unexpected(ref reader, expected);

    /// <summary>Returns the error for a value of the wrong kind: <c>Expected {expected} but found {token}.</c></summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="expected">What the value should have been, such as <c>an array</c>.</param>
    public static JsonException Unexpected(ref Utf8JsonReader reader, string expected) => new($"Expected {expected} but found {reader.TokenType}.");

    /// <summary>Returns the error for an identifier's text out of the grammar of <see cref="Identifiers.EntityId.Pattern"/>.</summary>
    /// <param name="text">The text read.</param>
    public static JsonException InvalidIdentifier(string text)
        => new($"{InvariantMessage.Quote(text)} is not a valid identifier: {Identifiers.EntityId.Rule}.");
}
