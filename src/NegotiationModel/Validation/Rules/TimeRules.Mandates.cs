using NegotiationModel.Mandates;
using NegotiationModel.Time;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM2001 for mandates' terms, and NM2014: a renewal whose term starts before the term it renews.</summary>
internal sealed partial class TimeRules
{
    /// <summary>NM2001 for mandates' terms: <paramref name="endsBefore"/> tells a span to report, <paramref name="report"/> reports it (subject, start, end, the end's path, holder).</summary>
    private static void MandateTermsEndBeforeStarts(NegotiationRecord record, Func<When?, When?, bool> endsBefore, Action<string, When, When, JsonPath, IRecordEntity> report)
    {
        for (var m = 0; m < record.Mandates.Count; m++)
        {
            var mandate = record.Mandates[m];
            if (endsBefore(mandate.TermStart, mandate.TermEnd))
            {
                report($"The first term of mandate '{mandate.Id}' ends", mandate.TermStart!, mandate.TermEnd!, RuleText.Of(nameof(record.Mandates), m).Member(nameof(mandate.TermEnd)), mandate);
            }

            for (var r = 0; r < mandate.Renewals.Count; r++)
            {
                var renewal = mandate.Renewals[r];
                if (endsBefore(renewal.TermStart, renewal.TermEnd))
                {
                    report($"Renewal {r + 1} of mandate '{mandate.Id}' ends", renewal.TermStart!, renewal.TermEnd!, RuleText.Of(nameof(record.Mandates), m).Member(nameof(mandate.Renewals)).Index(r).Member(nameof(renewal.TermEnd)), mandate);
                }
            }
        }
    }

    private static void RenewalsBeforeRenewedTerms(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        for (var m = 0; m < record.Mandates.Count; m++)
        {
            var mandate = record.Mandates[m];

            // The term a renewal renews is the last one before it that states its start: a renewal without a start says nothing of order.
            // (0 for the first term: its words are written only for a diagnostic.)
            var (renewed, renewedStart) = (0, mandate.TermStart);
            for (var r = 0; r < mandate.Renewals.Count; r++)
            {
                var renewal = mandate.Renewals[r];
                if (renewal.TermStart is not { } start)
                {
                    continue;
                }

                if (renewedStart is not null && time.IsBefore(start, renewedStart) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.RenewalBeforeRenewedTerm))
                {
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.RenewalBeforeRenewedTerm,
                        $"Renewal {r + 1} of mandate '{mandate.Id}' starts its term at {start}, before {(renewed == 0 ? "the first term" : $"renewal {renewed}")} starts at {renewedStart}: a renewal continues the term it renews. List renewals oldest first, or correct the dates.",
                        RuleText.Of(nameof(record.Mandates), m).Member(nameof(mandate.Renewals)).Index(r).Member(nameof(renewal.TermStart)),
                        mandate.Reference);
                }

                (renewed, renewedStart) = (r + 1, start);
            }
        }
    }
}
