using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Monitoring;
using NegotiationModel.Proposals;
using NegotiationModel.Time;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM2004 to NM2007 and NM2013: status histories in order, their transitions as each status type declares them, what depends on a status, and repeats.</summary>
internal sealed partial class TimeRules
{
    /// <summary>A check of one status history, generic over its status type so that statuses are never boxed.</summary>
    private interface IHistoryCheck
    {
        void Check<TStatus>(ValueList<StatusChange<TStatus>> history, StatusTransitions<TStatus> transitions, in RulePath path, IRecordEntity holder)
            where TStatus : struct, Enum;
    }

    private static void ForEachHistory<TCheck>(NegotiationRecord record, TCheck check)
        where TCheck : IHistoryCheck
    {
        Each(record.Events, nameof(record.Events), e => e.StatusHistory, EventStatus.Transitions);
        Each(record.WorkingGroups, nameof(record.WorkingGroups), g => g.StatusHistory, WorkingGroupStatus.Transitions);
        Each(record.Proposals, nameof(record.Proposals), p => p.StatusHistory, ProposalStatus.Transitions);
        Each(record.Guarantees, nameof(record.Guarantees), g => g.StatusHistory, GuaranteeStatus.Transitions);
        Each(record.MonitoringMissions, nameof(record.MonitoringMissions), m => m.StatusHistory, MonitoringMissionStatus.Transitions);

        // A version's own history (a text signed, then rejected) and an agenda item's follow the same rules as an entity's.
        for (var p = 0; p < record.Proposals.Count; p++)
        {
            var proposal = record.Proposals[p];
            for (var v = 0; v < proposal.Versions.Count; v++)
            {
                if (!proposal.Versions[v].StatusHistory.IsEmpty)
                {
                    check.Check(proposal.Versions[v].StatusHistory, ProposalStatus.Transitions, RuleText.Of(nameof(record.Proposals), p).Member(nameof(proposal.Versions)).Index(v).Member(nameof(ProposalVersion.StatusHistory)), proposal);
                }
            }
        }

        for (var a = 0; a < record.Agendas.Count; a++)
        {
            var agenda = record.Agendas[a];
            for (var i = 0; i < agenda.Items.Count; i++)
            {
                if (!agenda.Items[i].StatusHistory.IsEmpty)
                {
                    check.Check(agenda.Items[i].StatusHistory, AgendaItemStatus.Transitions, RuleText.Of(nameof(record.Agendas), a).Member(nameof(agenda.Items)).Index(i).Member(nameof(AgendaItem.StatusHistory)), agenda.Items[i]);
                }
            }
        }

        void Each<TEntity, TStatus>(ValueList<TEntity> entities, string collection, Func<TEntity, ValueList<StatusChange<TStatus>>> history, StatusTransitions<TStatus> transitions)
            where TEntity : IRecordEntity
            where TStatus : struct, Enum
        {
            for (var i = 0; i < entities.Count; i++)
            {
                var changes = history(entities[i]);
                if (!changes.IsEmpty)
                {
                    check.Check(changes, transitions, RuleText.Of(collection, i).Member(nameof(Proposal.StatusHistory)), entities[i]);
                }
            }
        }
    }

    private static string Name<TStatus>(TStatus status)
        where TStatus : struct, Enum
        => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString()).Replace('-', ' ');

    /// <summary>NM2004: each status dated no earlier than the one listed before it.</summary>
    private readonly struct HistoryOrder(ValidationContext context, TimeModel time) : IHistoryCheck
    {
        public void Check<TStatus>(ValueList<StatusChange<TStatus>> history, StatusTransitions<TStatus> transitions, in RulePath path, IRecordEntity holder)
            where TStatus : struct, Enum
        {
            for (var i = 1; i < history.Count; i++)
            {
                if (time.IsBefore(history[i].When, history[i - 1].When) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.StatusOutOfOrder))
                {
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.StatusOutOfOrder,
                        $"Status {Name(history[i].Status)} of {holder.Reference} is dated {history[i].When}, before the status listed before it ({Name(history[i - 1].Status)} at {history[i - 1].When}): list status changes in the order they happened.",
                        path.Index(i).Member(nameof(StatusChange<ProposalStatus>.When)),
                        holder.Reference);
                }
            }
        }
    }

    /// <summary>NM2005: each status after the first allowed by those before it, as its status type declares (<see cref="StatusTransitions{TStatus}"/>); a history may begin at any status.</summary>
    private readonly struct Transitions(ValidationContext context) : IHistoryCheck
    {
        public void Check<TStatus>(ValueList<StatusChange<TStatus>> history, StatusTransitions<TStatus> transitions, in RulePath path, IRecordEntity holder)
            where TStatus : struct, Enum
        {
            // By their position in the type (a status type has a handful of members): the statuses recorded so far, and
            // those the first presupposes, taken to have come before the history began, which may begin mid-way.
            Span<bool> seen = stackalloc bool[transitions.Statuses.Count];
            Span<bool> presupposedEarlier = stackalloc bool[transitions.Statuses.Count];
            var first = history[0].Status;
            transitions.MarkPresupposedBefore(first, presupposedEarlier);
            seen[transitions.OrdinalOf(first)] = true;
            for (var i = 1; i < history.Count; i++)
            {
                var status = history[i].Status;
                string? problem = null;
                if (!transitions.PresuppositionMet(status, seen, presupposedEarlier))
                {
                    problem = $"is {Name(status)} before it was ever {string.Join(" or ", transitions.Presupposes(status).Select(Name))} (status {i + 1} of its history, which begins at {Name(first)})";
                }
                else if (FirstSeen(transitions.Excludes(status), seen) is { } earlier)
                {
                    problem = $"is {Name(status)} after it {Name(earlier)} (status {i + 1} of its history)";
                }

                if (problem is not null && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.IllegalStatusTransition))
                {
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.IllegalStatusTransition,
                        $"{holder.Reference} {problem}.",
                        path.Index(i).Member(nameof(StatusChange<ProposalStatus>.Status)),
                        holder.Reference);
                }

                seen[transitions.OrdinalOf(status)] = true;
            }

            TStatus? FirstSeen(ValueList<TStatus> statuses, ReadOnlySpan<bool> seen)
            {
                foreach (var candidate in statuses)
                {
                    if (seen[transitions.OrdinalOf(candidate)])
                    {
                        return candidate;
                    }
                }

                return null;
            }
        }
    }

    /// <summary>
    /// NM2013: a status repeating the one just before it, with no cause and the same actors: the same change recorded twice
    /// (from two sources), or a change whose agent is missing. A repeat with a cause or other actors is a real story (the
    /// parties accepted, then a legislature did), and a status entered again after another is never reported.
    /// </summary>
    private readonly struct Repeats(ValidationContext context) : IHistoryCheck
    {
        public void Check<TStatus>(ValueList<StatusChange<TStatus>> history, StatusTransitions<TStatus> transitions, in RulePath path, IRecordEntity holder)
            where TStatus : struct, Enum
        {
            for (var i = 1; i < history.Count; i++)
            {
                var (earlier, change) = (history[i - 1], history[i]);
                if (EqualityComparer<TStatus>.Default.Equals(change.Status, earlier.Status)
                    && change.Cause is null
                    && change.Actors.ToHashSet().SetEquals(earlier.Actors)
                    && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.RepeatedStatus))
                {
                    var actors = change.Actors.IsEmpty ? "no actors" : $"the same actors ({string.Join(", ", change.Actors)})";
                    context.Report(
                        DiagnosticSeverity.Warning,
                        DiagnosticCodes.RepeatedStatus,
                        $"{holder.Reference} is {Name(change.Status)} again (status {i + 1} of its history) with nothing that tells it from status {i}: no cause and {actors}. Record one change citing both sources, or name who made each change ('actors') or what caused it ('cause').",
                        path.Index(i).Member(nameof(StatusChange<ProposalStatus>.Status)),
                        holder.Reference);
                }
            }
        }
    }

    private static void SupersededWithoutSuccessor(NegotiationRecord record, ValidationContext context)
    {
        // The proposals the record names as superseded, gathered at the first superseded status: most records have none.
        HashSet<ProposalId>? superseded = null;
        for (var p = 0; p < record.Proposals.Count; p++)
        {
            var proposal = record.Proposals[p];
            for (var i = 0; i < proposal.StatusHistory.Count; i++)
            {
                if (proposal.StatusHistory[i].Status == ProposalStatus.Superseded && !(superseded ??= Superseded(record)).Contains(proposal.Id) && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.SupersededWithoutSuccessor))
                {
                    context.Report(
                        DiagnosticSeverity.Warning,
                        DiagnosticCodes.SupersededWithoutSuccessor,
                        $"Proposal '{proposal.Id}' is superseded, but no proposal of the record names it in 'supersedes' or 'alsoSupersedes'.",
                        RuleText.Of(nameof(record.Proposals), p).Member(nameof(proposal.StatusHistory)).Index(i).Member(nameof(StatusChange<ProposalStatus>.Status)),
                        EntityReference.To(proposal.Id));
                }
            }
        }
    }

    private static HashSet<ProposalId> Superseded(NegotiationRecord record)
    {
        var superseded = new HashSet<ProposalId>();
        foreach (var proposal in record.Proposals)
        {
            superseded.UnionWith(proposal.SupersededProposals());
        }

        return superseded;
    }

    private static void MilestonesBeforeEstablishment(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        for (var g = 0; g < record.WorkingGroups.Count; g++)
        {
            var group = record.WorkingGroups[g];
            if (Established(group.StatusHistory) is not { } established)
            {
                continue;
            }

            for (var j = 0; j < group.Milestones.Count; j++)
            {
                var milestone = group.Milestones[j];
                Check(milestone.Expected, "expected", nameof(milestone.Expected));
                Check(milestone.Reached, "reached", nameof(milestone.Reached));

                void Check(When? when, string verb, string member)
                {
                    if (when is not null && time.IsBefore(when, established.When) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.MilestoneBeforeEstablishment))
                    {
                        context.Report(
                            DiagnosticSeverity.Error,
                            DiagnosticCodes.MilestoneBeforeEstablishment,
                            $"Milestone {j + 1} of working group '{group.Id}' is {verb} at {when}, before the group was established ({established.When}).",
                            RuleText.Of(nameof(record.WorkingGroups), g).Member(nameof(group.Milestones)).Index(j).Member(member),
                            EntityReference.To(group.Id));
                    }
                }
            }
        }

        static StatusChange<WorkingGroupStatus>? Established(ValueList<StatusChange<WorkingGroupStatus>> history)
        {
            foreach (var change in history)
            {
                if (change.Status == WorkingGroupStatus.Established)
                {
                    return change;
                }
            }

            return null;
        }
    }
}
