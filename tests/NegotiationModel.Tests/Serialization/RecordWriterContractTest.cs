using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using NegotiationModel.Proposals;
using NegotiationModel.Samples;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;
using NegotiationModel.Tests.Robustness;
using NegotiationModel.Tests.Validation;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// The generated <see cref="RecordWriter"/> writes the very bytes System.Text.Json's contract (the reference)
/// writes: for whole records, for each entity on its own and for JSON Lines, over the sample, the samples of
/// <c>docs/samples</c>, the frozen fixtures, a record that fills every member of every type, and generated records,
/// with and without unknown members. A member added to the model and written differently fails here.
/// </summary>
public sealed class RecordWriterContractTest
{
    private static readonly string Fixtures = RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Fixtures");

    private static readonly string Samples = RepositoryFiles.PathOf("docs/samples");

    public static TheoryData<string> Records() => [.. Names()];

    [Theory]
    [MemberData(nameof(Records))]
    public void The_generated_writer_writes_what_the_contract_writes(string name)
    {
        var record = Load(name);

        Text(Generated(record)).Should().Be(Text(Reference(record)));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void The_generated_writer_writes_each_entity_as_the_contract_of_its_kind_does(string name)
    {
        foreach (var entity in Load(name).Entities())
        {
            Text(GeneratedEntity(entity)).Should().Be(Text(ReferenceEntity(entity)), $"{entity} is written alike");
        }
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void JSON_Lines_are_written_as_the_contract_writes_each_entity(string name)
    {
        var record = Load(name);

        Text(Lines(record.Statements)).Should().Be(Text(ReferenceLines(record.Statements)));
        Text(Lines(record.Proposals.SelectMany(p => p.Versions).SelectMany(v => v.Provisions))).Should().Be(Text(ReferenceLines(record.Proposals.SelectMany(p => p.Versions).SelectMany(v => v.Provisions))));
        Text(Lines(record.Entities())).Should().Be(Text(ReferenceLines(record.Entities())));
    }

    // The Miami sample is larger than the buffer a synchronous stream write hands on in chunks.
    [Theory]
    [InlineData("filled")]
    [InlineData("sample")]
    public async Task NegotiationJson_writes_what_the_contract_writes_by_every_route(string name)
    {
        var record = name == "sample" ? MiamiTalksSample.Build() : FilledRecord.Build();
        var reference = Reference(record);
        using var stream = new MemoryStream();
        NegotiationJson.Serialize(stream, record);
        using var asyncStream = new MemoryStream();
        await NegotiationJson.SerializeAsync(asyncStream, record, TestContext.Current.CancellationToken);

        Text(NegotiationJson.SerializeToUtf8Bytes(record)).Should().Be(Text(reference));
        NegotiationJson.Serialize(record).Should().Be(Text(reference));
        Text(stream.ToArray()).Should().Be(Text(reference));
        Text(asyncStream.ToArray()).Should().Be(Text(reference));
    }

    [Fact]
    public void The_generated_writer_writes_what_the_contract_writes_on_generated_records()
    {
        Gen.OneOf(RecordGenerator.Records, ValidRecordGenerator.Records, Gen.Select(Gen.Int[1, 120], Gen.Int, SyntheticRecord.Generate))
            .Sample(record => Generated(record).AsSpan().SequenceEqual(Reference(record)) && Lines(record.Entities()).AsSpan().SequenceEqual(ReferenceLines(record.Entities())), iter: 100);
    }

    [Fact]
    public void The_generated_writer_writes_unknown_members_where_the_contract_does()
    {
        Gen.Select(Gen.OneOf(RecordGenerator.Records, Gen.Const(FilledRecord.Build())), Gen.Int, RecordGenerator.UnknownValues.Array[64]).Sample(
            (generated, seed, values) =>
            {
                var record = WithUnknownMembers(generated, seed, values);
                return Generated(record).AsSpan().SequenceEqual(Reference(record))
                    && Lines(record.Entities()).AsSpan().SequenceEqual(ReferenceLines(record.Entities()));
            },
            iter: 60);
    }

    private static IEnumerable<string> Names()
        => [
            "filled", "filled with unknown members", "sample", "synthetic",
            .. Directory.GetFiles(Samples, "*.json").Select(f => "docs/samples/" + Path.GetFileName(f)).Order(StringComparer.Ordinal),
            .. Directory.GetFiles(Fixtures, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Fixtures, f).Replace('\\', '/')).Order(StringComparer.Ordinal),
        ];

    private static NegotiationRecord Load(string name) => name switch
    {
        "filled" => FilledRecord.Build(),
        "filled with unknown members" => WithUnknownMembers(FilledRecord.Build(), 19, [JsonValue.Create(1), new JsonObject { ["a"] = "é\"\n" }, new JsonArray(true, null)]),
        "sample" => MiamiTalksSample.Build(),
        "synthetic" => SyntheticRecord.Generate(300),
        _ when name.StartsWith("docs/samples/", StringComparison.Ordinal) => NegotiationJson.Deserialize(File.ReadAllBytes(Path.Combine(Samples, name["docs/samples/".Length..]))),
        _ => NegotiationJson.Deserialize(File.ReadAllBytes(Path.Combine([Fixtures, .. name.Split('/')]))),
    };

    private static NegotiationRecord WithUnknownMembers(NegotiationRecord record, int seed, JsonNode?[] values)
    {
        var document = JsonNode.Parse(Reference(record))!;
        var next = 0;
        RecordGenerator.Scramble(document, new Random(seed), () => values[next++ % values.Length]?.DeepClone());
        return NegotiationJson.Deserialize(document.ToJsonString());
    }

    private static byte[] Generated(NegotiationRecord record) => Write(JsonFormat.WriterOptions, writer => RecordWriter.Write(writer, record));

    private static byte[] GeneratedEntity(IRecordEntity entity) => Write(JsonFormat.WriterOptions, writer => RecordWriter.WriteEntity(writer, entity));

    private static byte[] Reference(NegotiationRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, JsonFormat.Lenient.GetTypeInfo(typeof(NegotiationRecord)));

    // The contract an entity is written by on its own: a provision's polymorphic base, so that it names its kind.
    private static byte[] ReferenceEntity(IRecordEntity entity)
        => JsonSerializer.SerializeToUtf8Bytes(entity, JsonFormat.Lenient.GetTypeInfo(entity is Provision ? typeof(Provision) : entity.GetType()));

    private static byte[] Lines<T>(IEnumerable<T> entities)
        where T : class, IRecordEntity
    {
        using var stream = new MemoryStream();
        NegotiationJsonLines.Write(stream, entities);
        return stream.ToArray();
    }

    private static byte[] ReferenceLines<T>(IEnumerable<T> entities)
        where T : class, IRecordEntity
    {
        var lines = new ArrayBufferWriter<byte>();
        foreach (var entity in entities)
        {
            using (var writer = new Utf8JsonWriter(lines, NegotiationJsonLines.CompactWriterOptions))
            {
                JsonSerializer.Serialize(writer, entity, JsonFormat.Lenient.GetTypeInfo(entity is Provision ? typeof(Provision) : entity.GetType()));
            }

            lines.Write("\n"u8);
        }

        return lines.WrittenSpan.ToArray();
    }

    private static byte[] Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string Text(byte[] utf8) => Encoding.UTF8.GetString(utf8);
}
