using NegotiationModel.TestData;

namespace NegotiationModel.Storage.Tests;

/// <summary>What the store derives from the model's types rather than lists by hand.</summary>
public sealed class RecordRowsTest
{
    [Fact]
    public void The_kinds_found_to_hold_entities_in_their_parts_are_those_whose_entities_do()
    {
        // A commit parses the stored bodies of these kinds only, to find the provisions a proposal held before it changed.
        var record = SyntheticRecord.Generate(20, seed: 3);

        var holding = record.Entities().Where(e => RecordRows.NestedIn(e).Any()).Select(e => e.Reference.Kind).Distinct();

        RecordRows.Holders.Should().BeEquivalentTo(holding).And.Contain(EntityKind.Proposal);
    }
}
