using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using NegotiationModel.Actors;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;
using NegotiationModel.TestData;
using NegotiationModel.Tests.Robustness;
using NegotiationModel.Tests.Validation;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// The generated one-pass reader (<see cref="RecordReader"/>) against the reference pipeline (the input checks and the
/// System.Text.Json contract): on every input, the same record (equal, and written to the same bytes) or the same
/// error (problem, path, line and position), and the reader itself never accepts what the reference refuses.
/// </summary>
public sealed class RecordReaderDifferentialTest
{
    private const int Iterations = 150;

    private static readonly NegotiationJsonReadOptions Shallow = new() { MaxDepth = 8 };

    public static TheoryData<string> CorpusFiles => [.. HostileCorpus.Files];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_hostile_corpus_file_reads_as_the_reference_reads_it(string file)
    {
        var bytes = HostileCorpus.Read(file);
        Agree<NegotiationRecord>(bytes, NegotiationJsonReadOptions.Default);
        Agree<NegotiationRecord>(bytes, NegotiationJsonReadOptions.Strict);
        Agree<NegotiationRecord>(bytes, Shallow);
    }

    [Fact]
    public void The_fixtures_and_samples_are_read_by_the_one_pass_reader_as_the_reference_reads_them()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Fixtures"), "*.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryFiles.PathOf("docs/samples"), "*.json"))
            .ToList();
        files.Should().HaveCountGreaterThan(5);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            // The newer minor's file puts provisions' kinds anywhere: those the contract reads.
            Agree<NegotiationRecord>(bytes, NegotiationJsonReadOptions.Default, mustReadAlone: !file.Contains("newer-minor", StringComparison.Ordinal));
            Agree<NegotiationRecord>(bytes, NegotiationJsonReadOptions.Strict);
        }
    }

    [Fact]
    public void A_record_with_every_member_of_every_type_filled_is_read_by_the_one_pass_reader()
    {
        var bytes = Encoding.UTF8.GetBytes(FilledRecord.Json().ToJsonString());
        Agree<NegotiationRecord>(bytes, NegotiationJsonReadOptions.Default, mustReadAlone: true);

        // Each entity alone, as JSON Lines and the single-entity reads take it.
        var record = NegotiationJson.Deserialize(bytes);
        foreach (var actor in record.Actors)
        {
            Agree<Actor>(JsonBytes(actor), NegotiationJsonReadOptions.Default, mustReadAlone: true);
        }

        foreach (var statement in record.Statements)
        {
            Agree<Statement>(JsonBytes(statement), NegotiationJsonReadOptions.Default, mustReadAlone: true);
        }

        foreach (var provision in record.Proposals.SelectMany(p => p.Versions).SelectMany(v => v.Provisions))
        {
            Agree<Provision>(JsonBytes(provision), NegotiationJsonReadOptions.Default, mustReadAlone: true);
        }
    }

    [Fact]
    public void Synthetic_records_are_read_by_the_one_pass_reader()
    {
        Agree<NegotiationRecord>(NegotiationJson.SerializeToUtf8Bytes(SyntheticRecord.Generate(statements: 300)), NegotiationJsonReadOptions.Default, mustReadAlone: true);
    }

    [Fact]
    public void Every_shape_mutation_reads_as_the_reference_reads_it()
    {
        foreach (var (_, json) in SchemaReaderAgreementTest.Corpus())
        {
            Agree<NegotiationRecord>(Encoding.UTF8.GetBytes(json), NegotiationJsonReadOptions.Default);
        }
    }

    [Fact]
    public void Generated_records_are_read_by_the_one_pass_reader()
    {
        RecordGenerator.Records.Sample(
            record => Agree<NegotiationRecord>(NegotiationJson.SerializeToUtf8Bytes(record), NegotiationJsonReadOptions.Default, mustReadAlone: true),
            iter: Iterations);
    }

    [Fact]
    public void Generated_records_with_unknown_members_in_any_order_read_as_the_reference_reads_them()
    {
        Gen.Select(RecordGenerator.Records, Gen.Int, RecordGenerator.UnknownValues.Array[64]).Sample(
            (record, seed, values) =>
            {
                var document = JsonNode.Parse(NegotiationJson.Serialize(record))!;
                var next = 0;
                RecordGenerator.Scramble(document, new Random(seed), () => values[next++ % values.Length]?.DeepClone());
                var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());
                Agree<NegotiationRecord>(bytes, NegotiationJsonReadOptions.Default);
                Agree<NegotiationRecord>(bytes, NegotiationJsonReadOptions.Strict);
            },
            iter: Iterations);
    }

    [Fact]
    public void Generated_records_with_flipped_bytes_read_as_the_reference_reads_them()
    {
        Gen.Select(RecordGenerator.Records, Gen.Int, Gen.Int[1, 4]).Sample(
            (record, seed, flips) =>
            {
                var bytes = NegotiationJson.SerializeToUtf8Bytes(record);
                var random = new Random(seed);
                for (var i = 0; i < flips; i++)
                {
                    bytes[random.Next(bytes.Length)] = random.Next(4) switch
                    {
                        0 => (byte)random.Next(256),
                        1 => (byte)"{}[]\",:\\"[random.Next(8)],
                        2 => 0xC3,
                        _ => (byte)(bytes[random.Next(bytes.Length)] ^ (1 << random.Next(8))),
                    };
                }

                Agree<NegotiationRecord>(bytes, NegotiationJsonReadOptions.Default);
            },
            iter: Iterations * 4);
    }

    [Fact]
    public void Generated_records_with_members_duplicated_removed_or_of_another_type_read_as_the_reference_reads_them()
    {
        Gen.Select(RecordGenerator.Records, Gen.Int).Sample(
            (record, seed) =>
            {
                var random = new Random(seed);
                var document = JsonNode.Parse(NegotiationJson.Serialize(record))!;
                var objects = Objects(document).ToList();
                var target = objects[random.Next(objects.Count)];
                var members = target.ToList();
                if (members.Count == 0)
                {
                    return;
                }

                var (name, value) = members[random.Next(members.Count)];
                var text = random.Next(5) switch
                {
                    // A duplicate member: JsonObject cannot hold one, so it is spliced into the text.
                    0 => Duplicate(document, target, name, value),
                    1 => Mutate(document, () => target.Remove(name)),
                    2 => Mutate(document, () => target[name] = SwapType(value, random)),
                    3 => Mutate(document, () => target[name] = null),
                    _ => Mutate(document, () => target[name] = Nest(value?.DeepClone(), random.Next(2, 80), random.Next(2) == 0)),
                };
                var bytes = Encoding.UTF8.GetBytes(text);
                Agree<NegotiationRecord>(bytes, NegotiationJsonReadOptions.Default);
                Agree<NegotiationRecord>(bytes, Shallow);
            },
            iter: Iterations * 4);
    }

    [Fact]
    public void Deep_nesting_in_unknown_members_is_refused_at_the_same_depth_as_the_reference()
    {
        foreach (var depth in new[] { 60, 61, 62, 63, 64, 65, 200 })
        {
            foreach (var open in new[] { "[", "{\"a\":" })
            {
                var close = open == "[" ? "]" : "}";
                var json = "{\"schemaVersion\":\"1.0\",\"title\":\"t\",\"x\":" + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "}";
                Agree<NegotiationRecord>(Encoding.UTF8.GetBytes(json), NegotiationJsonReadOptions.Default);
            }
        }
    }

    /// <summary>
    /// Reads with the reference pipeline, the one-pass reader alone and the public read; requires the one-pass reader to
    /// refuse what the reference refuses, and the public read to give the reference's record or exception.
    /// </summary>
    private static void Agree<T>(byte[] bytes, NegotiationJsonReadOptions options, bool mustReadAlone = false)
        where T : class
    {
        T? expected = null;
        NegotiationJsonException? refused = null;
        try
        {
            expected = JsonDocumentReader.ReadReference<T>(bytes, options);
        }
        catch (NegotiationJsonException exception)
        {
            refused = exception;
        }

        var readAlone = RecordReader.TryRead<T>(bytes, options, out var alone, out var refusal);
        var input = Shorten(Encoding.UTF8.GetString(bytes));
        if (refused is not null)
        {
            readAlone.Should().BeFalse($"the reference refuses {input} ({refused.Message})");
        }
        else if (readAlone)
        {
            var (written, reference) = (Encoding.UTF8.GetString(Write(alone!)), Encoding.UTF8.GetString(Write(expected!)));
            written.Should().Be(reference, $"{input} (written: {Around(written, reference)})");
            alone!.Equals(expected).Should().BeTrue(input);
        }
        else
        {
            mustReadAlone.Should().BeFalse($"the one-pass reader should read {input}, but refused it: {refusal}");
        }

        try
        {
            var read = JsonDocumentReader.Read<T>(bytes, options);
            refused.Should().BeNull(input);
            read.Equals(expected).Should().BeTrue(input);
        }
        catch (NegotiationJsonException exception)
        {
            refused.Should().NotBeNull(input);
            exception.Message.Should().Be(refused!.Message, input);
            exception.Problem.Should().Be(refused.Problem, input);
            exception.Path.Should().Be(refused.Path, input);
            exception.LineNumber.Should().Be(refused.LineNumber, input);
            exception.BytePositionInLine.Should().Be(refused.BytePositionInLine, input);
        }
    }

    private static byte[] Write(object value) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
        value, NegotiationJson.Options.GetTypeInfo(value is Provision ? typeof(Provision) : value.GetType()));

    private static byte[] JsonBytes(object entity) => Write(entity);

    // The two texts around where they first differ.
    private static string Around(string written, string reference)
    {
        var at = written.Zip(reference).TakeWhile(p => p.First == p.Second).Count();
        var from = Math.Max(0, at - 300);
        return $"{written[from..Math.Min(written.Length, at + 300)]} / reference: {reference[from..Math.Min(reference.Length, at + 300)]}";
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";

    private static string Mutate(JsonNode document, Action change)
    {
        change();
        return document.ToJsonString();
    }

    private static string Duplicate(JsonNode document, JsonObject target, string name, JsonNode? value)
    {
        // Renames the member to a marker, then writes the marker as the name followed by the member again.
        const string Marker = "x-duplicate-marker";
        var members = target.ToList();
        target.Clear();
        foreach (var (n, v) in members)
        {
            target[n == name ? Marker : n] = v;
        }

        var copy = value?.ToJsonString() ?? "null";
        return document.ToJsonString().Replace(
            $"\"{Marker}\":", $"{System.Text.Json.JsonSerializer.Serialize(name)}:{copy},{System.Text.Json.JsonSerializer.Serialize(name)}:", StringComparison.Ordinal);
    }

    private static JsonNode? SwapType(JsonNode? value, Random random) => value switch
    {
        JsonObject => JsonValue.Create(random.Next()),
        JsonArray => new JsonObject { ["a"] = 1 },
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => random.Next(2) == 0 ? JsonValue.Create(1.5) : new JsonArray(v.DeepClone()),
        JsonValue => JsonValue.Create("1"),
        _ => new JsonArray(),
    };

    private static JsonNode? Nest(JsonNode? value, int depth, bool inArrays)
    {
        for (var i = 0; i < depth; i++)
        {
            value = inArrays ? new JsonArray(value) : new JsonObject { ["x"] = value };
        }

        return value;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (_, child) in o)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
