using NegotiationModel.Actors;
using NegotiationModel.Time;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM2001 and NM2003: spans that end before they start, and memberships outside their actors' existence.</summary>
internal sealed partial class TimeRules
{
    private static void EndsBeforeStarts(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        // The subject of a message and its path are made only for a span that is reported: the check runs on every actor.
        for (var i = 0; i < record.Actors.Count; i++)
        {
            var actor = record.Actors[i];
            if (EndsBefore(actor.ExistsFrom, actor.ExistsUntil))
            {
                Report($"Actor '{actor.Id}' ceases to exist", actor.ExistsFrom!, actor.ExistsUntil!, RuleText.Of(nameof(record.Actors), i).Member(nameof(actor.ExistsUntil)), actor);
            }

            for (var j = 0; j < actor.Memberships.Count; j++)
            {
                var membership = actor.Memberships[j];
                if (EndsBefore(membership.Start, membership.End))
                {
                    Report($"Membership {j + 1} of actor '{actor.Id}' ({membership}) ends", membership.Start!, membership.End!, RuleText.Of(nameof(record.Actors), i).Member(nameof(actor.Memberships)).Index(j).Member(nameof(membership.End)), actor);
                }
            }
        }

        for (var g = 0; g < record.Guarantees.Count; g++)
        {
            var guarantee = record.Guarantees[g];
            if (EndsBefore(guarantee.ValidFrom, guarantee.ValidUntil))
            {
                Report($"Guarantee '{guarantee.Id}' stops being valid", guarantee.ValidFrom!, guarantee.ValidUntil!, RuleText.Of(nameof(record.Guarantees), g).Member(nameof(guarantee.ValidUntil)), guarantee);
            }
        }

        for (var m = 0; m < record.MonitoringMissions.Count; m++)
        {
            var mission = record.MonitoringMissions[m];
            if (EndsBefore(mission.MandateStart, mission.MandateEnd))
            {
                Report($"The mandate of monitoring mission '{mission.Id}' ends", mission.MandateStart!, mission.MandateEnd!, RuleText.Of(nameof(record.MonitoringMissions), m).Member(nameof(mission.MandateEnd)), mission);
            }
        }

        MandateTermsEndBeforeStarts(record, EndsBefore, Report);

        foreach (var site in context.Model.RangesAndRelatives)
        {
            if (site.When is RangeWhen { Start: { } start, End: { } end } && time.IsBefore(end, start) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.EndBeforeStart))
            {
                context.Report(DiagnosticSeverity.Error, DiagnosticCodes.EndBeforeStart, $"The range {site.When} ends before it starts.", site.Path, RuleText.Related(site.Owner));
            }
        }

        // True for a span that ends before it starts and that the report keeps (the one that is not is counted as left out).
        bool EndsBefore(When? start, When? end)
            => start is not null && end is not null && time.IsBefore(end, start) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.EndBeforeStart);

        void Report(string subject, When start, When end, JsonPath endPath, IRecordEntity holder)
            => context.Report(DiagnosticSeverity.Error, DiagnosticCodes.EndBeforeStart, $"{subject} at {end}, before it starts at {start}.", endPath, holder.Reference);
    }

    private static void MembershipsOutsideExistence(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        for (var i = 0; i < record.Actors.Count; i++)
        {
            var actor = record.Actors[i];
            for (var j = 0; j < actor.Memberships.Count; j++)
            {
                var membership = actor.Memberships[j];
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
                        RuleText.Of(nameof(record.Actors), i).Member(nameof(actor.Memberships)).Index(j).Member(isStart ? nameof(membership.Start) : nameof(membership.End)),
                        RuleText.Related(holder, EntityReference.To(existing.Id)));
                }
            }
        }

        bool Before(When? first, When? second) => first is not null && second is not null && time.IsBefore(first, second);
    }
}
