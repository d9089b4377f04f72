using NegotiationModel.Identifiers;
using NegotiationModel.Monitoring;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Monitoring.MinskBodies;

namespace NegotiationModel.Tests.Monitoring;

public sealed class MonitoringMissionTest
{
    [Fact]
    public void A_mission_needs_an_identifier_and_a_name()
    {
        FluentActions.Invoking(() => new MonitoringMission(default, [new LocalizedName("SMM", "en")])).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
        FluentActions.Invoking(() => new MonitoringMission(Smm, [])).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Names");
        FluentActions.Invoking(() => Mission() with { Names = [] }).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Names");
    }

    [Fact]
    public void A_mission_may_be_recorded_before_anything_but_its_name_is_known()
    {
        var mission = new MonitoringMission(new MonitoringMissionId("dmz-monitors"), [new LocalizedName("Monitors of the demilitarised zone", "en")]);

        mission.ConductedBy.Should().BeEmpty();
        mission.Funding.Should().BeEmpty();
        mission.MandateStart.Should().BeNull();
        mission.ToString().Should().Be("dmz-monitors (Monitors of the demilitarised zone)");
    }

    [Fact]
    public void A_funding_claim_needs_a_funder_and_a_defined_kind()
    {
        FluentActions.Invoking(() => new FundingClaim(default, FundingClaimKind.Pledged)).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Funder");
        FluentActions.Invoking(() => new FundingClaim(Germany, (FundingClaimKind)0)).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
        FluentActions.Invoking(() => new FundingClaim(Germany, FundingClaimKind.Pledged) with { Kind = (FundingClaimKind)5 }).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
        new FundingClaim(Germany, FundingClaimKind.Declined).ToString().Should().Be("Declined: germany");
    }

    [Fact]
    public void Separately_built_equal_missions_are_equal_and_a_change_makes_them_unequal()
    {
        Mission().Should().Be(Mission());
        Mission().GetHashCode().Should().Be(Mission().GetHashCode());
        Mission().Should().NotBe(Mission() with { Methods = [MonitoringMethod.Patrols] });
        Mission().Should().NotBe(Mission() with { Funding = [Mission().Funding[0] with { Kind = FundingClaimKind.Provided }] });
    }

    [Fact]
    public void A_mission_round_trips_through_json_with_kebab_case_values()
    {
        var json = JsonRoundTrip.Write(Mission());

        JsonRoundTrip.Read<MonitoringMission>(json).Should().Be(Mission());
        json.Should().Contain("\"radar\"")
            .And.Contain("\"cameras\"")
            .And.Contain("\"status\": \"deployed\"")
            .And.Contain("\"kind\": \"pledged\"")
            .And.Contain("\"minsk-point-3\"")
            .And.Contain("\"mandateStart\": \"2014-03-21\"")
            .And.Contain("\"kind\": \"territory\"");
    }

    [Fact]
    public void A_record_with_missions_round_trips_and_writes_them_after_the_guarantees()
    {
        var record = Record();
        var json = NegotiationJson.Serialize(record);

        NegotiationJson.Deserialize(json).Should().Be(record);
        json.Should().Contain("\"monitoringMissions\": [");
        json.IndexOf("\"monitoringMissions\"", StringComparison.Ordinal).Should().BeGreaterThan(json.IndexOf("\"proposals\"", StringComparison.Ordinal))
            .And.BeLessThan(json.IndexOf("\"territories\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mission_is_an_entity_found_by_identifier_reference_and_name()
    {
        var record = Record();

        Mission().Reference.Should().Be(new EntityReference(EntityKind.MonitoringMission, "osce-smm"));
        Mission().Reference.ToString().Should().Be("monitoring-mission:osce-smm");
        record.Find(Smm).Should().Be(Mission());
        record.Find(new EntityReference(EntityKind.MonitoringMission, "osce-smm")).Should().Be(Mission());
        record.FindByName("smm").Should().ContainSingle().Which.Should().Be(Mission());
        record.FindByName("special monitoring mission").Should().ContainSingle().Which.Should().Be(Mission());
        record.Entities().OfType<MonitoringMission>().Should().ContainSingle();
    }

    [Fact]
    public void Replace_puts_an_edited_mission_in_its_place()
    {
        var edited = Mission() with { Notes = "Mandate renewed yearly by the Permanent Council" };

        Record().Replace(edited).MonitoringMissions.Should().Equal(edited);
    }

    [Fact]
    public void The_actors_a_mission_names_find_it()
    {
        var record = Record();

        record.Involving(Osce).Should().Contain(Mission());
        record.Involving(Germany).Should().Contain(Mission(), "a funding claim names Germany as the funder");
        record.Involving(Ukraine).Should().Contain(Mission(), "a funding claim names Ukraine as its claimant");
    }

    [Fact]
    public void The_minsk_record_validates_without_diagnostics()
    {
        RecordValidator.Default.Validate(Record()).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Every_reference_of_a_mission_is_checked()
    {
        var record = Record() with
        {
            MonitoringMissions =
            [
                Mission() with
                {
                    ConductedBy = [new ActorId("un")],
                    MandatedBy = [new ProvisionId("minsk-point-99")],
                    Monitors = [new EntityReference(EntityKind.NamedLine, "contact-line")],
                    Locations = [new Place { Territory = new TerritoryId("UA-09") }],
                    Funding = [new FundingClaim(new ActorId("eu"), FundingClaimKind.Proposed) { ClaimedBy = [Osce] }],
                },
            ],
        };

        RecordValidator.Default.Validate(record).Diagnostics.Select(d => $"{d.Code} at {d.Path}").Should().BeEquivalentTo(
            $"{DiagnosticCodes.UnresolvedReference} at $['monitoringMissions'][0]['conductedBy'][0]",
            $"{DiagnosticCodes.UnresolvedReference} at $['monitoringMissions'][0]['mandatedBy'][0]",
            $"{DiagnosticCodes.UnresolvedReference} at $['monitoringMissions'][0]['monitors'][0]",
            $"{DiagnosticCodes.UnresolvedReference} at $['monitoringMissions'][0]['locations'][0]['territory']",
            $"{DiagnosticCodes.UnresolvedReference} at $['monitoringMissions'][0]['funding'][0]['funder']");
    }

    [Fact]
    public void A_mandate_that_ends_before_it_starts_and_a_suspension_of_a_mission_never_deployed_are_errors()
    {
        var record = Record() with
        {
            MonitoringMissions =
            [
                Mission() with
                {
                    MandateEnd = W("2014-03-20"),
                    StatusHistory = [new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Mandated, W("2014-03-21")), new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Suspended, W("2014-04"))],
                },
            ],
        };

        RecordValidator.Default.Validate(record).Diagnostics.Select(d => $"{d.Code} at {d.Path}").Should().BeEquivalentTo(
            $"{DiagnosticCodes.EndBeforeStart} at $['monitoringMissions'][0]['mandateEnd']",
            $"{DiagnosticCodes.IllegalStatusTransition} at $['monitoringMissions'][0]['statusHistory'][1]['status']");
    }

    [Fact]
    public void The_timeline_shows_the_mandate_the_status_changes_and_the_dated_funding_claims()
    {
        var entries = Timeline.Build(Record()).Entries.Where(e => e.Subject == Mission().Reference).ToList();

        entries.Select(e => (e.Id, e.Kind, e.Label, e.Detail)).Should().BeEquivalentTo(
        [
            ("monitoring-mission:osce-smm#mandate-start", TimelineEntryKind.MonitoringMandate, "OSCE Special Monitoring Mission to Ukraine — mandate begins", "start"),
            ("monitoring-mission:osce-smm#mandate-end", TimelineEntryKind.MonitoringMandate, "OSCE Special Monitoring Mission to Ukraine — mandate ends", "end"),
            ("monitoring-mission:osce-smm#status-1", TimelineEntryKind.StatusChange, "OSCE Special Monitoring Mission to Ukraine — mandated", "mandated"),
            ("monitoring-mission:osce-smm#status-2", TimelineEntryKind.StatusChange, "OSCE Special Monitoring Mission to Ukraine — deployed", "deployed"),
            ("monitoring-mission:osce-smm#status-3", TimelineEntryKind.StatusChange, "OSCE Special Monitoring Mission to Ukraine — ended", "ended"),
            ((string, TimelineEntryKind, string, string?))("monitoring-mission:osce-smm#funding-1", TimelineEntryKind.FundingClaim, "OSCE Special Monitoring Mission to Ukraine — funding: Germany, pledged", "pledged"),
        ]);
        entries.Single(e => e.Kind == TimelineEntryKind.FundingClaim).Actors.Should().Equal(Germany);
        entries.Single(e => e.Id.EndsWith("#mandate-start", StringComparison.Ordinal)).Actors.Should().Contain(Osce);
    }

    [Fact]
    public void A_funding_claim_known_only_from_a_later_source_is_left_out_of_an_earlier_view()
    {
        var beforeTheReport = NodaTime.Instant.FromUtc(2015, 2, 15, 0, 0);

        var mission = Record().AsKnownAt(beforeTheReport).Find(Smm)!;

        mission.Funding.Should().ContainSingle().Which.Funder.Should().Be(Russia, "the pledge is cited only from a press release of 20 February");
    }
}
