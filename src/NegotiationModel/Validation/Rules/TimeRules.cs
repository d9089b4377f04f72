using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM2xxx: times in order: spans, statements and their sources, memberships, status histories, milestones, revisions, relative times.</summary>
internal sealed class TimeRules : IValidationRule
{
    public void Check(NegotiationRecord record, ValidationContext context)
    {
        var time = context.Time;
        EndsBeforeStarts(record, context, time);
        StatementsAfterSources(record, context, time);
        MembershipsOutsideExistence(record, context, time);
        ForEachHistory(record, (history, path, holder) => HistoryOrder(history, path, holder, context, time));
        ForEachHistory(record, (history, path, holder) => Transitions(history, path, holder, context));
        SupersededWithoutSuccessor(record, context);
        MilestonesBeforeEstablishment(record, context, time);
        Revisions(record, context, time);
        foreach (var (path, entities, length) in time.Cycles)
        {
            if (context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.RelativeTimeCycle))
            {
                continue;
            }

            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.RelativeTimeCycle,
                $"Relative times anchor each other in a cycle of {length}: {RuleText.Cycle([.. entities.Select(e => e.ToString())], length)}; none of them can be placed in time. Date one of them absolutely.",
                path,
                entities);
        }

        AnchorsWithoutTime(context);
    }

    private static void EndsBeforeStarts(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        for (var i = 0; i < record.Actors.Count; i++)
        {
            var actor = record.Actors[i];
            var path = RuleText.Of(nameof(record.Actors), i);
            Span(actor.ExistsFrom, actor.ExistsUntil, path.Member(nameof(actor.ExistsUntil)), $"Actor '{actor.Id}' ceases to exist", actor);
            for (var j = 0; j < actor.Memberships.Count; j++)
            {
                var membership = actor.Memberships[j];
                Span(membership.Start, membership.End, path.Member(nameof(actor.Memberships)).Index(j).Member(nameof(membership.End)), $"Membership {j} of actor '{actor.Id}' ({membership}) ends", actor);
            }
        }

        for (var g = 0; g < record.Guarantees.Count; g++)
        {
            var guarantee = record.Guarantees[g];
            Span(guarantee.ValidFrom, guarantee.ValidUntil, RuleText.Of(nameof(record.Guarantees), g).Member(nameof(guarantee.ValidUntil)), $"Guarantee '{guarantee.Id}' stops being valid", guarantee);
        }

        foreach (var site in context.Model.Whens)
        {
            if (site.When is RangeWhen { Start: { } start, End: { } end } && time.IsBefore(end, start) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.EndBeforeStart))
            {
                context.Report(DiagnosticSeverity.Error, DiagnosticCodes.EndBeforeStart, $"The range {site.When} ends before it starts.", site.Path, RuleText.Related(site.Owner));
            }
        }

        void Span(When? start, When? end, JsonPath endPath, string subject, IRecordEntity holder)
        {
            if (start is not null && end is not null && time.IsBefore(end, start) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.EndBeforeStart))
            {
                context.Report(DiagnosticSeverity.Error, DiagnosticCodes.EndBeforeStart, $"{subject} at {end}, before it starts at {start}.", endPath, holder.Reference);
            }
        }
    }

    private static void StatementsAfterSources(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        // Many statements cite the same source: its publication times are resolved once for all of them, and
        // compared without building lists (this saved a tenth of validation's time; docs/performance.md).
        var publications = new Dictionary<(SourceId Source, int? Revision), (List<When> Whens, TimeModel.Resolved[] Windows)>();
        for (var i = 0; i < record.Statements.Count; i++)
        {
            var statement = record.Statements[i];
            if (statement.When is not { } when)
            {
                continue;
            }

            var said = time.Resolve(when);
            for (var k = 0; k < statement.Citations.Count; k++)
            {
                var citation = statement.Citations[k];
                if (context.Model.Find(EntityReference.To(citation.Source))?.Value is not Source source)
                {
                    continue;
                }

                if (!publications.TryGetValue((source.Id, citation.Revision), out var published))
                {
                    List<When> whens = citation.Revision is { } number
                        ? source.FindRevision(number) is { } revision ? [revision.At] : []
                        : [.. Optional(source.Published), .. source.Revisions.Select(r => r.At)];
                    published = (whens, [.. whens.Select(time.Resolve)]);
                    publications.Add((source.Id, citation.Revision), published);
                }

                var candidates = published.Whens;
                if (candidates.Count > 0 && AllDefinitelyAfter(said, published.Windows) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.StatementAfterSource))
                {
                    var what = citation.Revision is { } n ? $"revision {n} of source '{source.Id}' ({candidates[0]})" : $"source '{source.Id}' ({string.Join(", ", candidates)})";
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.StatementAfterSource,
                        $"Statement '{statement.Id}' is dated {when}, after {what} that reports it was published.",
                        RuleText.Of(nameof(record.Statements), i).Member(nameof(statement.Citations)).Index(k),
                        EntityReference.To(statement.Id),
                        EntityReference.To(source.Id));
                }
            }
        }
    }

    private static bool AllDefinitelyAfter(TimeModel.Resolved said, TimeModel.Resolved[] published)
    {
        foreach (var window in published)
        {
            if (TimeModel.Compare(said, window) != TemporalRelation.DefinitelyAfter)
            {
                return false;
            }
        }

        return true;
    }

    private static void MembershipsOutsideExistence(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        for (var i = 0; i < record.Actors.Count; i++)
        {
            var actor = record.Actors[i];
            for (var j = 0; j < actor.Memberships.Count; j++)
            {
                var membership = actor.Memberships[j];
                var path = RuleText.Of(nameof(record.Actors), i).Member(nameof(actor.Memberships)).Index(j);
                Check(actor, "its member", actor);
                if (membership.Organisation is { } id && context.Model.Find(EntityReference.To(id))?.Value is Actor organisation)
                {
                    Check(organisation, "its organisation", actor);
                }

                void Check(Actor existing, string role, Actor holder)
                {
                    var (bound, boundName, isStart, relation) =
                        Before(membership.Start, existing.ExistsFrom) ? (existing.ExistsFrom, "came to exist", true, "before")
                        : Before(membership.End, existing.ExistsFrom) ? (existing.ExistsFrom, "came to exist", false, "before")
                        : Before(existing.ExistsUntil, membership.Start) ? (existing.ExistsUntil, "ceased to exist", true, "after")
                        : Before(existing.ExistsUntil, membership.End) ? (existing.ExistsUntil, "ceased to exist", false, "after")
                        : (null, string.Empty, false, string.Empty);
                    if (bound is null || context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.MembershipOutsideExistence))
                    {
                        return;
                    }

                    var at = isStart ? membership.Start : membership.End;
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.MembershipOutsideExistence,
                        $"Membership {j} of actor '{holder.Id}' ({membership}) {(isStart ? "starts" : "ends")} at {at}, {relation} {role} '{existing.Id}' {boundName} ({bound}).",
                        path.Member(isStart ? nameof(membership.Start) : nameof(membership.End)),
                        RuleText.Related(holder, EntityReference.To(existing.Id)));
                }
            }
        }

        bool Before(When? first, When? second) => first is not null && second is not null && time.IsBefore(first, second);
    }

    private static void ForEachHistory(NegotiationRecord record, Action<IReadOnlyList<(Enum Status, When When)>, JsonPath, IRecordEntity> check)
    {
        Each(record.Events, nameof(record.Events), e => e.StatusHistory);
        Each(record.WorkingGroups, nameof(record.WorkingGroups), g => g.StatusHistory);
        Each(record.Proposals, nameof(record.Proposals), p => p.StatusHistory);
        Each(record.Guarantees, nameof(record.Guarantees), g => g.StatusHistory);

        void Each<TEntity, TStatus>(ValueList<TEntity> entities, string collection, Func<TEntity, ValueList<StatusChange<TStatus>>> history)
            where TEntity : IRecordEntity
            where TStatus : struct, Enum
        {
            for (var i = 0; i < entities.Count; i++)
            {
                var changes = history(entities[i]);
                if (!changes.IsEmpty)
                {
                    check([.. changes.Select(c => ((Enum)c.Status, c.When))], RuleText.Of(collection, i).Member(nameof(Proposal.StatusHistory)), entities[i]);
                }
            }
        }
    }

    private static void HistoryOrder(IReadOnlyList<(Enum Status, When When)> history, JsonPath path, IRecordEntity holder, ValidationContext context, TimeModel time)
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

    private static void Transitions(IReadOnlyList<(Enum Status, When When)> history, JsonPath path, IRecordEntity holder, ValidationContext context)
    {
        var seen = new HashSet<Enum>();
        for (var i = 0; i < history.Count; i++)
        {
            var status = history[i].Status;
            string? problem = null;
            if (Presupposes(status) is { Length: > 0 } required && !required.Any(seen.Contains))
            {
                problem = $"is {Name(status)} before it was ever {string.Join(" or ", required.Select(Name))}";
            }
            else if (Excludes(status) is { Length: > 0 } excluded && excluded.FirstOrDefault(seen.Contains) is { } earlier)
            {
                problem = $"is {Name(status)} after it {Name(earlier)}";
            }

            if (problem is not null && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.IllegalStatusTransition))
            {
                context.Report(
                    DiagnosticSeverity.Error,
                    DiagnosticCodes.IllegalStatusTransition,
                    $"{holder.Reference} {problem} (status {i} of its history).",
                    path.Index(i).Member(nameof(StatusChange<ProposalStatus>.Status)),
                    holder.Reference);
            }

            seen.Add(status);
        }
    }

    /// <summary>The statuses of which one must come earlier in a history.</summary>
    private static Enum[] Presupposes(Enum status) => status switch
    {
        ProposalStatus.UnderNegotiation or ProposalStatus.Accepted or ProposalStatus.Rejected => [ProposalStatus.Tabled],
        GuaranteeStatus.InForce => [GuaranteeStatus.Agreed],
        GuaranteeStatus.Lapsed => [GuaranteeStatus.InForce],
        WorkingGroupStatus.Suspended => [WorkingGroupStatus.Active],
        WorkingGroupStatus.Concluded or WorkingGroupStatus.Dissolved => [WorkingGroupStatus.Established, WorkingGroupStatus.Active],
        _ => [],
    };

    /// <summary>The statuses none of which may come earlier in a history.</summary>
    private static Enum[] Excludes(Enum status) => status switch
    {
        EventStatus.Postponed or EventStatus.Cancelled => [EventStatus.TookPlace],
        _ => [],
    };

    private static void SupersededWithoutSuccessor(NegotiationRecord record, ValidationContext context)
    {
        var superseded = record.Proposals.Select(p => p.Supersedes).OfType<Identifiers.ProposalId>().ToHashSet();
        for (var p = 0; p < record.Proposals.Count; p++)
        {
            var proposal = record.Proposals[p];
            for (var i = 0; i < proposal.StatusHistory.Count; i++)
            {
                if (proposal.StatusHistory[i].Status == ProposalStatus.Superseded && !superseded.Contains(proposal.Id) && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.SupersededWithoutSuccessor))
                {
                    context.Report(
                        DiagnosticSeverity.Warning,
                        DiagnosticCodes.SupersededWithoutSuccessor,
                        $"Proposal '{proposal.Id}' is superseded, but no proposal of the record names it in 'supersedes'.",
                        RuleText.Of(nameof(record.Proposals), p).Member(nameof(proposal.StatusHistory)).Index(i).Member(nameof(StatusChange<ProposalStatus>.Status)),
                        EntityReference.To(proposal.Id));
                }
            }
        }
    }

    private static void MilestonesBeforeEstablishment(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        for (var g = 0; g < record.WorkingGroups.Count; g++)
        {
            var group = record.WorkingGroups[g];
            if (group.StatusHistory.FirstOrDefault(c => c.Status == WorkingGroupStatus.Established) is not { } established)
            {
                continue;
            }

            for (var j = 0; j < group.Milestones.Count; j++)
            {
                var milestone = group.Milestones[j];
                var path = RuleText.Of(nameof(record.WorkingGroups), g).Member(nameof(group.Milestones)).Index(j);
                Check(milestone.Expected, "expected", path.Member(nameof(milestone.Expected)));
                Check(milestone.Reached, "reached", path.Member(nameof(milestone.Reached)));

                void Check(When? when, string verb, JsonPath at)
                {
                    if (when is not null && time.IsBefore(when, established.When) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.MilestoneBeforeEstablishment))
                    {
                        context.Report(
                            DiagnosticSeverity.Error,
                            DiagnosticCodes.MilestoneBeforeEstablishment,
                            $"Milestone {j} of working group '{group.Id}' is {verb} at {when}, before the group was established ({established.When}).",
                            at,
                            EntityReference.To(group.Id));
                    }
                }
            }
        }
    }

    private static void Revisions(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        // Revisions dated before publication (NM2009) are reported after those out of order (NM2008), each
        // message built only when the diagnostic is kept.
        var beforePublication = new List<(int Source, int Revision)>();
        for (var s = 0; s < record.Sources.Count; s++)
        {
            var source = record.Sources[s];
            var path = RuleText.Of(nameof(record.Sources), s).Member(nameof(source.Revisions));
            var reference = EntityReference.To(source.Id);
            for (var i = 0; i < source.Revisions.Count; i++)
            {
                var revision = source.Revisions[i];
                if (i > 0 && revision.Number <= source.Revisions[i - 1].Number)
                {
                    if (!context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.RevisionsOutOfOrder))
                    {
                        context.Report(
                            DiagnosticSeverity.Error,
                            DiagnosticCodes.RevisionsOutOfOrder,
                            $"Revision {revision.Number} of source '{source.Id}' is listed after revision {source.Revisions[i - 1].Number}: numbers increase down the list.",
                            path.Index(i).Member(nameof(revision.Number)),
                            reference);
                    }
                }
                else if (i > 0 && time.IsBefore(revision.At, source.Revisions[i - 1].At) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.RevisionsOutOfOrder))
                {
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.RevisionsOutOfOrder,
                        $"Revision {revision.Number} of source '{source.Id}' is dated {revision.At}, before revision {source.Revisions[i - 1].Number} ({source.Revisions[i - 1].At}).",
                        path.Index(i).Member(nameof(revision.At)),
                        reference);
                }

                if (source.Published is { } published && time.IsBefore(revision.At, published))
                {
                    beforePublication.Add((s, i));
                }
            }
        }

        foreach (var (s, i) in beforePublication)
        {
            if (context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.RevisionBeforePublication))
            {
                continue;
            }

            var source = record.Sources[s];
            var revision = source.Revisions[i];
            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.RevisionBeforePublication,
                $"Revision {revision.Number} of source '{source.Id}' is dated {revision.At}, before the source was first published ({source.Published}).",
                RuleText.Of(nameof(record.Sources), s).Member(nameof(source.Revisions)).Index(i).Member(nameof(revision.At)),
                EntityReference.To(source.Id));
        }
    }

    private static void AnchorsWithoutTime(ValidationContext context)
    {
        foreach (var site in context.Model.Whens)
        {
            foreach (var anchor in EntityTimes.AnchorsIn(site.When))
            {
                var target = context.Model.Find(anchor)?.Value;
                if (target is not null && (target is not IRecordEntity entity || !EntityTimes.HasTime(entity))
                    && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.AnchorWithoutTime))
                {
                    var why = EntityTimes.KindHasTime(anchor.Kind) ? $"{anchor} has no time recorded" : $"{RuleText.KindName(anchor.Kind)}s have no time of their own";
                    context.Report(
                        DiagnosticSeverity.Warning,
                        DiagnosticCodes.AnchorWithoutTime,
                        $"The relative time {site.When} is anchored to {anchor}, but {why}: it places nothing in time.",
                        site.Path,
                        RuleText.Related(site.Owner, anchor));
                }
            }
        }
    }

    private static IEnumerable<When> Optional(When? when) => when is null ? [] : [when];

    private static string Name(Enum status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString()).Replace('-', ' ');
}
