using CsCheck;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using NegotiationModel.Votes;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Votes;

public sealed class VoteTest
{
    [Fact]
    public void The_documented_colombian_votes_validate_without_a_diagnostic_and_round_trip()
    {
        var record = ColombiaVotes.Record();

        Validate(record).Diagnostics.Should().BeEmpty();
        var json = NegotiationJson.Serialize(record);
        NegotiationJson.Deserialize(json).Should().Be(record);
        NegotiationJson.Serialize(NegotiationJson.Deserialize(json)).Should().Be(json);
        json.Should().Contain("\"choice\": \"walked-out\"").And.Contain("\"of\": \"eligible\"").And.Contain("\"binding\": true")
            .And.Contain("\"status\": \"ratified\"")
            .And.Contain("\"id\": \"colombia-plebiscite-2016\"").And.Contain("\"organisationKind\": \"electoral-authority\"");
    }

    [Fact]
    public void A_vote_that_is_not_binding_keeps_false_apart_from_unknown()
    {
        var advisory = new Vote(new VoteId("advisory"), VoteKind.Referendum) { Binding = false };
        var record = new NegotiationRecord("r") { Votes = [advisory, new Vote(new VoteId("unknown"), VoteKind.Referendum)] };

        var read = NegotiationJson.Deserialize(NegotiationJson.Serialize(record));

        read.Votes[0].Binding.Should().BeFalse();
        read.Votes[1].Binding.Should().BeNull();
    }

    [Fact]
    public void Votes_appear_on_the_timeline_and_status_changes_say_who_made_them_and_through_what()
    {
        var timeline = Timeline.Build(ColombiaVotes.Record());

        var plebiscite = timeline.Entries.Single(e => e.Id == "vote:colombia-plebiscite-2016");
        plebiscite.Kind.Should().Be(TimelineEntryKind.Vote);
        plebiscite.Label.Should().Be("Plebiscite on the final agreement");
        plebiscite.Detail.Should().Be("plebiscite");
        plebiscite.Actors.Should().Contain(new ActorId("registraduria"));

        timeline.Entries.Single(e => e.Id == "proposal:final-agreement-2016-08#status-3").Label
            .Should().Be("Final agreement (Cartagena) — rejected (through Plebiscite on the final agreement)");
        var ratified = timeline.Entries.Single(e => e.Id == "proposal:final-agreement-2016-11#status-2");
        ratified.Label.Should().Be("Final agreement (Teatro Colón) — ratified by Congress of Colombia (through House vote on the revised agreement)");
        ratified.Actors.Should().Contain(ColombiaVotes.Congress);
        timeline.Query(actor: new ActorId("senate-of-colombia")).Select(e => e.Id).Should().Equal("vote:senate-2016-11-29");
    }

    [Fact]
    public void References_of_votes_and_causes_resolve_or_are_reported_where_they_are()
    {
        var clean = ColombiaVotes.Record();
        var record = clean with
        {
            Votes = clean.Votes.Replace(0, v => v with { Proposal = new ProposalId("no-such-agreement"), Body = new ActorId("no-such-body") }),
            Proposals = clean.Proposals.Replace(0, p => p with
            {
                StatusHistory = p.StatusHistory.Replace(2, c => c with { Cause = EntityReference.To(new VoteId("no-such-vote")), Actors = [new ActorId("no-such-actor")] }),
            }),
        };

        Found(record).Should().BeEquivalentTo(
            "NM1002 at $['votes'][0]['body']",
            "NM1002 at $['votes'][0]['proposal']",
            "NM1002 at $['proposals'][0]['statusHistory'][2]['actors'][0]",
            "NM1002 at $['proposals'][0]['statusHistory'][2]['cause']");
    }

    [Fact]
    public void Counts_are_never_negative_and_shares_lie_between_0_and_100_in_the_model_and_in_json()
    {
        FluentActions.Invoking(() => new VoteCount(VoteChoice.Yes) { Count = -1 }).Should().Throw<ArgumentOutOfRangeException>().WithMessage("A count of votes cannot be negative*");
        FluentActions.Invoking(() => new VoteCount(VoteChoice.Yes) { Share = 100.5 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new VoteResult { Turnout = -0.1 }).Should().Throw<ArgumentOutOfRangeException>();

        var json = NegotiationJson.Serialize(ColombiaVotes.Record()).Replace("\"count\": 75", "\"count\": -75", StringComparison.Ordinal);
        FluentActions.Invoking(() => NegotiationJson.Deserialize(json)).Should().Throw<NegotiationJsonException>()
            .Which.Path!.ToString().Should().Be("$['votes'][1]['results'][0]['counts'][0]['count']");
    }

    [Fact]
    public void Shares_rounded_or_truncated_as_sources_give_them_agree_with_their_counts()
    {
        Gen.Select(Gen.Int[0, 20_000_000], Gen.Int[0, 20_000_000], Gen.Int[0, 3], Gen.Bool).Where(t => t.Item1 + t.Item2 > 0).Sample((yes, no, decimals, truncate) =>
        {
            var valid = yes + no;
            double Written(int part)
            {
                var exact = 100.0 * part / valid;
                var scale = Math.Pow(10, decimals);
                return truncate ? Math.Floor(exact * scale) / scale : Math.Round(exact, decimals);
            }

            var result = new VoteResult { Counts = [new VoteCount(VoteChoice.Yes) { Count = yes, Share = Written(yes) }, new VoteCount(VoteChoice.No) { Count = no, Share = Written(no) }] };
            Figures(result).Should().BeEmpty();
        });
    }

    [Fact]
    public void A_share_two_units_off_its_last_decimal_place_is_reported_at_the_share()
    {
        Gen.Select(Gen.Int[1, 20_000_000], Gen.Int[1, 20_000_000], Gen.Int[0, 2]).Sample((yes, no, decimals) =>
        {
            var exact = Math.Round(100.0 * yes / (yes + no), decimals);
            var off = Math.Round(exact + (2.5 * Math.Pow(10, -decimals) * (exact > 50 ? -1 : 1)), decimals);
            if (Math.Round(off, decimals - 1 < 0 ? 0 : decimals - 1) == off && decimals > 0)
            {
                // A double keeps no trailing zero: 66.0 reads as 66, whose last place is a whole point.
                return;
            }

            var result = new VoteResult { Counts = [new VoteCount(VoteChoice.Yes) { Count = yes, Share = off }, new VoteCount(VoteChoice.No) { Count = no }] };

            Figures(result).Should().Equal("NM4006 at $['votes'][0]['results'][0]['counts'][0]['share']");
        });
    }

    [Fact]
    public void Turnouts_and_totals_that_exceed_their_whole_are_reported()
    {
        Figures(new VoteResult { Eligible = 1000, Cast = 400, Turnout = 37.43 }).Should().Equal("NM4006 at $['votes'][0]['results'][0]['turnout']");
        Figures(new VoteResult { Eligible = 1000, Cast = 1001 }).Should().Equal("NM4006 at $['votes'][0]['results'][0]['cast']");
        Figures(new VoteResult { Cast = 100, Valid = 101 }).Should().Equal("NM4006 at $['votes'][0]['results'][0]['valid']");
        Figures(new VoteResult { Valid = 100, Counts = [new VoteCount(VoteChoice.Yes) { Count = 60 }, new VoteCount(VoteChoice.No) { Count = 41 }] })
            .Should().Equal("NM4006 at $['votes'][0]['results'][0]['valid']");
        Figures(new VoteResult { Cast = 200, Counts = [new VoteCount(VoteChoice.Blank) { Count = 20, Share = 10 }, new VoteCount(VoteChoice.Invalid) { Count = 20, Share = 20 }] })
            .Should().Equal("NM4006 at $['votes'][0]['results'][0]['counts'][1]['share']");
    }

    [Fact]
    public void The_message_names_the_vote_the_result_and_both_figures()
    {
        var result = new VoteResult { Valid = 12802081, Counts = [new VoteCount(VoteChoice.No) { Count = 6430170, Share = 52.22 }] };
        var record = new NegotiationRecord("r") { Votes = [new Vote(ColombiaVotes.Plebiscite, VoteKind.Plebiscite) { Results = [result] }] };

        Validate(record).Diagnostics.Single().ToString().Should().Be(
            "warning NM4006: Vote 'colombia-plebiscite-2016', result 1: the share of no is given as 52.22 %, but 6430170 of 12802081 valid votes is 50.23 %. Correct the figure that differs from the source, or record each source's figures as a result of their own. (at $['votes'][0]['results'][0]['counts'][0]['share'])");
    }

    private static IEnumerable<string> Figures(VoteResult result)
        => Found(new NegotiationRecord("r") { Votes = [new Vote(new VoteId("v"), VoteKind.Referendum) { Results = [result] }] });
}
