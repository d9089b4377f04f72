using NegotiationModel.Indexing;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;
using NegotiationModel.Validation;

namespace NegotiationModel.Tests.TestData;

public sealed class SyntheticRecordTest
{
    [Fact]
    public void The_same_size_and_seed_give_the_same_record()
    {
        SyntheticRecord.Generate(500, seed: 7).Should().Be(SyntheticRecord.Generate(500, seed: 7));
        SyntheticRecord.Generate(500, seed: 7).Should().NotBe(SyntheticRecord.Generate(500, seed: 8));
    }

    [Fact]
    public void Proportions_follow_the_size()
    {
        var record = SyntheticRecord.Generate(2000);

        record.Statements.Should().HaveCount(2000);
        record.Actors.Should().HaveCount(120);
        record.Sources.Should().HaveCount(500);
        record.Events.Should().HaveCount(240);
    }

    [Fact]
    public void A_generated_record_round_trips_through_json()
    {
        var record = SyntheticRecord.Generate(1000);

        NegotiationJson.Deserialize(NegotiationJson.SerializeToUtf8Bytes(record)).Should().Be(record);
    }

    [Fact]
    public void Every_actor_and_source_a_generated_record_names_is_in_it()
    {
        var record = SyntheticRecord.Generate(1000);

        record.Entities().SelectMany(RecordReferences.ActorsOf).Should().OnlyContain(id => record.Find(id) != null);
        record.Entities().SelectMany(e => e.Citations).Should().OnlyContain(c => record.Find(c.Source) != null);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void A_generated_record_validates_with_no_diagnostic(int statements)
    {
        var report = RecordValidator.Default.Validate(SyntheticRecord.Generate(statements));

        report.Diagnostics.Should().BeEmpty();
    }
}
