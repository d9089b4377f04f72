using NegotiationModel.Comparison;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Robustness;

/// <summary>Regression tests for what the hostile corpus and the fuzzer found (docs/robustness.md, "Findings").</summary>
public sealed class FindingsRegressionTest
{
    // Finding 1: JsonElement.DeepEquals throws ArgumentOutOfRangeException on a number whose exponent does not fit
    // in an int; a record holding one in an unknown member could not be compared (Equals, RecordDiff) at all.
    private const string HugeExponent = """{"schemaVersion":"1.0","title":"t","stats":{"ratio":1e99999999999,"list":[2E-99999999999,1]}}""";

    [Fact]
    public void A_record_with_a_huge_exponent_in_an_unknown_member_equals_its_round_trip()
    {
        var record = NegotiationJson.Deserialize(HugeExponent);

        var reread = NegotiationJson.Deserialize(NegotiationJson.Serialize(record));

        reread.Should().Be(record);
        RecordDiff.Compare(record, reread).Should().BeEmpty();
    }

    [Fact]
    public void A_different_huge_exponent_makes_records_unequal_without_throwing()
    {
        var record = NegotiationJson.Deserialize(HugeExponent);
        var other = NegotiationJson.Deserialize(HugeExponent.Replace("1e99999999999", "1e99999999998", StringComparison.Ordinal));

        other.Should().NotBe(record);
        RecordDiff.Compare(record, other).Should().NotBeEmpty();
    }
}
