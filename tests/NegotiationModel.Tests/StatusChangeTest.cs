using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Validation;
using NegotiationModel.Votes;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests;

/// <summary>Status changes that name who made them and what caused them, and the histories that make sense or do not (NM2005, NM2013).</summary>
public sealed class StatusChangeTest
{
    private static readonly ProposalId Agreement = new("agreement");

    [Fact]
    public void Accepted_then_rejected_then_under_negotiation_again_is_a_real_story()
    {
        Reported(History(ProposalStatus.Tabled, ProposalStatus.Accepted, ProposalStatus.Rejected, ProposalStatus.UnderNegotiation, ProposalStatus.Accepted)).Should().BeEmpty();
    }

    [Fact]
    public void Life_after_signature_follows_signing_and_entry_into_force()
    {
        Reported(History(ProposalStatus.Tabled, ProposalStatus.Signed, ProposalStatus.Ratified, ProposalStatus.InForce, ProposalStatus.Suspended, ProposalStatus.InForce, ProposalStatus.Terminated))
            .Should().BeEmpty();
        Reported(History(ProposalStatus.InForce, ProposalStatus.Terminated)).Should().BeEmpty("a history first known in force was signed before it began");
        Reported(History(ProposalStatus.Tabled, ProposalStatus.Ratified, ProposalStatus.Suspended)).Should().Equal(
            "NM2005 at $['proposals'][0]['statusHistory'][1]['status']: proposal:agreement is ratified before it was ever signed (status 2 of its history, which begins at tabled).",
            "NM2005 at $['proposals'][0]['statusHistory'][2]['status']: proposal:agreement is suspended before it was ever in force (status 3 of its history, which begins at tabled).");
    }

    [Fact]
    public void A_status_repeated_with_nothing_that_tells_it_apart_is_reported_once_per_repeat()
    {
        Reported(History(ProposalStatus.Tabled, ProposalStatus.Accepted, ProposalStatus.Accepted, ProposalStatus.Accepted)).Should().Equal(
            "NM2013 at $['proposals'][0]['statusHistory'][2]['status']: proposal:agreement is accepted again (status 3 of its history) with nothing that tells it from status 2: no cause and no actors. Record one change citing both sources, or name who made each change ('actors') or what caused it ('cause').",
            "NM2013 at $['proposals'][0]['statusHistory'][3]['status']: proposal:agreement is accepted again (status 4 of its history) with nothing that tells it from status 3: no cause and no actors. Record one change citing both sources, or name who made each change ('actors') or what caused it ('cause').");
    }

    [Fact]
    public void A_repeat_with_other_actors_or_a_cause_is_the_next_step_not_a_duplicate()
    {
        var government = new ActorId("government");
        var farc = new ActorId("farc");
        var byGovernment = Change(ProposalStatus.Accepted) with { Actors = [government] };

        Reported([Change(ProposalStatus.Tabled), byGovernment, Change(ProposalStatus.Accepted) with { Actors = [farc] }]).Should().BeEmpty();
        Reported([Change(ProposalStatus.Tabled), byGovernment, Change(ProposalStatus.Accepted) with { Actors = [government], Cause = EntityReference.To(new NegotiationEventId("signing")) }]).Should().BeEmpty();
        Reported([Change(ProposalStatus.Tabled), byGovernment, Change(ProposalStatus.Accepted) with { Actors = [government] }])
            .Should().ContainSingle().Which.Should().Contain("NM2013").And.Contain("the same actors (government)");
    }

    [Fact]
    public void Actors_and_cause_round_trip_and_a_1_0_change_without_them_reads_as_before()
    {
        var change = Change(ProposalStatus.Rejected) with { Actors = [new ActorId("farc")], Cause = EntityReference.To(new VoteId("plebiscite")) };
        var record = Record([change]);

        var json = NegotiationJson.Serialize(record);
        json.Should().Contain("\"actors\": [").And.Contain("\"cause\": {").And.Contain("\"kind\": \"vote\"");
        NegotiationJson.Deserialize(json).Should().Be(record);

        var plain = NegotiationJson.Deserialize(NegotiationJson.Serialize(Record([Change(ProposalStatus.Tabled)]))).Proposals[0].StatusHistory[0];
        plain.Actors.Should().BeEmpty();
        plain.Cause.Should().BeNull();
    }

    [Fact]
    public void A_default_cause_is_refused_at_construction()
    {
        FluentActions.Invoking(() => Change(ProposalStatus.Rejected) with { Cause = default(EntityReference) }).Should().Throw<ArgumentException>().WithParameterName("Cause");
    }

    private static StatusChange<ProposalStatus> Change(ProposalStatus status) => new(status, W("2016-10"));

    private static ValueList<StatusChange<ProposalStatus>> History(params ProposalStatus[] statuses) => [.. statuses.Select(Change)];

    private static NegotiationRecord Record(ValueList<StatusChange<ProposalStatus>> history) => new("r")
    {
        Actors =
        [
            new Actor(new ActorId("government"), ActorKind.State, [new LocalizedName("Government", "en")]),
            new Actor(new ActorId("farc"), ActorKind.Faction, [new LocalizedName("FARC", "en")]),
        ],
        Events = [new NegotiationEvent(new NegotiationEventId("signing"), EventKind.Signing, [En("Signing")])],
        Votes = [new Vote(new VoteId("plebiscite"), VoteKind.Plebiscite)],
        Proposals = [new Proposal(Agreement, ProposalKind.DraftAgreement, [En("Agreement")]) { StatusHistory = history }],
    };

    private static IEnumerable<string> Reported(ValueList<StatusChange<ProposalStatus>> history)
        => Validate(Record(history)).Diagnostics.Select(d => $"{d.Code} at {d.Path}: {d.Message}");
}
