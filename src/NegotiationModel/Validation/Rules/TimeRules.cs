using NegotiationModel.Time;
using NegotiationModel.Timelines;

namespace NegotiationModel.Validation.Rules;

/// <summary>
/// NM2xxx: times in order: spans (TimeRules.Spans.cs), statements and their sources (TimeRules.Sources.cs),
/// status histories (TimeRules.StatusHistories.cs), deadlines of provisions and phases (TimeRules.Deadlines.cs),
/// mandates' terms and renewals (TimeRules.Mandates.cs),
/// actors' transitions (TimeRules.Transitions.cs),
/// relative times (here).
/// </summary>
/// <remarks>One rule that reports its codes in order: within a code, diagnostics are kept first come, first kept.</remarks>
internal sealed partial class TimeRules : IValidationRule
{
    public void Check(NegotiationRecord record, ValidationContext context)
    {
        var time = context.Time;
        EndsBeforeStarts(record, context, time);
        StatementsAfterSources(record, context, time);
        MembershipsOutsideExistence(record, context, time);
        ForEachHistory(record, new HistoryOrder(context, time));
        ForEachHistory(record, new Transitions(context));
        SupersededWithoutSuccessor(record, context);
        MilestonesBeforeEstablishment(record, context, time);
        Revisions(record, context, time);
        DeadlinesBeforeEffect(record, context, time);
        RenewalsBeforeRenewedTerms(record, context, time);
        RelativeTimeCycles(context, time);
        AnchorsWithoutTime(context);
        ForEachHistory(record, new Repeats(context));
        TransitionsOutsideExistence(record, context, time);
    }

    private static void RelativeTimeCycles(ValidationContext context, TimeModel time)
    {
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
    }

    private static void AnchorsWithoutTime(ValidationContext context)
    {
        // Only relative values and ranges hold anchors (EntityTimes.AnchorsIn): the walk kept them apart from the others, nearly every value.
        foreach (var site in context.Model.RangesAndRelatives)
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
}
