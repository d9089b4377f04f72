using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;
using NegotiationModel.Time;
using NegotiationModel.Tests.Time;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// Time values read from JSON: a plain value is parsed from its UTF-8 bytes, anything else through its string, and
/// both give what <see cref="When.TryParse(string?, out When?, out WhenParseException?)"/> gives the same text: the
/// same value, or the same error at the same place.
/// </summary>
public sealed class WhenReadTest
{
    private const string Sample = "docs/samples/miami-talks-2025-12.json";

    // The first time value of this spelling in the sample (an event's), as the file writes it.
    private const string SampleWhen = "\"when\": \"2025-12-28Tafternoon[America/New_York]!\"";

    private static readonly JsonSerializerOptions RelaxedEscaping = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Texts => [.. WhenConformanceVectors.Texts(), "", "2025-12-28T14:30Zé", "2025-12-28[Europe/Moscou]", new string('9', When.MaxTextLength + 1)];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_time_value_reads_from_JSON_as_its_text_parses_whether_plain_or_escaped(string text)
    {
        var parsed = When.TryParse(text, out var expected, out var error);
        foreach (var bytes in new[] { Plain(text), Escaped(text) })
        {
            var json = Encoding.UTF8.GetString(bytes);
            var read = FluentActions.Invoking(() => Read(bytes));
            if (parsed)
            {
                read().Should().Be(expected, json);
            }
            else
            {
                var thrown = read.Should().Throw<JsonException>(json).Which;
                thrown.Message.Should().Be(error!.Message, json);
                thrown.InnerException.Should().BeOfType<WhenParseException>().Which.Position.Should().Be(error.Position, json);
            }
        }
    }

    [Fact]
    public void A_record_whose_time_values_are_escaped_reads_as_the_plain_record()
    {
        var sample = File.ReadAllText(RepositoryFiles.PathOf(Sample));
        var escaped = sample.Replace(SampleWhen, "\"when\": \"2025\\u002D12-28Tafternoon[America\\/New_York]!\"", StringComparison.Ordinal);
        escaped.Should().NotBe(sample);

        NegotiationJson.Deserialize(escaped).Should().Be(NegotiationJson.Deserialize(sample));
    }

    [Theory]
    [InlineData("2025-13-28Tafternoon[America/New_York]!")]
    [InlineData("2025-12-28Tafternoon[America/New_Yrok]!")]
    [InlineData("2025\\u002D13-28")]
    [InlineData("2025-12-28T14:30Z\\u00e9")]
    public void A_bad_time_value_in_a_record_names_its_member_line_and_position(string written)
    {
        var sample = File.ReadAllText(RepositoryFiles.PathOf(Sample));
        var at = sample.IndexOf(SampleWhen, StringComparison.Ordinal);
        var broken = sample.Replace(SampleWhen, $"\"when\": \"{written}\"", StringComparison.Ordinal);
        var text = JsonSerializer.Deserialize<string>($"\"{written}\"")!;
        When.TryParse(text, out _, out var error).Should().BeFalse();

        var thrown = FluentActions.Invoking(() => NegotiationJson.Deserialize(broken)).Should().Throw<NegotiationJsonException>().Which;

        thrown.Path!.ToString().Should().Be("$['events'][1]['when']");
        thrown.Problem.Should().Contain(error!.Message);
        thrown.LineNumber.Should().Be(sample[..at].Count(c => c == '\n'));
        thrown.BytePositionInLine.Should().Be(Encoding.UTF8.GetByteCount(sample[(sample.LastIndexOf('\n', at) + 1)..at]) + "\"when\": ".Length);
    }

    private static When Read(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return WhenJsonConverter.ReadCore(ref reader);
    }

    // The text as a JSON string, escaping only what JSON requires.
    private static byte[] Plain(string text)
        => JsonSerializer.SerializeToUtf8Bytes(text, RelaxedEscaping);

    // The text as a JSON string with every character escaped.
    private static byte[] Escaped(string text)
        => Encoding.UTF8.GetBytes("\"" + string.Concat(text.Select(c => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + "\"");
}
