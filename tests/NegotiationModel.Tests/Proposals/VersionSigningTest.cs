using NegotiationModel.Comparison;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Proposals;

/// <summary>Versions with their own signing and status history; deadlines on proposals.</summary>
public sealed class VersionSigningTest
{
    [Fact]
    public void A_rejected_text_and_its_revision_are_versions_of_one_agreement_each_with_its_signing_and_history()
    {
        var final = HavanaTalks.Record().Find(HavanaTalks.FinalAgreement)!;

        final.FindVersion(1)!.StatusHistory.Select(c => c.Status).Should().Equal(ProposalStatus.Tabled, ProposalStatus.Signed, ProposalStatus.Rejected);
        final.FindVersion(2)!.StatusHistory.Select(c => c.Status).Should().Equal(ProposalStatus.Tabled, ProposalStatus.Signed, ProposalStatus.Ratified);
        final.FindVersion(2)!.Signatories[1].ToString().Should().Be("londono (on behalf of farc-ep)");
        final.FindVersion(2)!.Signatories[1].Capacity.Should().Equal(En("Commander of the FARC-EP"));
        var json = NegotiationJson.Serialize(HavanaTalks.Record());
        json.Should().Contain("\"signingEvent\": \"signing-teatro-colon\"").And.Contain("\"signingPlace\": {").And.Contain("\"capacity\": [");
    }

    [Fact]
    public void The_timeline_tells_each_versions_status_apart()
    {
        var timeline = Timeline.Build(HavanaTalks.Record());

        var rejected = timeline.Entries.Single(e => e.Id == "proposal:final-agreement#version-1#status-3");
        rejected.Kind.Should().Be(TimelineEntryKind.StatusChange);
        rejected.Label.Should().Be("Final Agreement for the Termination of the Conflict and the Construction of a Stable and Lasting Peace, version 1 (Havana text) — rejected (through Plebiscite on the final agreement)");
        timeline.Entries.Single(e => e.Id == "proposal:final-agreement#version-2#status-3").Detail.Should().Be("ratified");
        timeline.Entries.Should().Contain(e => e.Id == "proposal:final-agreement#status-3", "the agreement's own history stays on the timeline beside its versions'");
    }

    [Fact]
    public void Comparing_two_versions_reports_their_signing_and_status_before_their_provisions()
    {
        var final = HavanaTalks.Record().Find(HavanaTalks.FinalAgreement)!;
        var provisionsOnly = final with { Versions = [.. final.Versions.Select(v => v with { Label = null, When = null })] };

        var changes = ProposalVersionComparison.Compare(final, 1, 2);

        changes.Should().ContainSingle();
        changes[0].ToString().Should().Be("~ proposal:final-agreement (version 2 (Teatro Colón text)): signingEvent, signingPlace, statusHistory");
        ProposalVersionComparison.Compare(final, 2, 2).Should().BeEmpty("a version compared with itself has no change of signing or status");
        var resigned = final with { Versions = final.Versions.Replace(1, v => v with { Signatories = v.Signatories.RemoveAt(1), SigningEvent = HavanaTalks.Cartagena, SigningPlace = final.Versions[0].SigningPlace, StatusHistory = final.Versions[0].StatusHistory }) };
        ProposalVersionComparison.Compare(resigned, 1, 2).Single().Members.Should().Equal("signatories");
        ProposalVersionComparison.Compare(provisionsOnly with { Versions = provisionsOnly.Versions.Replace(1, v => v with { SigningEvent = null }) }, 1, 2)
            .Single().Members.Should().Equal("signingEvent", "signingPlace", "statusHistory");
    }

    [Fact]
    public void A_version_history_that_makes_no_sense_and_a_signing_event_the_record_does_not_hold_are_reported_where_they_are()
    {
        var record = HavanaTalks.Record();
        var broken = record with
        {
            Proposals = record.Proposals.Replace(5, p => p with
            {
                Versions = p.Versions
                    .Replace(0, v => v with { SigningEvent = new NegotiationEventId("no-such-signing"), Signatories = v.Signatories.Replace(0, s => s with { Actor = new ActorId("no-such-person") }) })
                    .Replace(1, v => v with { StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Drafted, W("2016-11-12")), new StatusChange<ProposalStatus>(ProposalStatus.Ratified, W("2016-11-30")), new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W("2016-11-01"))] }),
            }),
        };

        Found(broken).Should().BeEquivalentTo(
            $"{DiagnosticCodes.UnresolvedReference} at $['proposals'][5]['versions'][0]['signatories'][0]['actor']",
            $"{DiagnosticCodes.UnresolvedReference} at $['proposals'][5]['versions'][0]['signingEvent']",
            $"{DiagnosticCodes.IllegalStatusTransition} at $['proposals'][5]['versions'][1]['statusHistory'][1]['status']",
            $"{DiagnosticCodes.StatusOutOfOrder} at $['proposals'][5]['versions'][1]['statusHistory'][2]['when']");
    }

    [Fact]
    public void A_proposal_deadline_is_on_the_timeline()
    {
        var record = HavanaTalks.Record();
        record = record with
        {
            Proposals = record.Proposals.Replace(5, p => p with { Deadlines = [new Deadline(W("2016-03-23[America/Havana]")) { What = [En("Final agreement signed")] }] }),
        };

        var deadline = Timeline.Build(record).Entries.Single(e => e.Kind == TimelineEntryKind.Deadline);

        deadline.Id.Should().Be("proposal:final-agreement#deadline-1");
        deadline.Label.Should().EndWith("— deadline: Final agreement signed");
        Validate(record).Diagnostics.Should().BeEmpty();
    }
}
