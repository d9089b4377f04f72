using System.Text;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// Feeds the reader malformed and hostile inputs, built in code, and checks that each gives the one
/// documented exception, with a path (and a line where the input has one), within a bounded time.
/// </summary>
public sealed class HostileInputTest
{
    private const int Megabyte = 1024 * 1024;

    // A small, valid record over several lines; cases replace one part of it.
    private const string Valid = """
        {
          "schemaVersion": "1.0",
          "title": "Miami talks",
          "actors": [
            {
              "id": "trump",
              "kind": "person",
              "names": [ { "text": "Donald Trump", "language": "en" } ]
            }
          ]
        }
        """;

    private static readonly Dictionary<string, Case> Cases = new Case[]
    {
        // Syntax
        new("empty input", () => [], "$", Line: 0),
        new("only whitespace", () => "  \n  "u8.ToArray(), "$", Line: 1),
        new("truncated in an object", () => Bytes(Valid[..Valid.IndexOf("\"kind\"", StringComparison.Ordinal)]), "$['actors'][0]['id']", Line: 6),
        new("truncated in a string", () => Bytes(Valid[..(Valid.IndexOf("Donald", StringComparison.Ordinal) + 3)]), "$['actors'][0]['names'][0]['text']", Line: 7),
        new("truncated after the root's last member", () => Bytes(Valid.TrimEnd()[..^1]), "$['actors']", Line: 10),
        new("trailing garbage", () => Bytes(Valid + " x"), "$", Line: 10),
        new("two root values", () => Bytes(Valid + Valid), "$", Line: 10),
        new("a comment", () => Bytes(Valid.Replace("\"title\"", "// note\n  \"title\"", StringComparison.Ordinal)), "$['schemaVersion']", Line: 2),
        new("a trailing comma", () => Bytes(Valid.Replace("\"Miami talks\",", "\"Miami talks\",,", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("single quotes", () => Bytes(Valid.Replace("\"Miami talks\"", "'Miami talks'", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("a raw control character in a string", () => Bytes(Valid.Replace("Miami talks", "Miami\u0001talks", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("an invalid escape", () => Bytes(Valid.Replace("Miami talks", "Miami\\xtalks", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("a byte order mark", () => [0xEF, 0xBB, 0xBF, .. Bytes(Valid)], "$", Line: 0),
        new("NaN", () => Bytes(Valid.Replace("\"Miami talks\"", "NaN", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("Infinity", () => Bytes(Valid.Replace("\"Miami talks\"", "-Infinity", StringComparison.Ordinal)), "$['title']", Line: 2),

        // Encoding
        new("invalid UTF-8 in a value", () => Splice("Miami talks", [0x4D, 0xFF, 0x69]), "$['title']", Line: 2),
        new("invalid UTF-8 in a member name", () => Splice("\"title\"", [0x22, 0x74, 0xC3, 0x28, 0x22]), "$['t\uFFFD(']", Line: 2, PathPrefixOnly: "$"),
        new("an overlong UTF-8 encoding", () => Splice("Miami talks", [0xC0, 0xAF]), "$['title']", Line: 2),
        new("a UTF-8 encoded surrogate", () => Splice("Miami talks", [0xED, 0xA0, 0x80]), "$['title']", Line: 2),
        new("a truncated UTF-8 sequence", () => Splice("Miami talks", [0x4D, 0xE3, 0x81]), "$['title']", Line: 2),
        new("a lone high surrogate escape", () => Bytes(Valid.Replace("Miami talks", "Miami \\uD800 talks", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("a lone low surrogate escape", () => Bytes(Valid.Replace("Miami talks", "\\uDC00", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("a lone surrogate escape in a member name", () => Bytes(Valid.Replace("\"title\"", "\"ti\\uD800tle\"", StringComparison.Ordinal)), "$", Line: 2, PathPrefixOnly: "$"),
        new("a lone surrogate escape in an unknown member", () => Bytes(Valid.Replace("\"kind\": \"person\",", "\"kind\": \"person\", \"x\": { \"y\": [\"\\uDBFF\"] },", StringComparison.Ordinal)), "$['actors'][0]['x']['y'][0]", Line: 6),

        // Duplicates
        new("a duplicate member at the root", () => Bytes(Valid.Replace("\"title\": \"Miami talks\",", "\"title\": \"Miami talks\", \"title\": \"Other\",", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("a duplicate member in an element", () => Bytes(Valid.Replace("\"kind\": \"person\",", "\"kind\": \"person\", \"id\": \"other\",", StringComparison.Ordinal)), "$['actors'][0]['id']", Line: 6),
        new("a duplicate member spelled with an escape", () => Bytes(Valid.Replace("\"title\": \"Miami talks\",", "\"title\": \"Miami talks\", \"\\u0074itle\": \"Other\",", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("a duplicate member in an unknown member", () => Bytes(Valid.Replace("\"title\"", "\"extra\": { \"a\": 1, \"a\": 2 }, \"title\"", StringComparison.Ordinal)), "$['extra']['a']", Line: 2),
        new("a duplicate member in an entity reference", () => Bytes(PositionRecord("""{ "kind": "proposal", "id": "p", "id": "q" }""")), "$['positions'][0]['subject']['id']", Line: 0),
        new("a duplicate discriminator", () => Bytes(ProvisionRecord("""{ "kind": "ceasefire", "id": "c", "kind": "referendum" }""")), "$['proposals'][0]['versions'][0]['provisions'][0]['kind']", Line: 0),

        // Depth
        new("deep nesting in an unknown member", () => Bytes(Valid.Replace("\"title\"", "\"deep\": " + new string('[', 100_000) + new string(']', 100_000) + ", \"title\"", StringComparison.Ordinal)), "$['deep']", Line: 2, PathPrefixOnly: "$['deep']"),
        new("deep nesting of objects", () => Bytes(Valid.Replace("\"title\"", "\"deep\": " + string.Concat(Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 65) + ", \"title\"", StringComparison.Ordinal)), "$['deep']", Line: 2, PathPrefixOnly: "$['deep']['a']['a']"),

        // Numbers
        new("a huge exponent for an integer", () => Bytes(CitationRecord("\"revision\": 1e400")), "$['actors'][0]['citations'][0]['revision']", Line: 0),
        new("an integer with a million digits", () => Bytes(CitationRecord("\"revision\": " + new string('9', Megabyte))), "$['actors'][0]['citations'][0]['revision']", Line: 0),
        new("a fraction for an integer", () => Bytes(CitationRecord("\"revision\": 1.5")), "$['actors'][0]['citations'][0]['revision']", Line: 0),
        new("a huge exponent for a coordinate", () => Bytes(EventRecord("\"place\": { \"coordinates\": { \"latitude\": 1e400, \"longitude\": 0 } }")), "$['events'][0]['place']['coordinates']['latitude']", Line: 0),
        new("a coordinate out of range", () => Bytes(EventRecord("\"place\": { \"coordinates\": { \"latitude\": 91, \"longitude\": 0 } }")), "$['events'][0]['place']['coordinates']['latitude']", Line: 0),
        new("a huge exponent for an amount", () => Bytes(GuaranteeRecord("""{ "kind": "loan", "amount": { "amount": "1e400", "currency": "USD" } }""")), "$['guarantees'][0]['instruments'][0]['amount']['amount']", Line: 0),
        new("a huge amount", () => Bytes(GuaranteeRecord("""{ "kind": "loan", "amount": { "amount": 79228162514264337593543950336, "currency": "USD" } }""")), "$['guarantees'][0]['instruments'][0]['amount']['amount']", Line: 0),

        // Wrong types
        new("a number for a string", () => Bytes(Valid.Replace("\"Miami talks\"", "5", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("an object for a list", () => Bytes(Valid.Replace("\"actors\": [", "\"actors\": {}, \"x\": [", StringComparison.Ordinal)), "$['actors']", Line: 3),
        new("a string for a list", () => Bytes(Valid.Replace("\"names\": [ { \"text\": \"Donald Trump\", \"language\": \"en\" } ]", "\"names\": \"Donald Trump\"", StringComparison.Ordinal)), "$['actors'][0]['names']", Line: 7),
        new("a number for an identifier", () => Bytes(Valid.Replace("\"trump\"", "42", StringComparison.Ordinal)), "$['actors'][0]['id']", Line: 5),
        new("a number for an enum", () => Bytes(Valid.Replace("\"person\"", "1", StringComparison.Ordinal)), "$['actors'][0]['kind']", Line: 6),
        new("a string for a flag", () => Bytes(ProvisionRecord("""{ "kind": "ceasefire", "id": "c", "isTemporary": "true" }""")), "$['proposals'][0]['versions'][0]['provisions'][0]['isTemporary']", Line: 0),
        new("a number for the schema version", () => Bytes(Valid.Replace("\"1.0\"", "1", StringComparison.Ordinal)), "$['schemaVersion']", Line: 1),
        new("an array as the root", () => "[]"u8.ToArray(), "$", Line: 0),
        new("a string as the root", () => "\"record\""u8.ToArray(), "$", Line: 0),
        new("null as the root", () => "null"u8.ToArray(), "$", Line: null),
        new("null in a list", () => Bytes(Valid.Replace("\"actors\": [", "\"actors\": [ null,", StringComparison.Ordinal)), "$['actors'][0]", Line: 3),

        // Invalid values
        new("an invalid identifier", () => Bytes(Valid.Replace("\"trump\"", "\"bad id\"", StringComparison.Ordinal)), "$['actors'][0]['id']", Line: 5),
        new("an unknown enum name", () => Bytes(Valid.Replace("\"person\"", "\"robot\"", StringComparison.Ordinal)), "$['actors'][0]['kind']", Line: 6),
        new("an enum in the wrong case", () => Bytes(Valid.Replace("\"person\"", "\"Person\"", StringComparison.Ordinal)), "$['actors'][0]['kind']", Line: 6),
        new("an invalid instant", () => Bytes(Valid.Replace("\"title\"", "\"lastUpdated\": \"2025-13-01T00:00:00Z\", \"title\"", StringComparison.Ordinal)), "$['lastUpdated']", Line: 2),
        new("an invalid duration", () => Bytes(EventRecord("\"duration\": \"an hour\"")), "$['events'][0]['duration']", Line: 0),
        new("a blank when", () => Bytes(EventRecord("\"when\": \" \"")), "$['events'][0]['when']", Line: 0),
        new("an invalid schema version", () => Bytes(Valid.Replace("\"1.0\"", "\"one\"", StringComparison.Ordinal)), "$['schemaVersion']", Line: 1),
        new("a newer major schema version", () => Bytes(Valid.Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal)), "$['schemaVersion']", Line: 1),
        new("a blank title", () => Bytes(Valid.Replace("\"Miami talks\"", "\" \"", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("an empty required list", () => Bytes(Valid.Replace("[ { \"text\": \"Donald Trump\", \"language\": \"en\" } ]", "[]", StringComparison.Ordinal)), "$['actors'][0]['names']", Line: 7),
        new("a blank text in a nested object", () => Bytes(CitationRecord("\"quote\": { \"text\": \"\", \"language\": \"en\" }")), "$['actors'][0]['citations'][0]['quote']['text']", Line: 0),
        new("a blank currency", () => Bytes(GuaranteeRecord("""{ "kind": "loan", "amount": { "amount": "1", "currency": " " } }""")), "$['guarantees'][0]['instruments'][0]['amount']['currency']", Line: 0),
        new("a zero revision", () => Bytes(CitationRecord("\"revision\": 0")), "$['actors'][0]['citations'][0]['revision']", Line: 0),

        // Polymorphism
        new("an unknown discriminator", () => Bytes(ProvisionRecord("""{ "kind": "armistice", "id": "c" }""")), "$['proposals'][0]['versions'][0]['provisions'][0]['kind']", Line: 0),
        new("a missing discriminator", () => Bytes(ProvisionRecord("""{ "id": "c" }""")), "$['proposals'][0]['versions'][0]['provisions'][0]", Line: 0),
        new("a discriminator that is not a string", () => Bytes(ProvisionRecord("""{ "kind": 3, "id": "c" }""")), "$['proposals'][0]['versions'][0]['provisions'][0]['kind']", Line: 0),
        new("a discriminator last, with a bad member", () => Bytes(ProvisionRecord("""{ "id": "c", "isTemporary": 1, "kind": "ceasefire" }""")), "$['proposals'][0]['versions'][0]['provisions'][0]['isTemporary']", Line: 0),
        new("an entity reference of an unknown kind", () => Bytes(PositionRecord("""{ "kind": "planet", "id": "p" }""")), "$['positions'][0]['subject']['kind']", Line: 0),

        // Missing or null members
        new("an empty object", () => "{}"u8.ToArray(), "$", Line: 0),
        new("no schema version", () => Bytes(Valid.Replace("\"schemaVersion\": \"1.0\",", "", StringComparison.Ordinal)), "$", Line: 0),
        new("no title", () => Bytes(Valid.Replace("\"title\": \"Miami talks\",", "", StringComparison.Ordinal)), "$", Line: 0),
        new("no identifier", () => Bytes(Valid.Replace("\"id\": \"trump\",", "", StringComparison.Ordinal)), "$['actors'][0]", Line: 4),
        new("no names", () => Bytes(Valid.Replace(",\n      \"names\": [ { \"text\": \"Donald Trump\", \"language\": \"en\" } ]", "", StringComparison.Ordinal)), "$['actors'][0]", Line: 4, PathPrefixOnly: "$['actors'][0]"),
        new("a null title", () => Bytes(Valid.Replace("\"Miami talks\"", "null", StringComparison.Ordinal)), "$['title']", Line: 2),
        new("a null identifier", () => Bytes(Valid.Replace("\"trump\"", "null", StringComparison.Ordinal)), "$['actors'][0]['id']", Line: 5),
        new("an entity reference without its identifier", () => Bytes(PositionRecord("""{ "kind": "proposal" }""")), "$['positions'][0]['subject']", Line: 0),

        // Size
        new("a 50 MB string in an identifier", () => Bytes(Valid.Replace("\"trump\"", "\"" + new string('a', 50 * Megabyte) + "\"", StringComparison.Ordinal)), "$['actors'][0]['id']", Line: 5),
        new("an unterminated 50 MB string", () => Bytes(Valid[..Valid.IndexOf("Miami", StringComparison.Ordinal)] + new string('a', 50 * Megabyte)), "$['title']", Line: 2),
        new("a 50 MB string over a 16 MiB limit", () => Bytes(Valid.Replace("Miami talks", new string('a', 50 * Megabyte), StringComparison.Ordinal)), "$", Line: null, Options: new() { MaxInputBytes = 16 * Megabyte }),
        new("a 70 MB document over the default limit", () => Bytes(Valid.Replace("Miami talks", new string('a', 70 * Megabyte), StringComparison.Ordinal)), "$", Line: null),

        // Strict reading
        new("an unknown member, read strictly", () => Bytes(Valid.Replace("\"kind\": \"person\",", "\"kind\": \"person\", \"nickname\": \"Don\",", StringComparison.Ordinal)), "$['actors'][0]['nickname']", Line: 6, Options: NegotiationJsonReadOptions.Strict),
        new("an unknown member of a reference, read strictly", () => Bytes(PositionRecord("""{ "kind": "proposal", "id": "p", "version": 2 }""")), "$['positions'][0]['subject']['version']", Line: 0, Options: NegotiationJsonReadOptions.Strict),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    /// <summary>Builds the input of a case, for other tests (the schema's) to use.</summary>
    internal static byte[] Input(string name) => Cases[name].Build();

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Names))]
    public async Task Every_hostile_input_gives_the_documented_exception_with_a_path(string name)
    {
        await Task.Delay(0, TestContext.Current.CancellationToken);
        var input = Cases[name];
        var bytes = input.Build();

        var error = Catch(() => NegotiationJson.Deserialize(bytes, input.Options ?? NegotiationJsonReadOptions.Default));

        TestContext.Current.TestOutputHelper?.WriteLine(error.Message.Length > 500 ? error.Message[..500] : error.Message);
        error.Should().BeOfType<NegotiationJsonException>($"only the documented exception may escape, but {error.GetType().Name} did: {error.Message}");
        var exception = (NegotiationJsonException)error;
        exception.Path.Should().NotBeNull();
        if (input.PathPrefixOnly is { } prefix)
        {
            exception.Path?.ToString().Should().StartWith(prefix);
        }
        else
        {
            exception.Path?.ToString().Should().Be(input.Path);
        }

        exception.LineNumber.Should().Be(input.Line);
        exception.Problem.Should().NotBeNullOrWhiteSpace();
        exception.Message.Should().NotMatchRegex(@"NegotiationModel\.[A-Z]|System\.", "messages speak of JSON, not of .NET types");
    }

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Names))]
    public async Task Every_hostile_input_fails_the_same_way_through_a_stream(string name)
    {
        var input = Cases[name];
        using var stream = new MemoryStream(input.Build());

        var error = await CatchAsync(() => NegotiationJson.DeserializeAsync(stream, input.Options, TestContext.Current.CancellationToken));

        error.Should().BeOfType<NegotiationJsonException>();
        ((NegotiationJsonException)error).Path.Should().NotBeNull();
    }

    [Fact]
    public void A_lone_surrogate_in_a_string_argument_is_rejected_with_its_path_not_replaced()
    {
        var json = Valid.Replace("Miami talks", "Miami \uD800 talks", StringComparison.Ordinal);

        var read = () => NegotiationJson.Deserialize(json);

        var error = read.Should().Throw<NegotiationJsonException>().Which;
        error.Path?.ToString().Should().Be("$['title']");
        error.LineNumber.Should().Be(2);
    }

    [Fact]
    public void A_non_seekable_stream_larger_than_the_limit_is_refused_without_reading_it_all()
    {
        using var stream = new EndlessStream((byte)'a');

        var read = () => NegotiationJson.Deserialize(stream, new NegotiationJsonReadOptions { MaxInputBytes = Megabyte });

        read.Should().Throw<NegotiationJsonException>().Which.Problem.Should().Contain("larger than the limit of 1048576 bytes");
        stream.BytesRead.Should().BeLessThan(4 * Megabyte);
    }

    [Fact]
    public void A_deeper_limit_can_be_allowed()
    {
        var deep = Valid.Replace("\"title\"", "\"deep\": " + new string('[', 100) + new string(']', 100) + ", \"title\"", StringComparison.Ordinal);

        var record = NegotiationJson.Deserialize(deep, new NegotiationJsonReadOptions { MaxDepth = 200 });

        record.UnknownMembers!.Should().ContainKey("deep");
        FluentActions.Invoking(() => NegotiationJson.Deserialize(deep)).Should().Throw<NegotiationJsonException>();
    }

    [Fact]
    public void The_limits_cannot_be_set_out_of_range()
    {
        FluentActions.Invoking(() => new NegotiationJsonReadOptions { MaxDepth = 0 }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MaxDepth");
        FluentActions.Invoking(() => new NegotiationJsonReadOptions { MaxDepth = 1001 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new NegotiationJsonReadOptions { MaxInputBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MaxInputBytes");
        FluentActions.Invoking(() => new NegotiationJsonReadOptions { MaxInputBytes = long.MaxValue }).Should().Throw<ArgumentOutOfRangeException>();
        new NegotiationJsonReadOptions { MaxDepth = 1000, MaxInputBytes = 1 }.MaxDepth.Should().Be(1000);
    }

    private static Exception Catch(Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new InvalidOperationException("The input was read without an error.");
    }

    private static async Task<Exception> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new InvalidOperationException("The input was read without an error.");
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    // Replaces the first occurrence of a text of the valid record with raw bytes.
    private static byte[] Splice(string replaced, byte[] bytes)
    {
        var index = Valid.IndexOf(replaced, StringComparison.Ordinal);
        return [.. Bytes(Valid[..index]), .. bytes, .. Bytes(Valid[(index + replaced.Length)..])];
    }

    private static string CitationRecord(string citationMembers) =>
        $$"""{"schemaVersion":"1.0","title":"t","actors":[{"id":"a","kind":"person","names":[{"text":"A","language":"en"}],"citations":[{"source":"s",{{citationMembers}}}]}]}""";

    private static string EventRecord(string eventMembers) =>
        $$"""{"schemaVersion":"1.0","title":"t","events":[{"id":"e","kind":"meeting","title":[{"text":"E","language":"en"}],{{eventMembers}}}]}""";

    private static string ProvisionRecord(string provision) =>
        $$"""{"schemaVersion":"1.0","title":"t","proposals":[{"id":"p","kind":"peace-plan","title":[{"text":"P","language":"en"}],"versions":[{"number":1,"provisions":[{{provision}}]}]}]}""";

    private static string GuaranteeRecord(string instrument) =>
        $$"""{"schemaVersion":"1.0","title":"t","guarantees":[{"id":"g","kind":"financial","guarantors":["us"],"instruments":[{{instrument}}]}]}""";

    private static string PositionRecord(string subject) =>
        $$"""{"schemaVersion":"1.0","title":"t","positions":[{"id":"p","holder":"a","subject":{{subject}},"stance":"supports"}]}""";

    private sealed record Case(string Name, Func<byte[]> Build, string Path, long? Line, string? PathPrefixOnly = null, NegotiationJsonReadOptions? Options = null);
}
