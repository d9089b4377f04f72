using System.Text.Json;
using System.Text.RegularExpressions;

namespace NegotiationModel.Serialization;

/// <summary>
/// Rewrites System.Text.Json's messages, which name .NET types, into words a producer in any language
/// understands. A message it does not recognise is returned unchanged.
/// </summary>
internal static partial class SerializerMessages
{
    public static string Rewrite(string message)
    {
        if (ConvertedTo().Match(message) is { Success: true } converted)
        {
            return $"The value is not {Expected(converted.Groups["type"].Value)}.";
        }

        if (OutOfBounds().Match(message) is { Success: true } outOfBounds)
        {
            return $"The value is not {Expected(outOfBounds.Groups["type"].Value)}.";
        }

        if (TokenAs().Match(message) is { Success: true } token)
        {
            return $"Expected {Article(token.Groups["expected"].Value)} but found {Token(token.Groups["found"].Value)}.";
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return $"A required member is missing: {missing.Groups["names"].Value}.";
        }

        if (NullNotAllowed().Match(message) is { Success: true } nullMember)
        {
            return $"The member '{JsonNamingPolicy.CamelCase.ConvertName(nullMember.Groups["name"].Value)}' cannot be null.";
        }

        return message;
    }

    private static string Expected(string typeName)
    {
        var nullable = NullableOf().Match(typeName);
        if (nullable.Success)
        {
            typeName = nullable.Groups["type"].Value;
        }

        var simple = typeName[(typeName.LastIndexOf('.') + 1)..];
        return simple switch
        {
            "String" => "a string",
            "Int32" or "Int64" or "Int16" or "Byte" => "an integer in range",
            "Double" or "Single" => "a finite number",
            "Decimal" => "a decimal number in range",
            "Boolean" => "true or false",
            _ when simple.StartsWith("ValueList`1", StringComparison.Ordinal) => "an array",
            _ when simple.StartsWith("StatusChange`1", StringComparison.Ordinal) => "a status change object",
            _ => "a valid " + JsonNamingPolicy.KebabCaseLower.ConvertName(simple).Replace('-', ' '),
        };
    }

    private static string Article(string expected) => expected switch
    {
        "boolean" => "true or false",
        "number" or "string" or "comment" => "a " + expected,
        _ => "a " + expected.ToLowerInvariant(),
    };

    private static string Token(string tokenType) => tokenType switch
    {
        "String" => "a string",
        "Number" => "a number",
        "True" or "False" => tokenType.ToLowerInvariant(),
        "Null" => "null",
        "StartObject" => "an object",
        "StartArray" => "an array",
        _ => tokenType,
    };

    [GeneratedRegex(@"(?:out of bounds for an?|too large or too small for an?) (?<type>\w+)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex OutOfBounds();

    [GeneratedRegex(@"^Cannot get the value of a token type '(?<found>\w+)' as an? (?<expected>\w+)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenAs();

    [GeneratedRegex(@"^The JSON value could not be converted to (?<type>[^ ]+?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"missing required properties,? including:? (?<names>.+?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^The (?:property or field|constructor parameter) '(?<name>[^']+)' .*(?:doesn't|does not) allow (?:setting |getting )?null values", RegexOptions.CultureInvariant)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"^System\.Nullable`1\[\[(?<type>[^,\]]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NullableOf();
}
