using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Validation;
using NegotiationModel.WorkingGroups;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

public sealed class TimeRulesTest
{
    private static NegotiationRecord WithTrumpMembership(Func<Membership, Membership> change)
        => Clean() with { Actors = Clean().Actors.Replace(0, a => a with { Memberships = a.Memberships.Replace(0, change) }) };

    [Fact]
    public void NM2001_a_membership_that_ends_before_it_starts_is_reported_at_its_end()
    {
        var record = WithTrumpMembership(m => m with { Start = W("2025-01-20"), End = W("2025-01-19") });

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.EndBeforeStart);
        diagnostic.Path.ToString().Should().Be("$['actors'][0]['memberships'][0]['end']");
        diagnostic.Message.Should().StartWith("Membership 1 of actor 'trump'", "messages count from 1").And.Contain("2025-01-19").And.Contain("2025-01-20");
    }

    [Fact]
    public void NM2001_a_membership_that_starts_and_ends_on_the_same_day_is_fine()
    {
        Found(WithTrumpMembership(m => m with { Start = W("2025-01-20"), End = W("2025-01-20") })).Should().BeEmpty();
    }

    [Fact]
    public void NM2001_an_actor_and_a_guarantee_that_end_before_they_start_are_reported()
    {
        var record = Clean() with
        {
            Actors = Clean().Actors.Replace(4, a => a with { ExistsFrom = W("1991-12-26"), ExistsUntil = W("1991-12-25") }),
            Guarantees = Clean().Guarantees.Replace(0, g => g with { ValidFrom = W("2026"), ValidUntil = W("2025-12") }),
        };

        Found(record).Should().Equal($"{DiagnosticCodes.EndBeforeStart} at $['actors'][4]['existsUntil']", $"{DiagnosticCodes.EndBeforeStart} at $['guarantees'][0]['validUntil']");
    }

    [Fact]
    public void NM2001_a_range_whose_ends_in_different_zones_are_reversed_is_reported()
    {
        // 10:00 in Tokyo is 01:00 UTC, before 09:00 in London on the same day: the range runs backwards.
        var reversed = new RangeWhen(W("2025-12-29T09:00[Europe/London]"), W("2025-12-29T10:00[Asia/Tokyo]"));
        var record = Clean() with { Lines = Clean().Lines.Replace(0, l => l with { When = reversed }) };

        Found(record).Should().Equal($"{DiagnosticCodes.EndBeforeStart} at $['lines'][0]['when']");
    }

    [Fact]
    public void NM2001_a_range_in_different_zones_in_order_is_fine()
    {
        var ordered = new RangeWhen(W("2025-12-29T09:00[Europe/London]"), W("2025-12-29T20:00[Asia/Tokyo]"));

        Found(Clean() with { Lines = Clean().Lines.Replace(0, l => l with { When = ordered }) }).Should().BeEmpty();
    }

    [Fact]
    public void NM2002_a_statement_dated_after_the_revision_that_reports_it_is_reported_at_the_citation()
    {
        // A floating date may be in any zone: 31 December is after 19:31 in Tokyo on the 29th everywhere on Earth.
        var record = Clean() with { Statements = Clean().Statements.Replace(0, s => s with { When = W("2025-12-31") }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.StatementAfterSource);
        diagnostic.Path.ToString().Should().Be("$['statements'][0]['citations'][0]");
        diagnostic.RelatedIds.Should().Equal(EntityReference.To(Thorny), EntityReference.To(Nhk));
    }

    [Fact]
    public void NM2002_a_statement_reported_by_a_later_revision_is_fine_without_a_revision_number()
    {
        // Dated after the first publication (11:36) but before revision 2 (19:31), which may report it.
        var record = Clean() with
        {
            Statements = Clean().Statements.Replace(0, s => s with { When = W("2025-12-29T15:00[Asia/Tokyo]"), Citations = [new Citation(Nhk)] }),
        };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM2002_a_statement_cited_from_the_first_revision_but_made_after_it_is_reported()
    {
        var record = Clean() with
        {
            Statements = Clean().Statements.Replace(0, s => s with { When = W("2025-12-29T15:00[Asia/Tokyo]"), Citations = [new Citation(Nhk) { Revision = 1 }] }),
        };

        Found(record).Should().Equal($"{DiagnosticCodes.StatementAfterSource} at $['statements'][0]['citations'][0]");
    }

    [Fact]
    public void NM2003_a_membership_starting_before_its_member_was_born_is_reported_at_its_start()
    {
        var record = WithTrumpMembership(m => m with { Start = W("1945") });

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.MembershipOutsideExistence);
        diagnostic.Path.ToString().Should().Be("$['actors'][0]['memberships'][0]['start']");
        diagnostic.Message.Should().StartWith("Membership 1 of actor 'trump'", "messages count from 1");
        diagnostic.RelatedIds.Should().Equal(EntityReference.To(Trump));
    }

    [Fact]
    public void NM2003_a_membership_ending_after_its_organisation_ceased_to_exist_is_reported_at_its_end()
    {
        var record = WithTrumpMembership(m => m with { End = W("2030") }) with
        {
            Actors = WithTrumpMembership(m => m with { End = W("2030") }).Actors.Replace(2, a => a with { ExistsUntil = W("2029") }),
        };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.MembershipOutsideExistence);
        diagnostic.Path.ToString().Should().Be("$['actors'][0]['memberships'][0]['end']");
        diagnostic.RelatedIds.Should().Equal(EntityReference.To(Trump), EntityReference.To(UnitedStates));
    }

    [Fact]
    public void NM2003_a_membership_in_a_year_the_actor_may_have_been_born_is_fine()
    {
        Found(WithTrumpMembership(m => m with { Start = W("1946") })).Should().BeEmpty();
    }

    [Fact]
    public void NM2004_a_status_dated_before_the_one_listed_before_it_is_reported()
    {
        var record = Clean() with
        {
            // Scheduled on 30 December (anywhere on Earth), held on the afternoon of the 28th in Miami.
            Events = Clean().Events.Replace(0, e => e with { StatusHistory = e.StatusHistory.Replace(0, c => c with { When = W("2025-12-30") }) }),
        };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.StatusOutOfOrder);
        diagnostic.Path.ToString().Should().Be("$['events'][0]['statusHistory'][1]['when']");
    }

    [Fact]
    public void NM2004_statuses_that_may_be_simultaneous_are_in_order()
    {
        // Both on 28 December, one in Moscow, one in New York: they overlap, so neither is certainly first.
        var record = Clean() with
        {
            WorkingGroups = Clean().WorkingGroups.Replace(0, g => g with { StatusHistory = g.StatusHistory.Replace(0, c => c with { When = W("2025-12-28[America/New_York]") }) }),
        };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM2005_a_proposal_accepted_before_it_was_ever_tabled_is_reported_at_the_status()
    {
        var record = Clean() with
        {
            Proposals = Clean().Proposals.Replace(1, p => p with { StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Drafted, W("2025-12-01")), new StatusChange<ProposalStatus>(ProposalStatus.Accepted, W("2025-12-20"))] }),
        };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.IllegalStatusTransition);
        diagnostic.Path.ToString().Should().Be("$['proposals'][1]['statusHistory'][1]['status']");
        diagnostic.Message.Should().Be("proposal:author-roadmap is accepted before it was ever tabled (status 2 of its history, which begins at drafted).");
    }

    [Fact]
    public void NM2005_a_history_that_begins_mid_way_is_valid()
    {
        // Reporting starts late: the first known status of each is one that presupposes others.
        var record = Clean() with
        {
            Proposals = Clean().Proposals.Replace(1, p => p with { StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Accepted, W("2025-12-20"))] }),
            Guarantees = Clean().Guarantees.Replace(0, g => g with { StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Lapsed, W("2030"))] }),
            WorkingGroups = Clean().WorkingGroups.Replace(0, g => g with { StatusHistory = [new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Suspended, W("2026-02"))] }),
        };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM2005_what_the_first_status_presupposes_counts_as_earlier_for_those_after_it()
    {
        // Under negotiation presupposes tabled, so a later accepted needs no tabled of its own; a guarantee first
        // known lapsed was in force and so agreed before, so in force again after it needs no agreed.
        var record = Clean() with
        {
            Proposals = Clean().Proposals.Replace(1, p => p with { StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.UnderNegotiation, W("2025-12-01")), new StatusChange<ProposalStatus>(ProposalStatus.Accepted, W("2025-12-20"))] }),
            Guarantees = Clean().Guarantees.Replace(0, g => g with { StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Lapsed, W("2029")), new StatusChange<GuaranteeStatus>(GuaranteeStatus.InForce, W("2030"))] }),
        };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM2005_a_status_excluded_by_one_recorded_earlier_is_reported_counting_from_one()
    {
        var record = Clean() with
        {
            Events = Clean().Events.Replace(0, e => e with { StatusHistory = e.StatusHistory.Add(new StatusChange<EventStatus>(EventStatus.Cancelled, W("2025-12-29"))) }),
        };

        Validate(record).Diagnostics.Should().ContainSingle().Which.Message.Should().EndWith("is cancelled after it took place (status 3 of its history).");
    }

    [Fact]
    public void NM2005_guarantees_working_groups_and_events_have_their_own_transitions()
    {
        var record = Clean() with
        {
            Guarantees = Clean().Guarantees.Replace(0, g => g with { StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Proposed, W("2029")), new StatusChange<GuaranteeStatus>(GuaranteeStatus.Lapsed, W("2030"))] }),
            WorkingGroups = Clean().WorkingGroups.Replace(0, g => g with { StatusHistory = g.StatusHistory.Add(new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Suspended, W("2026-02"))) }),
            Events = Clean().Events.Replace(0, e => e with { StatusHistory = e.StatusHistory.Add(new StatusChange<EventStatus>(EventStatus.Cancelled, W("2025-12-29"))) }),
        };

        Found(record).Should().Equal(
            $"{DiagnosticCodes.IllegalStatusTransition} at $['events'][0]['statusHistory'][2]['status']",
            $"{DiagnosticCodes.IllegalStatusTransition} at $['workingGroups'][0]['statusHistory'][3]['status']",
            $"{DiagnosticCodes.IllegalStatusTransition} at $['guarantees'][0]['statusHistory'][1]['status']");
    }

    [Fact]
    public void NM2005_a_proposal_tabled_then_accepted_is_fine()
    {
        var record = Clean() with
        {
            Proposals = Clean().Proposals.Replace(1, p => p with { StatusHistory = p.StatusHistory.Add(new StatusChange<ProposalStatus>(ProposalStatus.Accepted, W("2026-01"))) }),
        };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM2006_a_proposal_superseded_without_a_successor_is_a_warning()
    {
        var record = Clean() with { Proposals = Clean().Proposals.Replace(1, p => p with { Supersedes = null }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.SupersededWithoutSuccessor);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Path.ToString().Should().Be("$['proposals'][0]['statusHistory'][1]['status']");
    }

    [Fact]
    public void NM2007_a_milestone_reached_before_the_group_was_established_is_reported()
    {
        var record = Clean() with
        {
            WorkingGroups = Clean().WorkingGroups.Replace(0, g => g with { Milestones = g.Milestones.Replace(0, m => m with { Status = MilestoneStatus.Reached, Reached = W("2026-01-02") }) }),
        };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.MilestoneBeforeEstablishment);
        diagnostic.Path.ToString().Should().Be("$['workingGroups'][0]['milestones'][0]['reached']");
        diagnostic.Message.Should().StartWith("Milestone 1 of working group", "messages count from 1");
    }

    [Fact]
    public void NM2007_a_milestone_expected_before_the_group_was_established_is_reported_at_its_expected_time()
    {
        var record = Clean() with
        {
            WorkingGroups = Clean().WorkingGroups.Replace(0, g => g with { Milestones = [g.Milestones[0], g.Milestones[0] with { Expected = W("2025-12-20") }] }),
        };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.MilestoneBeforeEstablishment);
        diagnostic.Path.ToString().Should().Be("$['workingGroups'][0]['milestones'][1]['expected']");
        diagnostic.Message.Should().StartWith("Milestone 2 of working group 'wg-security' is expected at 2025-12-20,");
    }

    [Fact]
    public void NM2007_a_milestone_expected_early_in_the_month_the_group_is_established_is_fine()
    {
        // "Early January" (1–10) overlaps the establishment on 5 January.
        Found(Clean()).Should().BeEmpty();
    }

    [Fact]
    public void NM2008_revisions_listed_out_of_order_by_number_or_by_time_are_reported()
    {
        var swapped = Clean() with { Sources = Clean().Sources.Replace(0, s => s with { Revisions = [s.Revisions[1], s.Revisions[0]] }) };
        var backwards = Clean() with { Sources = Clean().Sources.Replace(0, s => s with { Revisions = s.Revisions.Replace(1, r => r with { At = W("2025-12-29T09:00[Asia/Tokyo]") }) }) };

        Found(swapped).Should().Equal($"{DiagnosticCodes.RevisionsOutOfOrder} at $['sources'][0]['revisions'][1]['number']");
        Found(backwards).Should().Contain($"{DiagnosticCodes.RevisionsOutOfOrder} at $['sources'][0]['revisions'][1]['at']");
    }

    [Fact]
    public void NM2009_a_revision_before_the_first_publication_is_reported()
    {
        var record = Clean() with { Sources = Clean().Sources.Replace(0, s => s with { Published = W("2025-12-29T12:00[Asia/Tokyo]") }) };

        Found(record).Should().Equal($"{DiagnosticCodes.RevisionBeforePublication} at $['sources'][0]['revisions'][0]['at']");
    }

    [Fact]
    public void NM2010_relative_times_anchored_in_a_cycle_are_reported_once()
    {
        var record = Clean() with { Events = Clean().Events.Replace(0, e => e with { When = W("before(statement:trump-thorny-issues)") }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.RelativeTimeCycle);
        diagnostic.Path.ToString().Should().BeOneOf("$['events'][0]['when']", "$['statements'][0]['when']");
        diagnostic.RelatedIds.Should().BeEquivalentTo([EntityReference.To(Meeting), EntityReference.To(Thorny)]);
    }

    [Fact]
    public void NM2010_a_long_chain_of_relative_times_is_no_cycle_and_resolves_without_recursion()
    {
        var statements = Enumerable.Range(0, 20_000).Select(i => new NegotiationModel.Statements.Statement(new StatementId($"s{i}"), [Trump], [En("...")])
        {
            When = i == 0 ? W("2025-12-28") : W($"after(statement:s{i - 1})"),
            Citations = [new Citation(Nhk)],
        });
        var record = Clean() with { Statements = ValueList.From(statements) };

        var context = Validate(record);

        context.Diagnostics.Select(d => d.Code).Should().NotContain(DiagnosticCodes.RelativeTimeCycle);
    }

    [Fact]
    public void NM2011_a_relative_time_anchored_to_an_entity_without_a_time_is_a_warning()
    {
        var record = Clean() with { Assessments = Clean().Assessments.Replace(0, a => a with { When = W("after(provision:roadmap-ceasefire)") }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.AnchorWithoutTime);
        diagnostic.Path.ToString().Should().Be("$['assessments'][0]['when']");
    }

    [Fact]
    public void NM2011_a_proposal_has_the_time_the_timeline_gives_it_its_first_dated_version_and_none_when_undated()
    {
        var anchored = Clean() with { Assessments = Clean().Assessments.Replace(0, a => a with { When = W("after(proposal:author-roadmap)") }) };
        var dated = anchored with { Proposals = anchored.Proposals.Replace(1, p => p with { Versions = p.Versions.Replace(0, v => v with { When = W("2025-12-20") }), StatusHistory = [] }) };
        var undated = anchored with { Proposals = anchored.Proposals.Replace(1, p => p with { Versions = [.. p.Versions.Select(v => v with { When = null })], StatusHistory = [] }) };

        Found(dated).Should().BeEmpty("a proposal's time is its first dated version (docs/time.md), as on the timeline");
        Validate(undated).WithCode(DiagnosticCodes.AnchorWithoutTime).Should().ContainSingle()
            .Which.Message.Should().Be("The relative time after(proposal:author-roadmap) is anchored to proposal:author-roadmap, but proposal:author-roadmap has no time recorded: it places nothing in time.");
    }

    [Fact]
    public void NM2011_a_relative_time_anchored_to_a_dated_event_is_fine_but_to_an_undated_one_is_not()
    {
        var undated = Clean() with { Events = Clean().Events.Replace(0, e => e with { When = null }) };

        Found(Clean()).Should().BeEmpty();
        Found(undated).Should().Equal($"{DiagnosticCodes.AnchorWithoutTime} at $['statements'][0]['when']");
    }

    [Fact]
    public void The_time_context_resolves_relative_times_through_the_records_entities()
    {
        var validator = new RecordValidator(new WindowProbe());

        var window = WindowProbe.Last(validator, Clean());

        window.Earliest.Should().Be(NodaTime.Instant.FromUtc(2025, 12, 28, 17, 0), "after the meeting starts: noon in Miami");
    }

    private sealed class WindowProbe : IValidationRule
    {
        [ThreadStatic]
        private static TimeWindow last;

        public static TimeWindow Last(RecordValidator validator, NegotiationRecord record)
        {
            validator.Validate(record);
            return last;
        }

        public void Check(NegotiationRecord record, ValidationContext context) => last = record.Statements[0].When!.Resolve(context.TimeContext);
    }
}
