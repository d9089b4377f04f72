namespace NegotiationModel.Proposals;

/// <summary>
/// A proposal's lineage: the proposals it supersedes or derives from, and theirs in turn. What counts as a predecessor is
/// said in one place, <see cref="PredecessorsOf"/>; the walk over the record only follows it.
/// </summary>
internal static class ProposalLineage
{
    /// <summary>Returns the proposals a proposal directly succeeds: those it supersedes, then those it derives from.</summary>
    public static IEnumerable<ProposalId> PredecessorsOf(Proposal proposal)
    {
        foreach (var superseded in proposal.SupersededProposals())
        {
            yield return superseded;
        }

        foreach (var source in proposal.DerivedFrom)
        {
            yield return source;
        }
    }

    /// <summary>
    /// Returns the proposal and every proposal it succeeds, directly or through others, each once, nearest first (breadth
    /// first); a predecessor the record does not hold is listed but not followed, and a cycle ends where it closes.
    /// </summary>
    public static IReadOnlyList<ProposalId> LineageOf(NegotiationRecord record, ProposalId proposal)
    {
        var lineage = new List<ProposalId> { proposal };
        var seen = new HashSet<ProposalId> { proposal };
        for (var i = 0; i < lineage.Count; i++)
        {
            if (record.Find(lineage[i]) is not { } current)
            {
                continue;
            }

            foreach (var predecessor in PredecessorsOf(current))
            {
                if (seen.Add(predecessor))
                {
                    lineage.Add(predecessor);
                }
            }
        }

        return lineage;
    }
}
