using NegotiationModel.Mandates;
using NegotiationModel.Time;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM2001 for mandates' terms, and NM2014: a renewal whose term starts before the term it renews.</summary>
internal sealed partial class TimeRules
{
    private static void MandateTermsEndBeforeStarts(NegotiationRecord record, Action<When?, When?, JsonPath, string, IRecordEntity> span)
    {
        for (var m = 0; m < record.Mandates.Count; m++)
        {
            var mandate = record.Mandates[m];
            var path = RuleText.Of(nameof(record.Mandates), m);
            span(mandate.TermStart, mandate.TermEnd, path.Member(nameof(mandate.TermEnd)), $"The first term of mandate '{mandate.Id}' ends", mandate);
            for (var r = 0; r < mandate.Renewals.Count; r++)
            {
                var renewal = mandate.Renewals[r];
                span(renewal.TermStart, renewal.TermEnd, path.Member(nameof(mandate.Renewals)).Index(r).Member(nameof(renewal.TermEnd)), $"Renewal {r + 1} of mandate '{mandate.Id}' ends", mandate);
            }
        }
    }

    private static void RenewalsBeforeRenewedTerms(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        for (var m = 0; m < record.Mandates.Count; m++)
        {
            var mandate = record.Mandates[m];

            // The term a renewal renews is the last one before it that states its start: a renewal without a start says nothing of order.
            var (renewed, renewedStart) = ("the first term", mandate.TermStart);
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
                        $"Renewal {r + 1} of mandate '{mandate.Id}' starts its term at {start}, before {renewed} starts at {renewedStart}: a renewal continues the term it renews. List renewals oldest first, or correct the dates.",
                        RuleText.Of(nameof(record.Mandates), m).Member(nameof(mandate.Renewals)).Index(r).Member(nameof(renewal.TermStart)),
                        mandate.Reference);
                }

                (renewed, renewedStart) = ($"renewal {r + 1}", start);
            }
        }
    }
}
