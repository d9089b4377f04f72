using CsCheck;
using NegotiationModel.Serialization;
using NegotiationModel.Tests.Serialization;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;

namespace NegotiationModel.Tests.Robustness;

/// <summary>
/// Properties over records valid by construction (CsCheck, bounded iterations so CI stays fast; a failure
/// prints a seed: replay it with <c>Sample(..., seed: "...")</c> and keep it below as a regression fact).
/// </summary>
public sealed class ValidRecordPropertyTest
{
    private const int Iterations = 100;

    [Fact]
    public void The_generator_builds_every_kind_of_entity_and_phases()
    {
        // The properties below only speak for the kinds the generator builds.
        var kinds = new HashSet<EntityKind>();
        ValidRecordGenerator.Records.Sample(
            record =>
            {
                kinds.UnionWith(record.Entities().Select(e => e.Reference.Kind));
                if (record.Proposals.Any(p => !p.Phases.IsEmpty))
                {
                    kinds.Add(EntityKind.Phase);
                }
            },
            iter: Iterations,
            threads: 1);

        kinds.Should().BeEquivalentTo(Enum.GetValues<EntityKind>());
    }

    [Fact]
    public void A_generated_valid_record_validates_with_no_errors()
    {
        ValidRecordGenerator.Records.Sample(
            record => RecordValidator.Default.Validate(record).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty(),
            iter: Iterations);
    }

    [Fact]
    public void A_generated_valid_record_reads_back_equal_and_writes_deterministically()
    {
        ValidRecordGenerator.Records.Sample(
            record =>
            {
                var written = NegotiationJson.Serialize(record);
                var read = NegotiationJson.Deserialize(written);
                return read.Equals(record)
                    && NegotiationJson.Serialize(record) == written
                    && NegotiationJson.Serialize(read) == written
                    && NegotiationJson.SerializeToUtf8Bytes(record).AsSpan().SequenceEqual(System.Text.Encoding.UTF8.GetBytes(written));
            },
            iter: Iterations);
    }

    [Fact]
    public void The_schema_accepts_every_generated_valid_record()
    {
        ValidRecordGenerator.Records.Sample(
            record => NegotiationJsonSchemaTest.Validate(NegotiationJson.Serialize(record)).Should().BeEmpty(),
            iter: Iterations);
    }

    [Fact]
    public void A_generated_valid_record_builds_a_timeline_and_its_known_past_without_error()
    {
        ValidRecordGenerator.Records.Sample(
            record =>
            {
                var timeline = Timeline.Build(record);
                return timeline.Query().Count == timeline.Count
                    && record.AsKnownAt(NodaTime.Instant.FromUtc(2025, 12, 28, 12, 0)).Statements.Count <= record.Statements.Count;
            },
            iter: Iterations);
    }
}
