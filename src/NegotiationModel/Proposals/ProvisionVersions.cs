namespace NegotiationModel.Proposals;

/// <summary>Edits a provision's text in one version of its proposal (see <see cref="NegotiationRecord.Replace(Provision, int)"/>).</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class ProvisionVersions
{
    /// <summary>Returns the record with <paramref name="provision"/> in the place of the one with its identifier in version <paramref name="version"/>.</summary>
    /// <exception cref="ArgumentException">No version of that number holds the provision, or several do.</exception>
    public static NegotiationRecord Replace(NegotiationRecord record, Provision provision, int version)
    {
        var proposals = record.Proposals;
        var replaced = 0;
        for (var p = 0; p < proposals.Count; p++)
        {
            var versions = proposals[p].Versions;
            var edited = false;
            for (var v = 0; v < versions.Count; v++)
            {
                if (versions[v].Number != version)
                {
                    continue;
                }

                var provisions = versions[v].Provisions;
                for (var k = 0; k < provisions.Count; k++)
                {
                    if (provisions[k].Id == provision.Id)
                    {
                        replaced++;
                        edited = true;
                        provisions = provisions.SetItem(k, provision);
                        versions = versions.SetItem(v, versions[v] with { Provisions = provisions });
                    }
                }
            }

            if (edited)
            {
                proposals = proposals.SetItem(p, proposals[p] with { Versions = versions });
            }
        }

        Guard.Against.Invalid(replaced == 0, nameof(provision), $"No version {version} of a proposal holds provision '{provision.Id}' to replace; {Holders(record, provision.Id)}.");
        Guard.Against.Invalid(replaced > 1, nameof(provision), $"Version {version} holds provision '{provision.Id}' {replaced} times (in one proposal or several), so which one to replace is unclear; replace it in the list that holds it.");
        return record with { Proposals = proposals };
    }

    /// <summary>
    /// Returns each provision as the record's look-ups find it by identifier: as drafted in the version with the greatest
    /// number that holds it (the first draft of a version that holds it twice); of an identifier shared by two proposals
    /// (NM1001), the first proposal's. In record order of first appearance.
    /// </summary>
    public static IEnumerable<Provision> LatestDrafts(NegotiationRecord record)
    {
        var latest = new Dictionary<ProvisionId, (int Proposal, int Version, Provision Draft)>();
        var order = new List<ProvisionId>();
        for (var p = 0; p < record.Proposals.Count; p++)
        {
            foreach (var version in record.Proposals[p].Versions)
            {
                foreach (var provision in version.Provisions)
                {
                    if (!latest.TryGetValue(provision.Id, out var found))
                    {
                        latest[provision.Id] = (p, version.Number, provision);
                        order.Add(provision.Id);
                    }
                    else if (found.Proposal == p && version.Number > found.Version)
                    {
                        latest[provision.Id] = (p, version.Number, provision);
                    }
                }
            }
        }

        return order.Select(id => latest[id].Draft);
    }

    /// <summary>Counts the copies of a provision in the record: one per version that holds it, across proposals.</summary>
    public static int CopiesOf(NegotiationRecord record, ProvisionId id)
        => record.Proposals.Sum(p => p.Versions.Sum(v => v.Provisions.Count(provision => provision.Id == id)));

    /// <summary>Says which versions of which proposals hold a provision, for a message.</summary>
    public static string Holders(NegotiationRecord record, ProvisionId id)
    {
        var holders = record.Proposals
            .Select(p => (p.Id, Versions: p.Versions.Where(v => v.FindProvision(id) is not null).Select(v => v.Number).ToList()))
            .Where(h => h.Versions.Count > 0)
            .Select(h => $"proposal '{h.Id}' holds it in version{(h.Versions.Count == 1 ? string.Empty : "s")} {string.Join(", ", h.Versions)}")
            .ToList();
        return holders.Count == 0 ? "the record holds no such provision" : string.Join("; ", holders);
    }
}
