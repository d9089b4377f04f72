using System.Text.Json;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;

namespace NegotiationModel.Comparison;

/// <summary>
/// Compares two versions of a proposal provision by provision: which provisions the later draft added or removed, which
/// it changed and in which members, and which it kept as they were. A provision is followed from draft to draft by its
/// identifier, which it keeps in every version of its proposal.
/// </summary>
/// <remarks>
/// Members are compared on their canonical JSON, as <see cref="RecordDiff"/> compares entities, so a provision whose kind
/// changed lists <c>kind</c> among its members. A version that holds a provision twice (which validation reports as NM1001)
/// is compared on the first. Cost grows linearly with the number of provisions. This type is stateless and thread-safe.
/// </remarks>
public static class ProposalVersionComparison
{
    /// <summary>Compares two versions of a proposal by their numbers.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="from">The number of the earlier version (or any version: comparing a later one with an earlier one lists the changes backwards).</param>
    /// <param name="to">The number of the later version.</param>
    /// <returns>
    /// When the versions were signed or went through their statuses differently (their <c>signatories</c>,
    /// <c>signingEvent</c>, <c>signingPlace</c> or <c>statusHistory</c> differ), first a change of the proposal headed by
    /// the later version, such as <c>~ proposal:final-agreement (version 2): signatories, statusHistory</c>; then every
    /// provision of either version, as <see cref="Compare(ProposalVersion, ProposalVersion)"/> lists them.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    /// <exception cref="ArgumentException">The proposal has no version <paramref name="from"/> or <paramref name="to"/>.</exception>
    /// <example><code>foreach (var change in ProposalVersionComparison.Compare(record.Find(minsk)!, 1, 2)) Console.WriteLine(change);</code></example>
    public static ValueList<EntityChange> Compare(Proposal proposal, int from, int to)
    {
        Guard.Against.Null(proposal);
        var before = proposal.FindVersion(from);
        var after = proposal.FindVersion(to);
        Guard.Against.Invalid(before is null, nameof(from), $"Proposal '{proposal.Id}' has no version {from} ({Numbers(proposal)}).");
        Guard.Against.Invalid(after is null, nameof(to), $"Proposal '{proposal.Id}' has no version {to} ({Numbers(proposal)}).");
        var provisions = Compare(before, after);
        var signing = RecordDiff.ChangedMembers(ToJson(before), ToJson(after)).RemoveAll(m => !SigningAndStatusMembers.Contains(m));
        return signing.IsEmpty
            ? provisions
            : provisions.Insert(0, new EntityChange(EntityReference.To(proposal.Id), ChangeKind.Changed, signing) { Heading = after.ToString() });
    }

    // A version's own signing and status (format 1.1), by JSON name: what makes a rejected text and its signed revision
    // two stories, which a comparison of their provisions alone would not show.
    private static readonly HashSet<string> SigningAndStatusMembers = ["signatories", "signingEvent", "signingPlace", "statusHistory"];

    /// <summary>
    /// Lists every provision of two versions with how it changed: the earlier version's provisions in its order (removed,
    /// changed with the members that differ, or unchanged), then those the later version added, in its order.
    /// </summary>
    /// <param name="before">The earlier version.</param>
    /// <param name="after">The later version.</param>
    /// <returns>One change per provision identifier of either version; each of <see cref="ChangeKind.Unchanged"/> when the versions hold the same provisions.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValueList<EntityChange> Compare(ProposalVersion before, ProposalVersion after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);

        var later = new Dictionary<ProvisionId, Provision>();
        foreach (var provision in after.Provisions)
        {
            later.TryAdd(provision.Id, provision);
        }

        var changes = new List<EntityChange>();
        var seen = new HashSet<ProvisionId>();
        foreach (var provision in before.Provisions)
        {
            if (!seen.Add(provision.Id))
            {
                continue;
            }

            var reference = EntityReference.To(provision.Id);
            if (!later.TryGetValue(provision.Id, out var counterpart))
            {
                changes.Add(new EntityChange(reference, ChangeKind.Removed, []));
            }
            else if (provision.Equals(counterpart))
            {
                changes.Add(new EntityChange(reference, ChangeKind.Unchanged, []));
            }
            else
            {
                changes.Add(new EntityChange(reference, ChangeKind.Changed, RecordDiff.ChangedMembers(ToJson(provision), ToJson(counterpart))));
            }
        }

        foreach (var provision in after.Provisions)
        {
            if (seen.Add(provision.Id))
            {
                changes.Add(new EntityChange(EntityReference.To(provision.Id), ChangeKind.Added, []));
            }
        }

        return ValueList.From(changes);
    }

    private static string Numbers(Proposal proposal)
        => proposal.Versions.IsEmpty ? "it has none" : "it has " + string.Join(", ", proposal.Versions.Select(v => v.Number));

    private static JsonElement ToJson(ProposalVersion version) => JsonSerializer.SerializeToElement(version, NegotiationJson.Options.GetTypeInfo(typeof(ProposalVersion)));

    private static JsonElement ToJson(Provision provision) => JsonSerializer.SerializeToElement(provision, NegotiationJson.Options.GetTypeInfo(typeof(Provision)));
}
