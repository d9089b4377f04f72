using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Validation;
using NegotiationModel.WorkingGroups;
using static NegotiationModel.Tests.Monitoring.MinskBodies;

namespace NegotiationModel.Tests.WorkingGroups;

/// <summary>Negotiating formats as parties, sub-groups under a parent group, and members and signatories acting for another actor.</summary>
public sealed class NegotiatingBodiesTest
{
    private static IEnumerable<string> Found(NegotiationRecord record) => RecordValidator.Default.Validate(record).Diagnostics.Select(d => $"{d.Code} at {d.Path}");

    private static NegotiationRecord WithGroup(int index, Func<WorkingGroup, WorkingGroup> change)
        => Record() with { WorkingGroups = Record().WorkingGroups.Items.SetItem(index, change(Record().WorkingGroups[index])) };

    [Fact]
    public void Parent_format_and_on_behalf_of_may_be_absent_but_not_the_default_identifier()
    {
        var group = Record().WorkingGroups[1];

        FluentActions.Invoking(() => group with { Parent = default(WorkingGroupId) }).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Parent");
        FluentActions.Invoking(() => group with { Format = default(ActorId) }).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Format");
        FluentActions.Invoking(() => group.Members[0] with { OnBehalfOf = default(ActorId) }).Should().Throw<ArgumentException>().And.ParamName.Should().Be("OnBehalfOf");
        FluentActions.Invoking(() => new Signatory(default)).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Actor");
        FluentActions.Invoking(() => new Signatory(Kuchma) { Event = default(NegotiationEventId) }).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Event");
        (group with { Parent = null, Format = null }).Parent.Should().BeNull();
    }

    [Fact]
    public void Members_and_signatories_say_whom_they_act_for()
    {
        var group = Record().WorkingGroups[1];
        var package = Record().Proposals[0];

        group.Members[0].ToString().Should().Be("kuchma (Member, on behalf of ukraine)");
        new WorkingGroupMember(Kuchma, WorkingGroupRole.Member).ToString().Should().Be("kuchma (Member)");
        package.Signatories[1].ToString().Should().Be("kuchma (on behalf of ukraine)");
        new Signatory(Tcg).ToString().Should().Be("tcg");
        group.Members[0].Should().NotBe(group.Members[0] with { OnBehalfOf = Russia });
    }

    [Fact]
    public void Formats_parents_members_and_signatories_round_trip_through_json()
    {
        var json = NegotiationJson.Serialize(Record());

        NegotiationJson.Deserialize(json).Should().Be(Record());
        json.Should().Contain("\"kind\": \"negotiating-format\"")
            .And.Contain("\"parent\": \"tcg-plenary\"")
            .And.Contain("\"format\": \"tcg\"")
            .And.Contain("\"onBehalfOf\": \"ukraine\"")
            .And.Contain("\"signatories\": [");
    }

    [Fact]
    public void A_format_is_involved_in_what_it_authored_and_the_groups_working_within_it()
    {
        var involving = Record().Involving(Tcg).Select(e => e.Reference.ToString());

        involving.Should().Contain(["proposal:minsk-package", "working-group:tcg-plenary", "working-group:tcg-security", "actor:kuchma"]);
        Record().Involving(Osce).Select(e => e.Reference.ToString()).Should().Contain("proposal:minsk-package", "Tagliavini signed on behalf of the OSCE");
    }

    [Fact]
    public void FindByName_finds_formats_and_sub_groups()
    {
        Record().FindActorsByName("tcg").Should().ContainSingle().Which.Kind.Should().Be(ActorKind.NegotiatingFormat);
        Record().FindByName("security working group").Select(e => e.Reference.ToString()).Should().Equal("working-group:tcg-security");
    }

    [Fact]
    public void NM5004_a_group_that_is_its_own_ancestor_is_an_error_at_the_parent_closing_the_cycle()
    {
        var record = WithGroup(0, g => g with { Parent = SecurityGroup });

        var diagnostic = RecordValidator.Default.Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.HierarchyCycle);
        diagnostic.Message.Should().Be("'parent' runs in a cycle of 2: working-group:tcg-plenary → working-group:tcg-security → working-group:tcg-plenary.");
        diagnostic.Path.ToString().Should().Be("$['workingGroups'][1]['parent']");

        Found(WithGroup(1, g => g with { Parent = SecurityGroup })).Should().Equal($"{DiagnosticCodes.HierarchyCycle} at $['workingGroups'][1]['parent']");
        RecordValidator.Default.Validate(WithGroup(1, g => g with { Parent = SecurityGroup })).Diagnostics[0].Message.Should().Be("working-group:tcg-security names itself in 'parent'.");
    }

    [Fact]
    public void A_parent_must_be_a_working_group_of_the_record()
    {
        Found(WithGroup(1, g => g with { Parent = new WorkingGroupId("tcg-missing") })).Should().Equal($"{DiagnosticCodes.UnresolvedReference} at $['workingGroups'][1]['parent']");
        Found(WithGroup(1, g => g with { Parent = new WorkingGroupId(Tcg.Value) })).Should().Equal($"{DiagnosticCodes.WrongKindReference} at $['workingGroups'][1]['parent']");
    }

    [Fact]
    public void NM5006_a_format_that_is_not_a_negotiating_format_is_a_warning_naming_the_actors_kind()
    {
        var diagnostic = RecordValidator.Default.Validate(WithGroup(1, g => g with { Format = Osce })).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(DiagnosticCodes.FormatNotNegotiatingFormat);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().StartWith("Working group 'tcg-security' works within 'osce', an actor of kind organisation, not a negotiating format");
        diagnostic.Path.ToString().Should().Be("$['workingGroups'][1]['format']");
        diagnostic.RelatedIds.Should().Equal(EntityReference.To(SecurityGroup), EntityReference.To(Osce));

        Found(WithGroup(1, g => g with { Format = new ActorId("minsk-group") })).Should().Equal($"{DiagnosticCodes.UnresolvedReference} at $['workingGroups'][1]['format']");
    }

    [Fact]
    public void Whom_members_and_signatories_act_for_must_be_actors_of_the_record()
    {
        var record = WithGroup(1, g => g with { Members = [g.Members[0] with { OnBehalfOf = new ActorId("dnr") }] }) with
        {
            Proposals = [Record().Proposals[0] with { Signatories = [new Signatory(new ActorId("zakharchenko")) { OnBehalfOf = Ukraine, Event = new NegotiationEventId("minsk-summit") }] }],
        };

        Found(record).Should().BeEquivalentTo(
            $"{DiagnosticCodes.UnresolvedReference} at $['workingGroups'][1]['members'][0]['onBehalfOf']",
            $"{DiagnosticCodes.UnresolvedReference} at $['proposals'][0]['signatories'][0]['actor']",
            $"{DiagnosticCodes.UnresolvedReference} at $['proposals'][0]['signatories'][0]['event']");
    }
}
