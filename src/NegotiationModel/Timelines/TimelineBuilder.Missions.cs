using System.Globalization;
using NegotiationModel.Identifiers;
using NegotiationModel.Monitoring;
using NodaTime;

namespace NegotiationModel.Timelines;

/// <summary>The entries of monitoring missions: their mandate's start and end, and each claim of who funds them.</summary>
internal sealed partial class TimelineBuilder
{
    private void AddMandate(MonitoringMission mission, Instant? missionKnownFrom)
    {
        Add(mission.MandateStart, "start", "mandate begins");
        Add(mission.MandateEnd, "end", "mandate ends");

        void Add(When? when, string end, string words)
        {
            if (when is null)
            {
                return;
            }

            entries.Add(new TimelineEntry($"{mission.Reference}#mandate-{end}", TimelineEntryKind.MonitoringMandate, mission.Reference, $"{labels.Of(mission)} — {words}", when, when.Resolve(context))
            {
                Detail = end,
                Actors = ActorsOf(mission),
                Citations = mission.Citations,
                KnownFrom = missionKnownFrom,
            });
        }
    }

    private void AddFunding(MonitoringMission mission, Instant? missionKnownFrom)
    {
        for (var i = 0; i < mission.Funding.Count; i++)
        {
            var claim = mission.Funding[i];
            if (claim.When is not { } when)
            {
                continue;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"{mission.Reference}#funding-{i + 1}");
            entries.Add(new TimelineEntry(id, TimelineEntryKind.FundingClaim, mission.Reference, $"{labels.Of(mission)} — funding: {labels.Of(claim.Funder)}, {EntityLabels.Words(claim.Kind)}", when, when.Resolve(context))
            {
                Detail = EntityLabels.JsonName(claim.Kind),
                Actors = Distinct<ActorId>([claim.Funder, .. claim.ClaimedBy]),
                Citations = claim.Citations,
                KnownFrom = knowledge.PartKnownFrom(missionKnownFrom, claim.Citations),
            });
        }
    }
}
