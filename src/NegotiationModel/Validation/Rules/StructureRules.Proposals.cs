using NegotiationModel.Proposals;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM5004, NM5007 and NM5008: links between proposals: supersessions and packages without cycles, packages that stand or fall together, the first predecessor in 'supersedes'.</summary>
internal sealed partial class StructureRules
{
    private static void ProposalLinks(NegotiationRecord record, ValidationContext context)
    {
        var index = IndexOf(record);
        HierarchyCycles<Proposal, ProposalId>(context, record.Proposals, p => p.PackageMembers.Count, (p, k) => p.PackageMembers[k], "packageMembers", (p, edge) => RuleText.Of(nameof(record.Proposals), p).Member(nameof(Proposal.PackageMembers)).Index(edge));
        PackagesThatFell(record, context, index);
        PredecessorsWithoutFirst(record, context);
    }

    /// <summary>NM5004 for a proposal's predecessors, as JSON holds them: 'supersedes', then 'alsoSupersedes' (its edges in that order).</summary>
    private static void SupersessionCycles(NegotiationRecord record, ValidationContext context)
    {
        HierarchyCycles<Proposal, ProposalId>(
            context,
            record.Proposals,
            p => (p.Supersedes is null ? 0 : 1) + p.AlsoSupersedes.Count,
            (p, k) => p.Supersedes is { } first ? (k == 0 ? first : p.AlsoSupersedes[k - 1]) : p.AlsoSupersedes[k],
            "supersedes",
            SupersessionPath);

        JsonPath SupersessionPath(int p, int edge)
        {
            var proposal = record.Proposals[p];
            var path = RuleText.Of(nameof(record.Proposals), p);
            return proposal.Supersedes is null
                ? path.Member(nameof(Proposal.AlsoSupersedes)).Index(edge)
                : edge == 0 ? path.Member(nameof(Proposal.Supersedes)) : path.Member(nameof(Proposal.AlsoSupersedes)).Index(edge - 1);
        }
    }

    private static Dictionary<ProposalId, int> IndexOf(NegotiationRecord record)
    {
        var index = new Dictionary<ProposalId, int>();
        for (var i = 0; i < record.Proposals.Count; i++)
        {
            index.TryAdd(record.Proposals[i].Id, i);
        }

        return index;
    }

    /// <summary>
    /// NM5007: the members of a package stand or fall together, so a member whose history ends accepted, agreed, signed,
    /// ratified or in force while its package's ends rejected, withdrawn or terminated tells two stories at once.
    /// </summary>
    private static void PackagesThatFell(NegotiationRecord record, ValidationContext context, Dictionary<ProposalId, int> index)
    {
        for (var p = 0; p < record.Proposals.Count; p++)
        {
            var package = record.Proposals[p];
            if (package.PackageMembers.IsEmpty || package.StatusHistory.IsEmpty || !Fell(package.StatusHistory[^1].Status))
            {
                continue;
            }

            for (var m = 0; m < package.PackageMembers.Count; m++)
            {
                if (index.TryGetValue(package.PackageMembers[m], out var i)
                    && record.Proposals[i] is { StatusHistory.IsEmpty: false } member
                    && Stands(member.StatusHistory[^1].Status)
                    && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.PackageMemberOutlivesPackage))
                {
                    context.Report(
                        DiagnosticSeverity.Warning,
                        DiagnosticCodes.PackageMemberOutlivesPackage,
                        $"Proposal '{member.Id}' is last {Words(member.StatusHistory[^1].Status)}, but the package it belongs to, '{package.Id}', is last {Words(package.StatusHistory[^1].Status)}: the members of a package stand or fall together. Record what became of '{member.Id}' when its package fell (rejected, withdrawn, superseded), or take it out of the package.",
                        RuleText.Of(nameof(record.Proposals), p).Member(nameof(Proposal.PackageMembers)).Index(m),
                        EntityReference.To(package.Id),
                        EntityReference.To(member.Id));
                }
            }
        }

        static bool Fell(ProposalStatus status) => status is ProposalStatus.Rejected or ProposalStatus.Withdrawn or ProposalStatus.Terminated;
        static bool Stands(ProposalStatus status) => status is ProposalStatus.Accepted or ProposalStatus.AgreedAdReferendum or ProposalStatus.Signed or ProposalStatus.Ratified or ProposalStatus.InForce;
        static string Words(ProposalStatus status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString()).Replace('-', ' ');
    }

    /// <summary>NM5008: further predecessors without a first: a 1.0 reader, which knows only 'supersedes', would see none.</summary>
    private static void PredecessorsWithoutFirst(NegotiationRecord record, ValidationContext context)
    {
        for (var p = 0; p < record.Proposals.Count; p++)
        {
            var proposal = record.Proposals[p];
            if (proposal.Supersedes is null && !proposal.AlsoSupersedes.IsEmpty && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.AlsoSupersedesWithoutSupersedes))
            {
                context.Report(
                    DiagnosticSeverity.Warning,
                    DiagnosticCodes.AlsoSupersedesWithoutSupersedes,
                    $"Proposal '{proposal.Id}' names predecessors in 'alsoSupersedes' but none in 'supersedes': put the first, '{proposal.AlsoSupersedes[0]}', in 'supersedes', which every reader of the format knows, and the others in 'alsoSupersedes'.",
                    RuleText.Of(nameof(record.Proposals), p).Member(nameof(Proposal.AlsoSupersedes)),
                    EntityReference.To(proposal.Id));
            }
        }
    }
}
