using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NegotiationModel.Cli;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// Every diagnostic of the planted-problems record, as <c>negotiation validate --format json</c> reports it,
/// points at the value its path names: in the indented and the minified form of the record, the JSON value
/// that starts at the reported line and column is the one reached by following the path.
/// </summary>
public sealed class PlantedProblemsPositionsTest
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_diagnostic_is_located_at_the_value_its_path_names(bool indented)
    {
        var json = JsonNode.Parse(NegotiationJson.Serialize(PlantedProblemsTest.Record()))!;
        var canonical = json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var text = indented ? canonical : json.ToJsonString();
        var file = Path.Combine(Path.GetTempPath(), $"planted-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, text, TestContext.Current.CancellationToken);
        try
        {
            var diagnostics = await ValidateAsync(file);
            using var document = JsonDocument.Parse(text);

            diagnostics.Should().HaveCountGreaterThanOrEqualTo(50, string.Join("; ", diagnostics));
            text.Count(c => c == '\n').Should().Be(indented ? canonical.Count(c => c == '\n') : 0);
            foreach (var (code, pathText, line, column) in diagnostics)
            {
                var path = JsonPath.Parse(pathText);
                var named = Follow(document.RootElement, path);
                var found = ValueAt(text, line, column);

                named.Should().NotBeNull($"{code} at {path} should name a value of the document");
                JsonElement.DeepEquals(found, named!.Value).Should().BeTrue($"{code} at {path} is reported at {line}:{column}, where {Shorten(found)} starts, not {Shorten(named.Value)}");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<List<(string Code, string Path, int Line, int Column)>> ValidateAsync(string file)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new MemoryStream();
        await NegotiationCli.RunAsync(["validate", file, "--format", "json"], new CliConsole(input, output, error));
        error.ToString().Should().BeEmpty();
        var report = JsonNode.Parse(output.ToString())!.AsArray().Single()!["diagnostics"]!.AsArray();
        return [.. report.Select(d => (d!["code"]!.GetValue<string>(), d["path"]!.GetValue<string>(), d["line"]!.GetValue<int>(), d["column"]!.GetValue<int>()))];
    }

    private static JsonElement? Follow(JsonElement root, JsonPath path)
    {
        var element = root;
        foreach (var step in path.Segments)
        {
            if (step.IsMember)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step.Name!, out element))
                {
                    return null;
                }
            }
            else if (element.ValueKind != JsonValueKind.Array || step.Index >= element.GetArrayLength())
            {
                return null;
            }
            else
            {
                element = element[step.Index];
            }
        }

        return element;
    }

    /// <summary>Reads the JSON value starting at a one-based line and column counted in UTF-16 code units.</summary>
    private static JsonElement ValueAt(string text, int line, int column)
    {
        var lineStart = 0;
        for (var i = 1; i < line; i++)
        {
            lineStart = text.IndexOf('\n', lineStart) + 1;
        }

        var rest = Encoding.UTF8.GetBytes(text[(lineStart + column - 1)..]);
        var reader = new Utf8JsonReader(rest, new JsonReaderOptions { AllowMultipleValues = true });
        return JsonElement.ParseValue(ref reader);
    }

    private static string Shorten(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length > 60 ? raw[..60] + "…" : raw;
    }
}
