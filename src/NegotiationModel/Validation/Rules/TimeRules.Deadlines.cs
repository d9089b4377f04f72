using NegotiationModel.Proposals;
using NegotiationModel.Time;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM2012: deadlines of provisions and phases that fall certainly before the provision or phase takes effect.</summary>
internal sealed partial class TimeRules
{
    private static void DeadlinesBeforeEffect(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        for (var p = 0; p < record.Proposals.Count; p++)
        {
            var proposal = record.Proposals[p];
            for (var v = 0; v < proposal.Versions.Count; v++)
            {
                var version = proposal.Versions[v];
                for (var i = 0; i < version.Provisions.Count; i++)
                {
                    var provision = version.Provisions[i];
                    for (var d = First(provision.Effective, provision.Deadlines, 0); d >= 0; d = First(provision.Effective, provision.Deadlines, d + 1))
                    {
                        Report(
                            d,
                            $"provision '{provision.Id}'",
                            provision.Effective!,
                            provision.Deadlines[d].Due,
                            RuleText.Of(nameof(record.Proposals), p).Member(nameof(proposal.Versions)).Index(v).Member(nameof(version.Provisions)).Index(i).Member(nameof(Provision.Deadlines)).Index(d).Member(nameof(Deadline.Due)),
                            provision.Reference);
                    }
                }
            }

            for (var i = 0; i < proposal.Phases.Count; i++)
            {
                var phase = proposal.Phases[i];
                for (var d = First(phase.Effective, phase.Deadlines, 0); d >= 0; d = First(phase.Effective, phase.Deadlines, d + 1))
                {
                    Report(
                        d,
                        $"phase '{phase.Id}'",
                        phase.Effective!,
                        phase.Deadlines[d].Due,
                        RuleText.Of(nameof(record.Proposals), p).Member(nameof(proposal.Phases)).Index(i).Member(nameof(Phase.Deadlines)).Index(d).Member(nameof(Deadline.Due)),
                        EntityReference.To(phase.Id));
                }
            }
        }

        // The position, from `from` on, of the next deadline due before the effect that the report keeps, or -1: the owner's
        // words and the path are made only for those.
        int First(When? effective, ValueList<Deadline> deadlines, int from)
        {
            if (effective is null)
            {
                return -1;
            }

            for (var d = from; d < deadlines.Count; d++)
            {
                if (time.IsBefore(deadlines[d].Due, effective) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.DeadlineBeforeEffect))
                {
                    return d;
                }
            }

            return -1;
        }

        void Report(int d, string owner, When effective, When by, JsonPath path, EntityReference related)
            => context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.DeadlineBeforeEffect,
                $"Deadline {d + 1} of {owner} is {by}, before the {owner.Split(' ')[0]} takes effect ({effective}).",
                path,
                related);
    }
}
