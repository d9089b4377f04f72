using NegotiationModel.Actors;
using NegotiationModel.Guarantees;
using NegotiationModel.Mandates;
using NegotiationModel.Monitoring;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Samples;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Votes;
using NegotiationModel.WorkingGroups;
using static NegotiationModel.Samples.GoodFridayAgreementSample;

namespace NegotiationModel.Tests.Samples;

/// <summary>The Good Friday Agreement sample holds the facts issue 15 asks of it, in the places a user looks for them.</summary>
public sealed class GoodFridayAgreementSampleTest
{
    private static readonly NegotiationRecord Record = NegotiationJson.Deserialize(File.ReadAllBytes(SampleFiles.GoodFridayAgreement));

    [Fact]
    public void Mitchell_chairs_the_plenary_after_the_governments_moved_him_there_from_Strand_Two()
    {
        var arrangements = Record.Find(ProposalIds.ChairingArrangements)!;

        Record.Find(WorkingGroupIds.Plenary)!.Members.Should().ContainSingle(m => m.Role == WorkingGroupRole.Chair).Which.Actor.Should().Be(ActorIds.Mitchell);
        arrangements.Versions.Select(v => v.Provisions.Single(p => p.Id == ProvisionIds.MitchellRole).Title[0].Text)
            .Should().Equal("Mitchell for Strand Two", "Mitchell for the plenary");
        arrangements.StatusHistory.Select(s => s.Status).Should().Equal(ProposalStatus.Drafted, ProposalStatus.Tabled, ProposalStatus.Accepted);
        Record.Positions.Where(p => p.Subject == EntityReference.To(ProposalIds.ChairingArrangements)).Select(p => (p.Holder, p.Stance))
            .Should().Equal((ActorIds.Dup, Stance.Opposes), (ActorIds.Uup, Stance.Supports));
    }

    [Fact]
    public void The_independent_chairmen_are_third_parties_who_mediate_and_the_governments_guarantee_the_implementation_not_the_talks()
    {
        var chairmen = Record.WorkingGroups.SelectMany(g => g.Members).Where(m => m.Role is WorkingGroupRole.Chair or WorkingGroupRole.CoChair).ToList();

        chairmen.Select(m => m.Actor).Should().BeEquivalentTo([ActorIds.Mitchell, ActorIds.Holkeri, ActorIds.DeChastelain]);
        chairmen.Should().OnlyContain(m => m.ImpliedThirdPartyRole() == ThirdPartyRole.Mediator);
        Record.Find(EventIds.MitchellTakesChair)!.Participants.Should().OnlyContain(p => p.ImpliedThirdPartyRole() == ThirdPartyRole.Mediator);
        Record.Guarantees.Should().OnlyContain(g => g.Kind == GuaranteeKind.Implementation, "no source of the sample calls the governments guarantors of the talks");
    }

    [Fact]
    public void The_two_referendums_were_held_on_one_day_in_two_jurisdictions_on_different_questions()
    {
        var north = Record.Find(EventIds.ReferendumNorth)!;
        var south = Record.Find(EventIds.ReferendumSouth)!;
        var context = Record.TimeContext();

        (north.Place!.TimeZone, south.Place!.TimeZone).Should().Be(("Europe/London", "Europe/Dublin"));
        var (southPoll, northDay) = (south.When!.Resolve(context), north.When!.Resolve(context));
        TimeWindow.Compare(southPoll, northDay).Should().Be(TemporalRelation.PossiblyConcurrent);
        (southPoll.Earliest >= northDay.Earliest && southPoll.Latest <= northDay.Latest).Should().BeTrue("Ireland's polling hours lie within the Northern Ireland polling day");
        var questions = Record.Find(ProposalIds.Agreement)!.Versions[0].Provisions.OfType<ReferendumProvision>().Select(r => r.Question[0].Text).ToList();
        questions.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        questions[0].Should().Contain("Command Paper 3883");
    }

    [Fact]
    public void The_two_governments_are_co_guarantors_and_by_a_newspapers_account_fund_the_independent_decommissioning_commission()
    {
        var coGuarantee = Record.Find(GuaranteeIds.BritishIrishAgreement)!;
        var verification = Record.MonitoringMissions.Should().ContainSingle().Subject;

        coGuarantee.Guarantors.Should().Equal(ActorIds.UnitedKingdom, ActorIds.Ireland);
        verification.ConductedBy.Should().Equal(ActorIds.Iicd);
        verification.MandatedBy.Should().Equal(ProvisionIds.Decommissioning);
        verification.Funding.Select(f => (f.Funder, f.Kind)).Should().Equal((ActorIds.UnitedKingdom, FundingClaimKind.Provided), (ActorIds.Ireland, FundingClaimKind.Provided));
        verification.Funding.Should().OnlyContain(f => f.ClaimedBy.Items.SequenceEqual(new[] { ActorIds.IrishTimes }));
        Record.Find(EventIds.IicdEstablished)!.When!.ToString().Should().Be("1997-08-26");
    }

    [Fact]
    public void The_three_strands_are_both_negotiating_tracks_and_provisions_of_the_agreement()
    {
        Record.WorkingGroups.Select(g => g.Names[0].Text).Should().Equal("Plenary of the multi-party talks", "Strand One", "Strand Two", "Strand Three");
        Record.Find(WorkingGroupIds.StrandTwo)!.Members.Where(m => m.Role == WorkingGroupRole.CoChair).Select(m => m.Actor).Should().Equal(ActorIds.Holkeri, ActorIds.DeChastelain);
        Record.Find(ProposalIds.Agreement)!.Versions[0].Provisions.Select(p => p.Id).Should().StartWith([ProvisionIds.StrandOne, ProvisionIds.StrandTwo, ProvisionIds.StrandThree]);
    }

    [Fact]
    public void Prisoner_release_and_policing_reform_follow_the_agreement_with_their_own_dated_steps()
    {
        var agreement = Record.Find(EventIds.AgreementReached)!.When!.Resolve(Record.TimeContext());

        TimeWindow.Compare(Record.Find(EventIds.SentencesAct)!.When!.Resolve(Record.TimeContext()), agreement).Should().Be(TemporalRelation.DefinitelyAfter);
        TimeWindow.Compare(Record.Find(EventIds.PattenReport)!.When!.Resolve(Record.TimeContext()), agreement).Should().Be(TemporalRelation.DefinitelyAfter);
        Record.Find(ProvisionIds.Prisoners)!.Conditions.Should().ContainSingle();
        Record.Find(ProvisionIds.Policing)!.Citations.Select(c => c.Source).Should().Contain(SourceIds.PattenStatement);
    }

    [Fact]
    public void Commentators_judgements_are_assessments_of_the_newspaper_not_facts()
    {
        Record.Assessments.Should().HaveCount(2).And.OnlyContain(a => a.Authors.Items.SequenceEqual(new[] { ActorIds.IrishTimes }));
    }

    [Fact]
    public void The_two_referendums_are_votes_on_the_agreement_with_each_sources_results_side_by_side()
    {
        var north = Record.Find(VoteIds.ReferendumNorth)!;
        var south = Record.Find(VoteIds.ReferendumSouth)!;

        (north.Proposal, south.Proposal).Should().Be((ProposalIds.Agreement, ProposalIds.Agreement));
        (north.Territory, south.Territory).Should().Be((TerritoryIds.NorthernIreland, TerritoryIds.Ireland));
        north.Question[0].Text.Should().Contain("Command Paper 3883");
        north.Results.Select(r => (r.Turnout, r.Citations[0].Source)).Should().Equal((81.1, SourceIds.ArkReferendums), (80.98, SourceIds.CainReferendums), (81.1, SourceIds.WikipediaReferendumNorth));
        north.Results[0].Counts.Select(c => (c.Choice, c.Count, c.Share)).Should().Equal((VoteChoice.Yes, 676_966, 71.1), (VoteChoice.No, 274_879, 28.9));
        south.Results.Select(r => (r.Turnout, r.Citations[0].Source)).Should().Equal((56.26, SourceIds.ReferendumIe), (55.6, SourceIds.ArkReferendums));
        (south.Results[0].Eligible, south.Results[0].Cast).Should().Be((2_747_088, 1_545_395));
        Record.Votes.SelectMany(v => v.Results).Should().OnlyContain(r => !r.Citations.IsEmpty, "every figure is attributed to a source");
    }

    [Fact]
    public void The_agreement_was_signed_ratified_through_each_referendum_and_entered_into_force()
    {
        var history = Record.Find(ProposalIds.Agreement)!.StatusHistory;

        history.Select(c => c.Status).Should().Equal(ProposalStatus.Accepted, ProposalStatus.Signed, ProposalStatus.Ratified, ProposalStatus.Ratified, ProposalStatus.InForce);
        history.Where(c => c.Status == ProposalStatus.Ratified).Select(c => c.Cause).Should().Equal(EntityReference.To(VoteIds.ReferendumNorth), EntityReference.To(VoteIds.ReferendumSouth));
        history[^1].When.ToString().Should().Be("1999-12-02");
        history.Should().OnlyContain(c => !c.Citations.IsEmpty);
        Timeline.Build(Record).Entries.Where(e => e.Kind == TimelineEntryKind.StatusChange && e.Subject == EntityReference.To(ProposalIds.Agreement))
            .Select(e => e.Label).Should().Contain("The Belfast Agreement (Good Friday Agreement) — ratified (through Referendum in Northern Ireland on the agreement)");
    }

    [Fact]
    public void The_decommissioning_commission_holds_its_mandate_from_the_two_governments_by_their_agreement_of_26_August_1997()
    {
        var mandate = Record.Mandates.Should().ContainSingle().Subject;

        mandate.Holder.Should().Be(EntityReference.To(ActorIds.Iicd));
        mandate.GrantedBy.Should().Equal(ActorIds.UnitedKingdom, ActorIds.Ireland);
        mandate.Instrument.Should().Be(SourceIds.IicdAgreement);
        mandate.TermStart!.ToString().Should().Be("1997-08-26");
        mandate.Tasks.Should().HaveCount(2);
        Record.MonitoringMissions.Single().ConductedBy.Should().Equal(ActorIds.Iicd);
        Timeline.Build(Record).Entries.Should().ContainSingle(e => e.Kind == TimelineEntryKind.Mandate).Which.Detail.Should().Be("start");
    }
}
