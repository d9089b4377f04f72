using System.Text.Json.Nodes;
using CsCheck;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Serialization;

/// <summary>Properties of the format over generated records (CsCheck; a failure prints a seed to replay it).</summary>
public sealed class GeneratedRecordTest
{
    private const int Iterations = 150;

    [Fact]
    public void A_generated_record_reads_back_equal()
    {
        RecordGenerator.Records.Sample(
            record => NegotiationJson.Deserialize(NegotiationJson.Serialize(record)).Equals(record),
            iter: Iterations);
    }

    [Fact]
    public void The_written_form_of_a_generated_record_is_canonical()
    {
        RecordGenerator.Records.Sample(
            record =>
            {
                var written = NegotiationJson.Serialize(record);
                return NegotiationJson.Serialize(NegotiationJson.Deserialize(written)) == written
                    && NegotiationJson.SerializeToUtf8Bytes(record).AsSpan().SequenceEqual(System.Text.Encoding.UTF8.GetBytes(written));
            },
            iter: Iterations);
    }

    [Fact]
    public void A_generated_record_with_unknown_members_in_any_order_round_trips_byte_for_byte_after_one_canonicalisation()
    {
        Gen.Select(RecordGenerator.Records, Gen.Int, RecordGenerator.UnknownValues.Array[64]).Sample(
            (record, seed, values) =>
            {
                var document = JsonNode.Parse(NegotiationJson.Serialize(record))!;
                var next = 0;
                var added = RecordGenerator.Scramble(document, new Random(seed), () => values[next++ % values.Length]?.DeepClone());
                var scrambled = document.ToJsonString();

                var read = NegotiationJson.Deserialize(scrambled);
                var canonical = NegotiationJson.Serialize(read);

                return NegotiationJson.FindUnknownMembers(read).Count() == added
                    && NegotiationJson.Serialize(NegotiationJson.Deserialize(canonical)) == canonical
                    && (added > 0 || read.Equals(record));
            },
            iter: Iterations);
    }

    [Fact]
    public void A_generated_record_is_valid_against_the_schema()
    {
        RecordGenerator.Records.Sample(
            record => NegotiationJsonSchemaTest.Validate(NegotiationJson.Serialize(record)).Should().BeEmpty(),
            iter: Iterations);
    }
}
