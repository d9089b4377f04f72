using System.Globalization;
using NegotiationModel.Mandates;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Timelines;

/// <summary>The entries of mandates: the first term's start, each renewal, and the end of the last term known.</summary>
internal sealed partial class TimelineBuilder
{
    private void AddMandate(Mandate mandate, Instant? mandateKnownFrom)
    {
        var label = labels.Of(mandate);
        var actors = ActorsOf(mandate);
        Add("start", "mandate begins", mandate.TermStart, mandate.GrantedBy, mandate.Citations, mandateKnownFrom);
        for (var i = 0; i < mandate.Renewals.Count; i++)
        {
            var renewal = mandate.Renewals[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var until = renewal.TermEnd is { } end ? $" until {end}" : string.Empty;
            Add($"renewal-{number}", $"mandate renewed{until}", renewal.TermStart, renewal.GrantedBy, renewal.Citations, knowledge.PartKnownFrom(mandateKnownFrom, renewal.Citations), "renewal");
        }

        // The end of the last term known: an earlier term's end, once renewed, is no end of the mandate.
        var last = mandate.Renewals.LastOrDefault(r => r.TermEnd is not null);
        Add("end", "mandate ends", last?.TermEnd ?? mandate.TermEnd, [], last?.Citations ?? mandate.Citations, last is null ? mandateKnownFrom : knowledge.PartKnownFrom(mandateKnownFrom, last.Citations));

        void Add(string id, string words, When? when, ValueList<Identifiers.ActorId> grantedBy, ValueList<Citation> citations, Instant? knownFrom, string? detail = null)
        {
            if (when is null)
            {
                return;
            }

            entries.Add(new TimelineEntry($"{mandate.Reference}#{id}", TimelineEntryKind.Mandate, mandate.Reference, $"{label} — {words}", when, when.Resolve(context))
            {
                Detail = detail ?? id,
                Actors = grantedBy.IsEmpty ? actors : Distinct(actors.Concat(grantedBy), actorScratch),
                Citations = citations,
                KnownFrom = knownFrom,
            });
        }
    }
}
