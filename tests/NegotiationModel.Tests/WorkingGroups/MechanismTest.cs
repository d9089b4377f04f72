using NegotiationModel.Identifiers;
using NegotiationModel.Monitoring;
using NegotiationModel.Serialization;
using NegotiationModel.Validation;
using NegotiationModel.WorkingGroups;
using NegotiationModel.Tests.Actors;
using static NegotiationModel.Tests.Actors.ColombiaThirdParties;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.WorkingGroups;

public sealed class MechanismTest
{
    [Fact]
    public void The_guarantee_and_the_mission_name_one_body_with_its_members_and_competences()
    {
        var record = Record();
        var mission = record.Find(ColombiaThirdParties.Monitoring)!;
        var guarantee = record.Find(CeasefireVerification)!;

        guarantee.Mechanism.Should().Be(mission.Mechanism);
        var mechanism = record.Find(mission.Mechanism!.Value)!;
        mechanism.Kind.Should().Be(WorkingGroupKind.Mechanism);
        mechanism.Members.Select(m => m.ToString()).Should().Equal("united-nations (Chair)", "colombia-government (Member)", "farc-ep (Member)");
        mechanism.Competences.Should().HaveCount(3);
        record.Involving(UnitedNations).Should().Contain(mechanism);
    }

    [Fact]
    public void A_mechanism_is_written_as_a_working_group_of_kind_mechanism_and_named_by_identifier()
    {
        var json = NegotiationJson.Serialize(Record());

        json.Should().Contain("\"kind\": \"mechanism\"").And.Contain("\"competences\": [").And.Contain("\"mechanism\": \"mmv\"");
        JsonRoundTrip.Read<MonitoringMission>(JsonRoundTrip.Write(Record().MonitoringMissions[0])).Should().Be(Record().MonitoringMissions[0]);
    }

    [Fact]
    public void A_working_group_without_a_kind_is_a_negotiating_group_as_in_format_1_0()
    {
        var group = new WorkingGroup(Security, [new LocalizedName("Security", "en")]);

        group.Kind.Should().BeNull();
        System.Text.Json.JsonDocument.Parse(JsonRoundTrip.Write(group)).RootElement.TryGetProperty("kind", out _).Should().BeFalse();
        FluentActions.Invoking(() => group with { Kind = (WorkingGroupKind)4 }).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void A_mission_conducted_by_an_actor_outside_its_mechanism_is_two_copies_drifting_apart()
    {
        var record = Record() with { MonitoringMissions = [Record().MonitoringMissions[0] with { ConductedBy = [UnitedNations, Cuba] }] };

        var found = Validate(record).Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.MechanismMismatch).Which;
        found.Severity.Should().Be(DiagnosticSeverity.Warning);
        found.Path.ToString().Should().Be("$['monitoringMissions'][0]['conductedBy'][1]");
        found.Message.Should().Contain("'cuba', which is not a member of its mechanism 'mmv'");
    }

    [Fact]
    public void A_negotiating_group_named_as_a_mechanism_is_reported_for_the_mission_and_the_guarantee()
    {
        var record = Record() with
        {
            MonitoringMissions = [Record().MonitoringMissions[0] with { Mechanism = Table, ConductedBy = [] }],
            Guarantees = [Record().Guarantees[0], Record().Guarantees[1] with { Mechanism = Table }],
        };

        Found(record).Where(f => f.StartsWith(DiagnosticCodes.MechanismMismatch, StringComparison.Ordinal)).Should().Equal(
            "NM5011 at $['monitoringMissions'][0]['mechanism']",
            "NM5011 at $['guarantees'][1]['mechanism']");
    }

    [Fact]
    public void A_mechanism_the_record_does_not_hold_is_an_unresolved_reference()
    {
        var record = Record() with { Guarantees = [Record().Guarantees[0], Record().Guarantees[1] with { Mechanism = new WorkingGroupId("csivi") }] };

        Found(record).Should().Contain("NM1002 at $['guarantees'][1]['mechanism']");
    }
}
