using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;
using NegotiationModel.Tests.Robustness;
using NegotiationModel.Validation;
using NegotiationModel.Walking;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// <see cref="RecordValidator.Validate(ReadOnlySpan{byte}, NegotiationJsonReadOptions, out NegotiationRecord)"/>, which walks
/// each entity for validation as the reader builds it, against the two steps it stands for,
/// <c>Validate(NegotiationJson.Deserialize(bytes))</c>: the same diagnostics in the same order and an equal record, or the
/// same exception; and the walk fed by the reader against the walk of the finished record, event for event.
/// </summary>
public sealed class ValidateFromBytesTest
{
    private const int Iterations = 100;

    private static readonly NegotiationJsonReadOptions Shallow = new() { MaxDepth = 8 };

    private static readonly RecordValidator[] Validators =
    [
        RecordValidator.Default,
        RecordValidator.Default.WithLimits(DiagnosticLimits.None),
        RecordValidator.Default.WithLimits(new DiagnosticLimits(perCode: 2, total: 5)),
        RecordValidator.Default.WithRule(new EveryStatementNamed()).WithLimits(new DiagnosticLimits(perCode: 3, total: 40)),
    ];

    public static TheoryData<string> CorpusFiles => [.. HostileCorpus.Files];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_hostile_corpus_file_validates_from_bytes_as_in_two_steps(string file)
    {
        foreach (var bytes in AsDeclaredAndCurrent(HostileCorpus.Read(file)))
        {
            Agree(bytes, NegotiationJsonReadOptions.Default);
            Agree(bytes, NegotiationJsonReadOptions.Strict);
            Agree(bytes, Shallow);
        }
    }

    [Fact]
    public void The_fixtures_and_samples_validate_from_bytes_as_in_two_steps()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Fixtures"), "*.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryFiles.PathOf("docs/samples"), "*.json"))
            .ToList();
        var walked = 0;
        foreach (var bytes in files.SelectMany(file => AsDeclaredAndCurrent(File.ReadAllBytes(file))))
        {
            walked += Agree(bytes, NegotiationJsonReadOptions.Default);
            Agree(bytes, NegotiationJsonReadOptions.Strict);
        }

        walked.Should().BeGreaterThan(5, "the samples and the fixtures at the current version are walked as they are read");
    }

    [Fact]
    public void Documents_of_many_diagnostics_validate_from_bytes_as_in_two_steps()
    {
        foreach (var (_, build) in ManyDiagnosticsDocuments.All.Values)
        {
            foreach (var bytes in AsDeclaredAndCurrent(Encoding.UTF8.GetBytes(build(40_000))))
            {
                Agree(bytes, NegotiationJsonReadOptions.Default);
            }
        }
    }

    [Fact]
    public void A_synthetic_record_validates_from_bytes_as_in_two_steps_while_it_is_read()
        => Agree(NegotiationJson.SerializeToUtf8Bytes(SyntheticRecord.Generate(statements: 300)), NegotiationJsonReadOptions.Default)
            .Should().Be(Validators.Length, "a record the library wrote is walked as it is read");

    [Fact]
    public void Generated_valid_records_validate_from_bytes_as_in_two_steps()
        => ValidRecordGenerator.Records.Sample(record => AgreeOn(record), iter: Iterations);

    [Fact]
    public void Generated_broken_records_validate_from_bytes_as_in_two_steps()
    {
        // Shapes and texts freely: duplicate identifiers within and across lists, references to what is defined later or nowhere.
        Serialization.RecordGenerator.Records.Sample(record => AgreeOn(record), iter: Iterations);
    }

    [Fact]
    public void Generated_records_with_relative_times_and_broken_values_validate_from_bytes_as_in_two_steps()
    {
        Gen.Select(ValidRecordGenerator.Records, Gen.Int[0, int.MaxValue]).Sample(
            (record, seed) =>
            {
                if (FastPathDifferentialTest.WithTimesMutated(record, new Random(seed)) is { } mutated)
                {
                    AgreeOn(mutated);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Generated_records_with_root_members_in_any_order_and_unknown_members_validate_from_bytes_as_in_two_steps()
    {
        Gen.Select(Serialization.RecordGenerator.Records, Gen.Int, Serialization.RecordGenerator.UnknownValues.Array[16]).Sample(
            (record, seed, values) =>
            {
                var document = JsonNode.Parse(NegotiationJson.Serialize(record))!;
                var next = 0;
                Serialization.RecordGenerator.Scramble(document, new Random(seed), () => values[next++ % values.Length]?.DeepClone());
                var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());
                Agree(bytes, NegotiationJsonReadOptions.Default);
                Agree(bytes, NegotiationJsonReadOptions.Strict);
            },
            iter: Iterations);
    }

    [Fact]
    public void Generated_records_declaring_an_earlier_format_version_validate_from_bytes_as_in_two_steps()
    {
        ValidRecordGenerator.Records.Sample(
            record =>
            {
                var bytes = NegotiationJson.SerializeToUtf8Bytes(record with { SchemaVersion = new SchemaVersion(1, 0) });
                Agree(bytes, NegotiationJsonReadOptions.Default).Should().Be(0, "a record of an earlier version is walked after it is read");
            },
            iter: Iterations / 4);
    }

    [Fact]
    public void The_record_is_walked_while_it_is_read_unless_its_root_members_are_out_of_order_or_it_declares_an_earlier_version()
    {
        var record = SyntheticRecord.Generate(statements: 50);
        var bytes = NegotiationJson.SerializeToUtf8Bytes(record);
        WalkedWhileRead(bytes).Should().BeTrue("the library writes the root's members in the contract's order");

        var reordered = JsonNode.Parse(bytes)!.AsObject();
        var actors = reordered["actors"]!;
        reordered.Remove("actors");
        reordered["actors"] = actors;
        WalkedWhileRead(Encoding.UTF8.GetBytes(reordered.ToJsonString())).Should().BeFalse("the actors come after the statements that name them");

        // Leaves of the root out of order change nothing the walk reports.
        var titleLast = JsonNode.Parse(bytes)!.AsObject();
        var title = titleLast["title"]!;
        titleLast.Remove("title");
        titleLast["title"] = title;
        WalkedWhileRead(Encoding.UTF8.GetBytes(titleLast.ToJsonString())).Should().BeTrue();

        WalkedWhileRead(NegotiationJson.SerializeToUtf8Bytes(record with { SchemaVersion = new SchemaVersion(1, 0) })).Should().BeFalse("the model of an earlier version's record keeps every object, the root's first");

        RecordValidator.Default.WithoutFastPaths().Validate(bytes, NegotiationJsonReadOptions.Default, out _, out var plain);
        plain.Should().BeFalse("the plain path keeps every object for the value rules");
    }

    [Fact]
    public void The_walk_fed_by_the_reader_reports_what_the_walk_of_the_finished_record_reports()
    {
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(FilledRecord.Json().ToJsonString()), NegotiationJson.SerializeToUtf8Bytes(SyntheticRecord.Generate(statements: 40)) })
        {
            var recorder = new EventRecorder();
            using var paths = new PathTable();
            var walk = RecordWalker.ForReading(recorder, paths);
            RecordReader.TryRead<NegotiationRecord>(bytes, NegotiationJsonReadOptions.Default, walk, out var record, out var refusal).Should().BeTrue(refusal?.Message);
            walk.InContractOrder.Should().BeTrue();
            walk.RootEnd(record!);

            var whole = EventRecorder.Of(record!);
            whole.Events[0].Should().Be("object NegotiationRecord at $ of ", "the walk of the whole record reports the root first");
            recorder.Events.Should().Equal(whole.Events.Skip(1));
            recorder.SawUnknownMembers.Should().Be(whole.SawUnknownMembers);
        }
    }

    [Fact]
    public void Malformed_input_throws_what_deserializing_throws()
    {
        Agree("{\"title\":"u8.ToArray(), NegotiationJsonReadOptions.Default);
        Agree("{\"title\":\"x\",\"actors\":[{\"id\":\"a\"}]}"u8.ToArray(), NegotiationJsonReadOptions.Default);
        Agree("{\"title\":\"x\",\"nick\":1}"u8.ToArray(), NegotiationJsonReadOptions.Strict);
        Agree("{\"schemaVersion\":\"9.0\",\"title\":\"x\"}"u8.ToArray(), NegotiationJsonReadOptions.Default);
        Agree(Encoding.UTF8.GetBytes(new string(' ', 100) + "{\"title\":\"x\"}"), new NegotiationJsonReadOptions { MaxInputBytes = 50 });
        FluentActions.Invoking(() => RecordValidator.Default.Validate("{}"u8, null!, out _)).Should().Throw<ArgumentNullException>();
    }

    private static bool WalkedWhileRead(byte[] bytes)
    {
        RecordValidator.Default.Validate(bytes, NegotiationJsonReadOptions.Default, out _, out var walked);
        Agree(bytes, NegotiationJsonReadOptions.Default);
        return walked;
    }

    private static void AgreeOn(NegotiationRecord record)
    {
        var bytes = NegotiationJson.SerializeToUtf8Bytes(record);
        Agree(bytes, NegotiationJsonReadOptions.Default);
    }

    // The document as it is, and declaring the current version when it declares an earlier one: most of the corpus declares
    // 1.0, whose records are walked after they are read.
    private static IEnumerable<byte[]> AsDeclaredAndCurrent(byte[] bytes)
    {
        yield return bytes;
        var text = Encoding.UTF8.GetString(bytes);
        var current = $"\"schemaVersion\":\"{SchemaVersion.Current}\"";
        foreach (var earlier in new[] { "\"schemaVersion\":\"1.0\"", "\"schemaVersion\": \"1.0\"" })
        {
            if (text.Contains(earlier, StringComparison.Ordinal))
            {
                yield return Encoding.UTF8.GetBytes(text.Replace(earlier, current, StringComparison.Ordinal));
            }
        }
    }

    // Returns how many of the validators walked the record while it was read.
    private static int Agree(byte[] bytes, NegotiationJsonReadOptions options)
    {
        var walked = 0;
        foreach (var validator in Validators)
        {
            NegotiationRecord? expectedRecord = null;
            ValidationReport? expected = null;
            NegotiationJsonException? expectedError = null;
            try
            {
                expectedRecord = NegotiationJson.Deserialize(bytes, options);
                expected = validator.Validate(expectedRecord);
            }
            catch (NegotiationJsonException exception)
            {
                expectedError = exception;
            }

            NegotiationRecord? record = null;
            ValidationReport? actual = null;
            NegotiationJsonException? error = null;
            var whileRead = false;
            try
            {
                actual = validator.Validate(bytes, options, out record, out whileRead);
            }
            catch (NegotiationJsonException exception)
            {
                error = exception;
            }

            if (expectedError is not null)
            {
                error.Should().NotBeNull("reading throws {0}", expectedError.Message);
                error!.Message.Should().Be(expectedError.Message);
                error.Path.Should().Be(expectedError.Path);
                error.LineNumber.Should().Be(expectedError.LineNumber);
                error.BytePositionInLine.Should().Be(expectedError.BytePositionInLine);
                continue;
            }

            error.Should().BeNull();
            record.Should().Be(expectedRecord);
            NegotiationJson.SerializeToUtf8Bytes(record!).Should().Equal(NegotiationJson.SerializeToUtf8Bytes(expectedRecord!));
            actual!.Diagnostics.Select(d => d.ToString()).Should().Equal(expected!.Diagnostics.Select(d => d.ToString()));
            actual.Diagnostics.Should().Equal(expected.Diagnostics, "the related entities too must be the same");
            walked += whileRead ? 1 : 0;
        }

        return walked;
    }

    // A rule of one's own that reads the look-ups the walk fills: each statement's path, by its identifier.
    private sealed class EveryStatementNamed : IValidationRule
    {
        public void Check(NegotiationRecord record, ValidationContext context)
        {
            foreach (var statement in record.Statements)
            {
                var reference = EntityReference.To(statement.Id);
                context.Report(DiagnosticSeverity.Info, "APP0001", $"Statement '{statement.Id}'.", context.PathOf(reference) ?? JsonPath.Root, reference);
            }
        }
    }
}
