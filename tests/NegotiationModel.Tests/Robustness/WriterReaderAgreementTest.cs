using System.Text.Json;
using CsCheck;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;
using NegotiationModel.Time;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Tests.Robustness;

/// <summary>Everything the public API lets you build, the library can write and read back equal; what it cannot write, construction refuses.</summary>
public sealed class WriterReaderAgreementTest
{
    private static readonly StatementId S1 = new("s1");

    [Fact]
    public void A_statement_cannot_be_built_with_a_default_speaker()
    {
        var build = () => new Statement(S1, [default(ActorId)], [new LocalizedText("t", "en")]);

        build.Should().Throw<ArgumentException>().WithMessage("*default ActorId at index 0*");
    }

    [Fact]
    public void A_working_group_cannot_be_accepted_by_a_default_actor()
    {
        var build = () => new WorkingGroup(new WorkingGroupId("g"), [new LocalizedName("G", "en")]) { AcceptedBy = [new ActorId("a"), default] };

        build.Should().Throw<ArgumentException>().WithMessage("*default ActorId at index 1*");
    }

    [Fact]
    public void Lists_refuse_null_elements_and_default_references()
    {
        FluentActions.Invoking(() => ValueList.From(new LocalizedText[] { null! })).Should().Throw<ArgumentException>().WithMessage("*null at index 0*");
        FluentActions.Invoking(() => ValueList.From([EntityReference.To(S1), default])).Should().Throw<ArgumentException>().WithMessage("*default EntityReference at index 1*");
    }

    [Fact]
    public void An_optional_identifier_cannot_be_the_default_value()
    {
        var build = () => new Place { Territory = default(TerritoryId) };

        build.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Territory");
    }

    [Fact]
    public void A_default_identifier_is_never_written_as_a_value_or_a_dictionary_key()
    {
        var converter = new EntityIdJsonConverter<ActorId>();
        using var writer = new Utf8JsonWriter(Stream.Null);
        writer.WriteStartObject();

        FluentActions.Invoking(() => converter.WriteAsPropertyName(writer, default, JsonSerializerOptions.Default)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => converter.Write(writer, default, JsonSerializerOptions.Default)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Every_record_the_public_api_builds_reads_back_equal_or_construction_throws()
    {
        var built = 0;
        EdgeRecordGenerator.Attempts.Sample(
            attempt =>
            {
                NegotiationRecord record;
                try
                {
                    record = attempt();
                }
                catch (Exception exception) when (exception is ArgumentException or WhenParseException)
                {
                    return;
                }

                Interlocked.Increment(ref built);
                var written = NegotiationJson.Serialize(record);
                var read = NegotiationJson.Deserialize(written);
                read.Should().Be(record, "the record written as\n{0}\nmust read back equal", written);
                NegotiationJson.Serialize(read).Should().Be(written);
            },
            iter: 3000);

        built.Should().BeGreaterThan(100, "the generator must build records, not only refused attempts");
    }
}
