using System.Text.Json;
using System.Text.RegularExpressions;

namespace NegotiationModel.Serialization;

/// <summary>Turns the exception a model constructor throws into a message for a reader of the JSON.</summary>
internal static partial class InvariantMessage
{
    /// <summary>The longest input text quoted in a message; hostile input may hold megabytes.</summary>
    public const int MaxQuotedLength = 80;

    /// <summary>
    /// Returns the message without the " (Parameter 'x')" suffix, which names a C# argument, not a JSON
    /// member, and with the guards' "Required input Title" spoken of as the JSON member <c>'title'</c>.
    /// </summary>
    public static string Of(ArgumentException exception)
    {
        var message = exception.Message;
        var suffix = exception.ParamName is null ? null : $" (Parameter '{exception.ParamName}')";
        message = suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
        return RequiredInput().Replace(message, match => $"The member '{JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value)}' ", 1);
    }

    /// <summary>Quotes input text for a message, shortened when long.</summary>
    public static string Quote(string text)
        => text.Length <= MaxQuotedLength ? $"'{text}'" : $"'{text[..MaxQuotedLength]}…' ({text.Length} characters)";

    [GeneratedRegex(@"^Required input (?<name>[A-Z]\w*) ", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredInput();
}
