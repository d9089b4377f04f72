using System.Text.Json;
using NegotiationModel.Time;

namespace NegotiationModel.Interop;

/// <summary>Reads members of another format's JSON with errors that name the input and the path, never a stack trace.</summary>
internal static class JsonInput
{
    public static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow };

    public static JsonDocument Parse(InteropInput input, string format)
    {
        try
        {
            return JsonDocument.Parse(input.Text, DocumentOptions);
        }
        catch (JsonException error)
        {
            throw new InteropFormatException(input.Name, $"not {format}: not JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}: {FirstSentence(error.Message)})", error);
        }
    }

    public static string? Text(JsonElement owner, string member, string where)
    {
        if (!owner.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            // Some publishers write numeric identifiers as numbers.
            return value.GetRawText();
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new InteropFormatException($"{where}.{member}", $"expected text, found {Describe(value.ValueKind)}");
        }

        var text = value.GetString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public static When? Date(JsonElement owner, string member, string where)
    {
        var text = Text(owner, member, where);
        if (text is null)
        {
            return null;
        }

        if (!When.TryParse(text, out var when, out var error) || when is not CalendarWhen)
        {
            var reason = error is null ? "a span or relative time, not one date" : error.Message;
            throw new InteropFormatException($"{where}.{member}", $"'{Shorten(text)}' is not a date ({reason})");
        }

        return when;
    }

    public static IEnumerable<(JsonElement Item, string Where)> Items(JsonElement owner, string member, string where)
    {
        if (!owner.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new InteropFormatException($"{where}.{member}", $"expected a list, found {Describe(value.ValueKind)}");
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemWhere = $"{where}.{member}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new InteropFormatException(itemWhere, $"expected an object, found {Describe(item.ValueKind)}");
            }

            yield return (item, itemWhere);
        }
    }

    public static JsonElement? Object(JsonElement owner, string member, string where)
    {
        if (!owner.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new InteropFormatException($"{where}.{member}", $"expected an object, found {Describe(value.ValueKind)}");
        }

        return value;
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    public static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
