using NegotiationModel.Actors;
using NegotiationModel.Time;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM2001 and NM2003: spans that end before they start, and memberships outside their actors' existence.</summary>
internal sealed partial class TimeRules
{
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
                Span(membership.Start, membership.End, path.Member(nameof(actor.Memberships)).Index(j).Member(nameof(membership.End)), $"Membership {j + 1} of actor '{actor.Id}' ({membership}) ends", actor);
            }
        }

        for (var g = 0; g < record.Guarantees.Count; g++)
        {
            var guarantee = record.Guarantees[g];
            Span(guarantee.ValidFrom, guarantee.ValidUntil, RuleText.Of(nameof(record.Guarantees), g).Member(nameof(guarantee.ValidUntil)), $"Guarantee '{guarantee.Id}' stops being valid", guarantee);
        }

        for (var m = 0; m < record.MonitoringMissions.Count; m++)
        {
            var mission = record.MonitoringMissions[m];
            Span(mission.MandateStart, mission.MandateEnd, RuleText.Of(nameof(record.MonitoringMissions), m).Member(nameof(mission.MandateEnd)), $"The mandate of monitoring mission '{mission.Id}' ends", mission);
        }

        MandateTermsEndBeforeStarts(record, Span);

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
                        $"Membership {j + 1} of actor '{holder.Id}' ({membership}) {(isStart ? "starts" : "ends")} at {at}, {relation} {role} '{existing.Id}' {boundName} ({bound}).",
                        path.Member(isStart ? nameof(membership.Start) : nameof(membership.End)),
                        RuleText.Related(holder, EntityReference.To(existing.Id)));
                }
            }
        }

        bool Before(When? first, When? second) => first is not null && second is not null && time.IsBefore(first, second);
    }
}
