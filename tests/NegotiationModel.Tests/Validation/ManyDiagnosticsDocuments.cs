using System.Text;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// Cheap ways to make a record with a diagnostic for every few bytes of JSON, built at test time: each is one
/// small item repeated until the document reaches the size asked for.
/// </summary>
internal static class ManyDiagnosticsDocuments
{
    private const string Head = """{"schemaVersion":"1.0","title":"Many diagnostics","actors":[{"id":"trump","kind":"person","names":[{"text":"Donald Trump","language":"en"}]}],"sources":[{"id":"nhk","kind":"news-report"}],""";

    /// <summary>Gets each document by name: the code it is made of many of, and how to build it of about a number of bytes.</summary>
    public static IReadOnlyDictionary<string, (string Code, Func<int, string> Build)> All { get; } = new Dictionary<string, (string, Func<int, string>)>
    {
        ["one statement naming speakers that do not exist"] = ("NM1002", bytes => Statement("speakers", bytes, i => $"\"ghost{i}\"", "\"text\":[{\"text\":\"x\",\"language\":\"en\"}]")),
        ["one statement naming a source as every speaker"] = ("NM1003", bytes => Statement("speakers", bytes, _ => "\"nhk\"", "\"text\":[{\"text\":\"x\",\"language\":\"en\"}]")),
        ["one statement about topics that do not exist"] = ("NM1002", bytes => Statement("about", bytes, i => $"{{\"kind\":\"topic\",\"id\":\"t{i}\"}}", "\"speakers\":[\"trump\"],\"text\":[{\"text\":\"x\",\"language\":\"en\"}]")),
        ["one statement with unknown members"] = ("NM9001", bytes => Repeat(Head + "\"statements\":[{\"id\":\"s\",\"speakers\":[\"trump\"],\"text\":[{\"text\":\"x\",\"language\":\"en\"}],\"citations\":[{\"source\":\"nhk\"}],", bytes, i => $"\"x{i}\":0", "}]}")),
        ["one statement with texts in a malformed language"] = ("NM4001", bytes => Statement("text", bytes, _ => "{\"text\":\"x\",\"language\":\"1\"}", "\"speakers\":[\"trump\"]")),
        ["actors that share one identifier"] = ("NM1001", bytes => Repeat(Head[..Head.IndexOf("\"actors\"", StringComparison.Ordinal)] + "\"actors\":[", bytes, _ => """{"id":"a","kind":"person","names":[{"text":"A","language":"en"}]}""", "]}")),
        ["statements that cite no source"] = ("NM3003", bytes => Repeat(Head + "\"statements\":[", bytes, i => $"{{\"id\":\"s{i}\",\"speakers\":[\"trump\"],\"text\":[{{\"text\":\"x\",\"language\":\"en\"}}]}}", "]}")),
    };

    /// <summary>One statement whose list <paramref name="member"/> repeats an item; <paramref name="rest"/> are its other members.</summary>
    private static string Statement(string member, int bytes, Func<int, string> item, string rest)
        => Repeat(Head + $"\"statements\":[{{\"id\":\"s\",{rest},\"citations\":[{{\"source\":\"nhk\"}}],\"{member}\":[", bytes, item, "]}]}");

    private static string Repeat(string head, int bytes, Func<int, string> item, string tail)
    {
        var text = new StringBuilder(bytes + 1024).Append(head);
        for (var i = 0; text.Length < bytes; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append(item(i));
        }

        return text.Append(tail).ToString();
    }
}
