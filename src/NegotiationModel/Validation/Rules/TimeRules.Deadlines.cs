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
            var proposalPath = RuleText.Of(nameof(record.Proposals), p);
            for (var v = 0; v < proposal.Versions.Count; v++)
            {
                var version = proposal.Versions[v];
                for (var i = 0; i < version.Provisions.Count; i++)
                {
                    var provision = version.Provisions[i];
                    var path = proposalPath.Member(nameof(proposal.Versions)).Index(v).Member(nameof(version.Provisions)).Index(i);
                    Check(provision.Effective, provision.Deadlines, $"provision '{provision.Id}'", path, provision.Reference);
                }
            }

            for (var i = 0; i < proposal.Phases.Count; i++)
            {
                var phase = proposal.Phases[i];
                Check(phase.Effective, phase.Deadlines, $"phase '{phase.Id}'", proposalPath.Member(nameof(proposal.Phases)).Index(i), EntityReference.To(phase.Id));
            }
        }

        void Check(When? effective, ValueList<Deadline> deadlines, string owner, JsonPath path, EntityReference related)
        {
            if (effective is null)
            {
                return;
            }

            for (var d = 0; d < deadlines.Count; d++)
            {
                var by = deadlines[d].Due;
                if (time.IsBefore(by, effective) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.DeadlineBeforeEffect))
                {
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.DeadlineBeforeEffect,
                        $"Deadline {d + 1} of {owner} is {by}, before the {owner.Split(' ')[0]} takes effect ({effective}).",
                        path.Member(nameof(Provision.Deadlines)).Index(d).Member(nameof(Deadline.Due)),
                        related);
                }
            }
        }
    }
}
