using System.Text.Json.Nodes;
using CsCheck;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;
using NegotiationModel.Tests.Robustness;
using NegotiationModel.Time;
using NegotiationModel.Validation;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// Validation's fast paths (work skipped or done from what was collected earlier, when its answer is known) against the
/// plain path that does all of it: on every record, the same diagnostics in the same order, with the same codes, paths,
/// messages, severities and related entities.
/// </summary>
public sealed class FastPathDifferentialTest
{
    private const int Iterations = 150;

    private static readonly RecordValidator Fast = RecordValidator.Default;

    private static readonly RecordValidator Plain = RecordValidator.Default.WithoutFastPaths();

    public static TheoryData<string> CorpusFiles => [.. HostileCorpus.Files];

    [Fact]
    public void The_samples_and_fixtures_validate_alike_on_both_paths()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Fixtures"), "*.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryFiles.PathOf("docs/samples"), "*.json"))
            .ToList();
        var validated = 0;
        foreach (var file in files)
        {
            if (TryRead(File.ReadAllBytes(file)) is { } record)
            {
                Agree(record);
                validated++;
            }
        }

        validated.Should().BeGreaterThan(5);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_hostile_corpus_record_validates_alike_on_both_paths(string file)
    {
        if (TryRead(HostileCorpus.Read(file)) is { } record)
        {
            Agree(record);
        }
    }

    [Fact]
    public void Documents_of_many_diagnostics_validate_alike_on_both_paths()
    {
        foreach (var (_, build) in ManyDiagnosticsDocuments.All.Values)
        {
            Agree(NegotiationJson.Deserialize(build(40_000)));
        }
    }

    [Fact]
    public void Generated_valid_records_validate_alike_on_both_paths()
        => ValidRecordGenerator.Records.Sample(Agree, iter: Iterations);

    [Fact]
    public void Generated_broken_records_validate_alike_on_both_paths()
        => Serialization.RecordGenerator.Records.Sample(Agree, iter: Iterations);

    [Fact]
    public void Generated_records_with_relative_times_anchored_in_the_record_validate_alike_on_both_paths()
    {
        // Relative values anchored to entities the record holds (chains, cycles, ranges with relative ends) and floating
        // values beside zoned ones: what the time model resolves through the record's anchors and compares in two frames.
        var relative = 0;
        Gen.Select(ValidRecordGenerator.Records, Gen.Int[0, int.MaxValue]).Sample(
            (record, seed) =>
            {
                var mutated = WithTimesMutated(record, new Random(seed));
                if (mutated is null)
                {
                    return;
                }

                var json = NegotiationJson.Serialize(mutated);
                relative += json.Contains("\"after(", StringComparison.Ordinal) || json.Contains("/before(", StringComparison.Ordinal) ? 1 : 0;
                Agree(mutated);
            },
            iter: Iterations);

        relative.Should().BeGreaterThan(Iterations / 2);
    }

    private static void Agree(NegotiationRecord record)
    {
        foreach (var (fast, plain) in new[] { (Fast, Plain), (Fast.WithLimits(DiagnosticLimits.None), Plain.WithLimits(DiagnosticLimits.None)) })
        {
            var expected = plain.Validate(record).Diagnostics;
            var actual = fast.Validate(record).Diagnostics;
            actual.Select(d => d.ToString()).Should().Equal(expected.Select(d => d.ToString()));
            actual.Should().Equal(expected, "the related entities too must be the same");
        }
    }

    private static NegotiationRecord? TryRead(byte[] json)
    {
        try
        {
            return NegotiationJson.Deserialize(json);
        }
        catch (NegotiationJsonException)
        {
            return null;
        }
    }

    // Dates some statements, sources and events that had no time, replaces about half of the record's time values with values
    // relative to its entities or floating ones, and breaks about half of its language tags, currencies, zones and ISO 3166
    // codes; null when the result no longer reads (a member that takes no relative value).
    internal static NegotiationRecord? WithTimesMutated(NegotiationRecord record, Random random)
    {
        var anchors = record.Entities().Select(e => e.Reference.ToString()).ToList();
        if (anchors.Count == 0)
        {
            return null;
        }

        var document = JsonNode.Parse(NegotiationJson.Serialize(record))!;
        foreach (var (collection, member) in new[] { ("statements", "when"), ("sources", "published"), ("events", "when") })
        {
            foreach (var item in document[collection]?.AsArray() ?? [])
            {
                if (item is JsonObject entity && !entity.ContainsKey(member) && random.Next(2) == 0)
                {
                    entity[member] = random.Next(3) == 0 ? "2025-12-26" : "2025-12-29T09:00[Europe/Kyiv]";
                }
            }
        }

        var strings = new List<JsonValue>();
        Collect(document, strings);
        foreach (var value in strings)
        {
            if (random.Next(2) == 0)
            {
                continue;
            }

            if (value.GetPropertyName() is "language" or "currency" or "timeZone" or "iso3166Code")
            {
                value.ReplaceWith(random.Next(3) switch { 0 => "1x", 1 => "Mars/Base", _ => "ZZZ9" });
                continue;
            }

            var anchor = anchors[random.Next(anchors.Count)];
            var text = random.Next(7) switch
            {
                0 => $"after({anchor})",
                1 => $"before({anchor})",
                2 => $"after({anchor}, P2D, P6W)",
                3 => $"after({anchor})/..",
                4 => $"2025-12-20/before({anchor})",
                5 => "2025-12-27",
                _ => "2025-12-28T14:05[Asia/Tokyo]",
            };
            if (When.TryParse(text, out _))
            {
                value.ReplaceWith(text);
            }
        }

        try
        {
            return NegotiationJson.Deserialize(document.ToJsonString());
        }
        catch (NegotiationJsonException)
        {
            return null;
        }
    }

    // The string values that read as times (not identifiers, names or texts: those are under other members).
    private static void Collect(JsonNode? node, List<JsonValue> found)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, value) in members)
                {
                    if (value is JsonValue leaf && leaf.TryGetValue<string>(out var text) && name is not ("id" or "text" or "name" or "notes")
                        && ((text.Length >= 4 && char.IsAsciiDigit(text[0]) && When.TryParse(text, out _)) || name is "language" or "currency" or "timeZone" or "iso3166Code"))
                    {
                        found.Add(leaf);
                    }
                    else
                    {
                        Collect(value, found);
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Collect(item, found);
                }

                break;
        }
    }
}
