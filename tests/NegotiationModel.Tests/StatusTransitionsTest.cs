using NegotiationModel.TestData;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Monitoring;
using NegotiationModel.Proposals;
using NegotiationModel.Tests.Proposals;
using NegotiationModel.Validation;
using NegotiationModel.WorkingGroups;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests;

/// <summary>The transitions each status type declares, through the public API an application uses, and the validator that follows them.</summary>
public sealed partial class StatusTransitionsTest
{
    [Fact]
    public void Proposals_are_negotiated_decided_or_signed_after_tabled_ratified_or_in_force_after_signed_and_suspended_or_terminated_after_in_force()
    {
        var transitions = ProposalStatus.Transitions;

        foreach (var status in transitions.Statuses)
        {
            ValueList<ProposalStatus> expected = status switch
            {
                ProposalStatus.UnderNegotiation or ProposalStatus.Accepted or ProposalStatus.Rejected or ProposalStatus.Signed or ProposalStatus.AgreedAdReferendum => [ProposalStatus.Tabled],
                ProposalStatus.Ratified or ProposalStatus.InForce => [ProposalStatus.Signed],
                ProposalStatus.Suspended or ProposalStatus.Terminated => [ProposalStatus.InForce],
                _ => [],
            };
            transitions.Presupposes(status).Should().Equal(expected, $"{status} presupposes these");
            transitions.Excludes(status).Should().BeEmpty();
        }
    }

    [Fact]
    public void Guarantees_are_in_force_only_after_agreed_and_lapse_only_after_in_force()
    {
        var transitions = GuaranteeStatus.Transitions;

        foreach (var status in transitions.Statuses)
        {
            ValueList<GuaranteeStatus> expected = status switch
            {
                GuaranteeStatus.InForce => [GuaranteeStatus.Agreed],
                GuaranteeStatus.Lapsed => [GuaranteeStatus.InForce],
                _ => [],
            };
            transitions.Presupposes(status).Should().Equal(expected, $"{status} presupposes these");
            transitions.Excludes(status).Should().BeEmpty();
        }
    }

    [Fact]
    public void Working_groups_are_suspended_after_active_and_end_after_established_or_active()
    {
        var transitions = WorkingGroupStatus.Transitions;

        foreach (var status in transitions.Statuses)
        {
            ValueList<WorkingGroupStatus> expected = status switch
            {
                WorkingGroupStatus.Suspended => [WorkingGroupStatus.Active],
                WorkingGroupStatus.Concluded or WorkingGroupStatus.Dissolved => [WorkingGroupStatus.Established, WorkingGroupStatus.Active],
                _ => [],
            };
            transitions.Presupposes(status).Should().Equal(expected, $"{status} presupposes these");
            transitions.Excludes(status).Should().BeEmpty();
        }
    }

    [Fact]
    public void Events_are_postponed_or_cancelled_only_before_they_took_place()
    {
        var transitions = EventStatus.Transitions;

        foreach (var status in transitions.Statuses)
        {
            ValueList<EventStatus> expected = status is EventStatus.Postponed or EventStatus.Cancelled ? [EventStatus.TookPlace] : [];
            transitions.Presupposes(status).Should().BeEmpty();
            transitions.Excludes(status).Should().Equal(expected, $"{status} excludes these");
        }
    }

    [Fact]
    public void Statuses_are_every_member_of_the_type_in_declared_order()
    {
        WorkingGroupStatus.Transitions.Statuses.Should().Equal(Enum.GetValues<WorkingGroupStatus>());
        EventStatus.Transitions.Statuses.Should().Equal(Enum.GetValues<EventStatus>());
        MonitoringMissionStatus.Transitions.Statuses.Should().Equal(Enum.GetValues<MonitoringMissionStatus>());
    }

    [Fact]
    public void A_monitoring_mission_is_suspended_only_after_deployment_and_ends_only_once_mandated_or_deployed()
    {
        var transitions = MonitoringMissionStatus.Transitions;

        transitions.CanFollow(MonitoringMissionStatus.Suspended, History(MonitoringMissionStatus.Proposed, MonitoringMissionStatus.Mandated)).Should().BeFalse();
        transitions.CanFollow(MonitoringMissionStatus.Suspended, History(MonitoringMissionStatus.Deployed)).Should().BeTrue();
        transitions.CanFollow(MonitoringMissionStatus.Ended, History(MonitoringMissionStatus.Proposed)).Should().BeFalse("a proposal never mandated does not end; it stays proposed");
        transitions.CanFollow(MonitoringMissionStatus.Ended, History(MonitoringMissionStatus.Mandated)).Should().BeTrue();
        transitions.CanFollow(MonitoringMissionStatus.Deployed, []).Should().BeTrue("a history may begin mid-way");
    }

    [Fact]
    public void A_form_offers_the_statuses_the_history_so_far_allows()
    {
        var transitions = ProposalStatus.Transitions;
        var drafted = History(ProposalStatus.Drafted);

        transitions.AllowedNext([]).Should().Equal(transitions.Statuses, "a history may begin at any status");
        transitions.AllowedNext(drafted).Should().Equal(ProposalStatus.Drafted, ProposalStatus.Tabled, ProposalStatus.Withdrawn, ProposalStatus.Superseded);
        transitions.AllowedNext(drafted.Add(drafted[0] with { Status = ProposalStatus.Tabled })).Should().Equal(
            transitions.Statuses.Except([ProposalStatus.Ratified, ProposalStatus.InForce, ProposalStatus.Suspended, ProposalStatus.Terminated]),
            "a text tabled may be signed, but not ratified or in force before it is");
        transitions.AllowedNext(History(ProposalStatus.Signed)).Should().Equal(
            transitions.Statuses.Except([ProposalStatus.Suspended, ProposalStatus.Terminated]),
            "a text first known signed was tabled; it may be ratified or enter into force, not yet be suspended or terminated");
    }

    [Fact]
    public void What_came_anywhere_earlier_counts_not_only_the_status_just_before()
    {
        ProposalStatus.Transitions.CanFollow(ProposalStatus.Accepted, History(ProposalStatus.Tabled, ProposalStatus.Withdrawn)).Should().BeTrue();
        WorkingGroupStatus.Transitions.CanFollow(WorkingGroupStatus.Dissolved, History(WorkingGroupStatus.Established)).Should().BeTrue();
        WorkingGroupStatus.Transitions.CanFollow(WorkingGroupStatus.Dissolved, History(WorkingGroupStatus.Proposed, WorkingGroupStatus.Accepted)).Should().BeFalse();
        EventStatus.Transitions.CanFollow(EventStatus.Cancelled, History(EventStatus.TookPlace, EventStatus.Disputed)).Should().BeFalse();
        EventStatus.Transitions.CanFollow(EventStatus.Cancelled, History(EventStatus.Scheduled, EventStatus.Postponed)).Should().BeTrue();
        GuaranteeStatus.Transitions.AllowedNext(History(GuaranteeStatus.Agreed)).Should().Contain(GuaranteeStatus.InForce).And.NotContain(GuaranteeStatus.Lapsed);
    }

    [Fact]
    public void A_history_may_begin_mid_way_and_what_its_first_status_presupposes_counts_as_earlier()
    {
        ProposalStatus.Transitions.CanFollow(ProposalStatus.Accepted, []).Should().BeTrue();
        ProposalStatus.Transitions.CanFollow(ProposalStatus.Accepted, History(ProposalStatus.UnderNegotiation)).Should().BeTrue();
        ProposalStatus.Transitions.CanFollow(ProposalStatus.Accepted, History(ProposalStatus.Drafted)).Should().BeFalse("a history begun at drafted has recorded no tabling");
        GuaranteeStatus.Transitions.CanFollow(GuaranteeStatus.InForce, History(GuaranteeStatus.Lapsed)).Should().BeTrue("lapsed presupposes in force, which presupposes agreed");
        EventStatus.Transitions.CanFollow(EventStatus.Cancelled, History(EventStatus.Postponed)).Should().BeTrue("what a status excludes is only what was recorded");
    }

    [Fact]
    public void A_history_that_passes_as_complete_passes_and_any_first_status_passes()
    {
        Complete(ProposalStatus.Transitions);
        Complete(GuaranteeStatus.Transitions);
        Complete(WorkingGroupStatus.Transitions);
        Complete(EventStatus.Transitions);
        Complete(MonitoringMissionStatus.Transitions);
        Complete(AgendaItemStatus.Transitions);

        static void Complete<TStatus>(StatusTransitions<TStatus> transitions)
            where TStatus : struct, Enum
            => Gen.Int[0, transitions.Statuses.Count - 1].Array[1, 8].Sample(
                ordinals =>
                {
                    var history = History([.. ordinals.Select(o => transitions.Statuses[o])]);
                    transitions.CanFollow(history[0].Status, []).Should().BeTrue();

                    // Read as complete: every presupposed status recorded earlier, no excluded one.
                    var completeAllows = Enumerable.Range(0, history.Count).All(i =>
                        (transitions.Presupposes(history[i].Status).IsEmpty || transitions.Presupposes(history[i].Status).Any(p => history.Items.Take(i).Any(c => c.Status.Equals(p))))
                        && !transitions.Excludes(history[i].Status).Any(e => history.Items.Take(i).Any(c => c.Status.Equals(e))));
                    var partialAllows = Enumerable.Range(0, history.Count).All(i => transitions.CanFollow(history[i].Status, [.. history.Items.Take(i)]));

                    if (completeAllows)
                    {
                        partialAllows.Should().BeTrue($"the history {string.Join(", ", history.Select(c => c.Status))} is complete and allowed");
                    }
                },
                iter: 100);
    }

    [Fact]
    public void An_undefined_status_is_an_argument_error()
    {
        var undefined = (ProposalStatus)99;

        FluentActions.Invoking(() => ProposalStatus.Transitions.Presupposes(undefined)).Should().Throw<ArgumentException>().WithParameterName("status");
        FluentActions.Invoking(() => ProposalStatus.Transitions.CanFollow(undefined, [])).Should().Throw<ArgumentException>().WithParameterName("status");
    }

    [Fact]
    public void The_validator_reports_exactly_the_statuses_that_cannot_follow_those_before_them()
    {
        ValidatorAgrees(h => Clean() with { Events = Clean().Events.Replace(0, e => e with { StatusHistory = h }) }, "events", 0, EventStatus.Transitions);
        ValidatorAgrees(h => Clean() with { WorkingGroups = Clean().WorkingGroups.Replace(0, g => g with { StatusHistory = h }) }, "workingGroups", 0, WorkingGroupStatus.Transitions);
        ValidatorAgrees(h => Clean() with { Proposals = Clean().Proposals.Replace(1, p => p with { StatusHistory = h }) }, "proposals", 1, ProposalStatus.Transitions);
        ValidatorAgrees(h => Clean() with { Guarantees = Clean().Guarantees.Replace(0, g => g with { StatusHistory = h }) }, "guarantees", 0, GuaranteeStatus.Transitions);
        ValidatorAgrees(h => Clean() with { MonitoringMissions = [new MonitoringMission(new MonitoringMissionId("osce-smm"), [new LocalizedName("SMM", "en")]) { StatusHistory = h }] }, "monitoringMissions", 0, MonitoringMissionStatus.Transitions);
    }

    [Fact]
    public void The_validator_reports_exactly_the_statuses_of_a_version_or_an_agenda_item_that_cannot_follow_those_before_them()
    {
        var havana = HavanaTalks.Record();
        ValidatorAgreesAt(
            h => havana with { Proposals = havana.Proposals.Replace(5, p => p with { Versions = p.Versions.Replace(1, v => v with { StatusHistory = h }) }) },
            "$['proposals'][5]['versions'][1]['statusHistory']",
            ProposalStatus.Transitions);
        ValidatorAgreesAt(
            h => havana with { Agendas = havana.Agendas.Replace(0, a => a with { Items = a.Items.Replace(3, i => i with { StatusHistory = h }) }) },
            "$['agendas'][0]['items'][3]['statusHistory']",
            AgendaItemStatus.Transitions);
    }

    [Fact]
    public void Concepts_documents_the_table_the_status_types_declare()
    {
        var concepts = File.ReadAllText(RepositoryFiles.PathOf("docs/concepts.md")).ReplaceLineEndings("\n");
        var documented = DocumentedTable().Match(concepts);

        documented.Success.Should().BeTrue("docs/concepts.md holds the table between its status-transitions markers");
        documented.Groups["table"].Value.Should().Be(string.Join(string.Empty,
        [
            "| entity | status | needs one of these earlier | needs none of these earlier |\n",
            "| --- | --- | --- | --- |\n",
            .. Rows("proposal", ProposalStatus.Transitions),
            .. Rows("guarantee", GuaranteeStatus.Transitions),
            .. Rows("working group", WorkingGroupStatus.Transitions),
            .. Rows("event", EventStatus.Transitions),
            .. Rows("monitoring mission", MonitoringMissionStatus.Transitions),
            .. Rows("agenda item", AgendaItemStatus.Transitions),
        ]));
    }

    private static ValueList<StatusChange<TStatus>> History<TStatus>(params TStatus[] statuses)
        where TStatus : struct, Enum
        => [.. statuses.Select(s => new StatusChange<TStatus>(s, W("2025-12")))];

    private static void ValidatorAgrees<TStatus>(Func<ValueList<StatusChange<TStatus>>, NegotiationRecord> recordWith, string collection, int index, StatusTransitions<TStatus> transitions)
        where TStatus : struct, Enum
        => ValidatorAgreesAt(recordWith, $"$['{collection}'][{index}]['statusHistory']", transitions);

    private static void ValidatorAgreesAt<TStatus>(Func<ValueList<StatusChange<TStatus>>, NegotiationRecord> recordWith, string historyPath, StatusTransitions<TStatus> transitions)
        where TStatus : struct, Enum
    {
        Gen.Int[0, transitions.Statuses.Count - 1].Array[0, 8].Sample(
            ordinals =>
            {
                var history = History([.. ordinals.Select(o => transitions.Statuses[o])]);
                var illegal = Enumerable.Range(0, history.Count)
                    .Where(i => !transitions.CanFollow(history[i].Status, [.. history.Items.Take(i)]))
                    .Select(i => $"{historyPath}[{i}]['status']");

                var reported = Validate(recordWith(history)).Diagnostics
                    .Where(d => d.Code == DiagnosticCodes.IllegalStatusTransition)
                    .Select(d => d.Path.ToString());

                reported.Should().Equal(illegal, $"the history is {string.Join(", ", history.Select(c => c.Status))}");
            },
            iter: 150);
    }

    // One row per run of statuses with the same rule, in the order the type declares them.
    private static IEnumerable<string> Rows<TStatus>(string entity, StatusTransitions<TStatus> transitions)
        where TStatus : struct, Enum
        => transitions.Statuses
            .Where(s => !transitions.Presupposes(s).IsEmpty || !transitions.Excludes(s).IsEmpty)
            .GroupBy(s => (Needs: Names(transitions.Presupposes(s), " or "), Excludes: Names(transitions.Excludes(s), ", ")))
            .Select(g => $"| {entity} | {Names(g, ", ")} | {g.Key.Needs} | {g.Key.Excludes} |\n".Replace("|  |", "| |", StringComparison.Ordinal));

    private static string Names<TStatus>(IEnumerable<TStatus> statuses, string separator)
        where TStatus : struct, Enum
        => string.Join(separator, statuses.Select(s => $"`{JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString())}`"));

    [GeneratedRegex(@"<!-- status-transitions:start[^\n]*-->\n(?<table>.*?)<!-- status-transitions:end -->", RegexOptions.Singleline)]
    private static partial Regex DocumentedTable();
}
