using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Samples;
using NegotiationModel.Serialization;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.WorkingGroups;
using NodaTime;
using static NegotiationModel.Samples.MinskIISample;

namespace NegotiationModel.Tests.Samples;

/// <summary>The Minsk II sample holds the facts issue 15 asks of it, in the places a user looks for them.</summary>
public sealed class MinskIISampleTest
{
    private static readonly NegotiationRecord Record = NegotiationJson.Deserialize(File.ReadAllBytes(SampleFiles.MinskII));

    [Fact]
    public void The_summit_ran_overnight_in_Minsk_from_the_evening_of_11_February_and_the_package_was_signed_within_it()
    {
        var summit = Record.Find(EventIds.MinskSummit)!;
        var window = summit.When!.Resolve(Record.TimeContext());

        summit.Place!.TimeZone.Should().Be("Europe/Minsk");
        window.Earliest.Should().Be(Instant.FromUtc(2015, 2, 11, 15, 0), "18:00 in Minsk (UTC+3)");
        window.Latest.Should().Be(Instant.FromUtc(2015, 2, 12, 21, 0), "the end of 12 February in Minsk");
        Record.Find(EventIds.PackageSigning)!.Parent.Should().Be(EventIds.MinskSummit);
    }

    [Fact]
    public void The_package_holds_its_thirteen_points_in_order_as_typed_provisions()
    {
        var provisions = Record.Find(ProposalIds.Package)!.Versions.Single().Provisions;
        provisions.Select(p => p.Number).Distinct().Should().Equal(Enumerable.Range(1, 13).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        provisions.Should().OnlyContain(p => !p.Title.IsEmpty);
        provisions.Should().NotContain(p => p is OtherProvision && ((OtherProvision)p).PaxCategory == null, "every point has a kind or a PA-X category");
        provisions[0].Should().BeOfType<CeasefireProvision>();
        provisions.OfType<ElectionsProvision>().Select(p => p.Id).Should().Equal(ProvisionIds.Point4, ProvisionIds.Point12);
        provisions.OfType<PrisonerExchangeProvision>().Should().ContainSingle().Which.Id.Should().Be(ProvisionIds.Point6);
    }

    [Fact]
    public void The_heavy_weapons_zones_are_50_70_and_140_km_measured_from_each_sides_line()
    {
        var zones = new[] { ProvisionIds.Point2, ProvisionIds.Point2Rocket, ProvisionIds.Point2LongRange }.Select(id => (WeaponsLimitsProvision)Record.Find(id)!).ToList();

        zones.Select(z => z.Distance).Should().Equal(new Quantity(50, "km") { Comparator = QuantityComparator.AtLeast }, new Quantity(70, "km"), new Quantity(140, "km"));
        zones[0].Calibre.Should().Be(new Quantity(100, "mm") { Comparator = QuantityComparator.AtLeast });
        zones.Should().OnlyContain(z => z.Number == "2" && z.AppliesTo.Items.SequenceEqual(new[] { ActorIds.UkrainianArmedForces, ActorIds.ArmedFormations }));
        Record.Lines.Select(l => l.Id).Should().Equal(LineIds.DeFactoLine, LineIds.MemorandumLine);
    }

    [Fact]
    public void OSCE_monitoring_is_mandated_by_points_3_and_10_uses_satellites_drones_and_radar_and_leaves_its_funding_open()
    {
        var monitoring = Record.MonitoringMissions.Should().ContainSingle().Subject;

        monitoring.ConductedBy.Should().Equal(ActorIds.OsceSmm);
        monitoring.MandatedBy.Should().Contain([ProvisionIds.Point3, ProvisionIds.Point10]);
        monitoring.Methods.Should().Contain([NegotiationModel.Proposals.MonitoringMethod.Satellite, NegotiationModel.Proposals.MonitoringMethod.Drones, NegotiationModel.Proposals.MonitoringMethod.Radar]);
        monitoring.Funding.Should().BeEmpty();
        Record.Find(ActorIds.OsceSmm)!.Parent.Should().Be(ActorIds.Osce);
    }

    [Fact]
    public void The_ceasefire_takes_effect_at_midnight_Kyiv_time_and_the_withdrawal_is_due_within_16_days_of_it()
    {
        var context = Record.TimeContext();
        var ceasefire = Record.Find(ProvisionIds.Point1)!;
        var withdrawal = Record.Find(ProvisionIds.Point2)!;

        ceasefire.Effective!.Resolve(context).Earliest.Should().Be(Instant.FromUtc(2015, 2, 14, 22, 0));
        withdrawal.Deadlines.Should().ContainSingle().Which.Due.Resolve(context).Latest.Should().Be(Instant.FromUtc(2015, 3, 2, 22, 1), "16 days after the end of the stated minute");
    }

    [Fact]
    public void The_four_working_groups_were_planned_in_February_and_met_by_June_the_security_group_by_December()
    {
        WorkingGroup[] groups = [.. new[] { WorkingGroupIds.Security, WorkingGroupIds.Political, WorkingGroupIds.Humanitarian, WorkingGroupIds.Economic }.Select(id => Record.Find(id)!)];

        groups.Select(g => (g.StatusHistory[0].Status, g.StatusHistory[g.StatusHistory.Count - 1].Status)).Should().AllBeEquivalentTo((WorkingGroupStatus.Proposed, WorkingGroupStatus.Active));
        groups.Select(g => g.StatusHistory[g.StatusHistory.Count - 1].When.ToString()).Should().Equal(
            "2015-12-08[Europe/Minsk]!", "2015-06-23[Europe/Minsk]", "2015-06-23[Europe/Minsk]", "2015-06-23[Europe/Minsk]");
        groups.Select(g => g.Members.Select(m => m.Actor)).Should().AllSatisfy(members => members.Should().Equal(ActorIds.Ukraine, ActorIds.Russia, ActorIds.Osce));
        groups.Should().OnlyContain(g => g.Parent == WorkingGroupIds.ContactGroup && g.Format == ActorIds.ContactGroup);
    }

    [Fact]
    public void Frances_support_for_the_working_groups_becomes_conditional_on_2_March()
    {
        var history = Record.PositionHistory(ActorIds.France, EntityReference.To(ProvisionIds.Point13));

        history.Positions.Select(p => p.Stance).Should().Equal(Stance.Supports, Stance.Conditional);
        history.Shifts.Should().ContainSingle();
        Record.Find(StatementIds.ElyseeWorkingGroups)!.Citations.Should().ContainSingle().Which.Quote.Should().NotBeNull();
    }

    [Fact]
    public void The_analysts_reading_is_an_assessment_by_its_author_resting_on_a_commentary_and_never_evidence_of_a_position()
    {
        var assessment = Record.Assessments.Should().ContainSingle().Subject;

        assessment.Authors.Should().Equal(ActorIds.Schlapfer);
        assessment.Citations.Select(c => Record.Find(c.Source)!.Kind).Should().Equal(SourceKind.Commentary);
        Record.Positions.SelectMany(p => p.Citations).Should().NotContain(c => c.Source == SourceIds.Schlapfer);
    }

    [Theory]
    [InlineData("poroshenko", "poroshenko")]
    [InlineData("Порошенко", "poroshenko")]
    [InlineData("dacic", "dacic")]
    [InlineData("SMM", "osce-smm")]
    public void Actors_are_found_by_a_word_of_their_name_in_any_script(string query, string id)
    {
        Record.FindActorsByName(query).Should().ContainSingle().Which.Id.Value.Should().Be(id);
    }

    [Fact]
    public void The_timeline_places_the_summit_before_the_resolution_and_the_working_groups_after_it()
    {
        var timeline = Timeline.Build(Record);
        int IndexOf(string id) => timeline.Entries.Items.IndexOf(timeline.Entries.Single(e => e.Id == id));

        IndexOf("event:normandy-summit-minsk-2015-02").Should().BeLessThan(IndexOf("event:unsc-adopts-resolution-2202"));
        IndexOf("event:unsc-adopts-resolution-2202").Should().BeLessThan(IndexOf("event:tcg-meeting-2015-06-23"));
    }
}
