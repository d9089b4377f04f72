using System.Text.Json;
using NegotiationModel.Serialization;

namespace NegotiationModel.Comparison;

/// <summary>
/// Compares two versions of a record entity by entity, the way a consumer of a living data set needs:
/// which entities were added, removed or changed, and in which members.
/// </summary>
/// <remarks>
/// Entities are matched by kind and identifier (provisions across proposals by their own identifier, each as
/// <see cref="NegotiationRecord.Find(EntityReference)"/> finds it: as drafted in the latest version that holds it; a
/// provision's drafts within one record are compared by <see cref="ProposalVersionComparison"/>);
/// members are compared on their canonical JSON, so a difference is exactly what a textual diff of the
/// two files would show for that entity. Cost grows linearly with the size of the records. This type is
/// stateless and thread-safe.
/// </remarks>
public static class RecordDiff
{
    /// <summary>Lists the differences between two records: the record's own members first, then entities in the older record's order, then added ones in the newer record's order.</summary>
    /// <param name="before">The older record.</param>
    /// <param name="after">The newer record.</param>
    /// <returns>The changes; empty when the records are equal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValueList<EntityChange> Compare(NegotiationRecord before, NegotiationRecord after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);

        var changes = new List<EntityChange>();
        var recordMembers = ChangedMembers(RecordHeader(before), RecordHeader(after));
        if (!recordMembers.IsEmpty)
        {
            changes.Add(new EntityChange(null, ChangeKind.Changed, recordMembers));
        }

        var seen = new HashSet<EntityReference>();
        foreach (var listed in before.Entities())
        {
            if (!seen.Add(listed.Reference))
            {
                continue;
            }

            // The entity the look-up finds: a provision as drafted in the latest version that holds it.
            var entity = before.Find(listed.Reference)!;
            if (after.Find(entity.Reference) is not { } counterpart)
            {
                changes.Add(new EntityChange(entity.Reference, ChangeKind.Removed, []) { Heading = HeadingOf(entity) });
            }
            else if (!entity.Equals(counterpart))
            {
                changes.Add(new EntityChange(entity.Reference, ChangeKind.Changed, ChangedMembers(ToJson(entity), ToJson(counterpart))) { Heading = HeadingOf(counterpart) });
            }
        }

        foreach (var entity in after.Entities())
        {
            if (seen.Add(entity.Reference))
            {
                changes.Add(new EntityChange(entity.Reference, ChangeKind.Added, []) { Heading = HeadingOf(entity) });
            }
        }

        return ValueList.From(changes);
    }

    // Numbered, titled parts of an agreement are shown by their heading; other entities by their reference alone.
    private static string? HeadingOf(IRecordEntity entity) => entity switch
    {
        Proposals.Provision provision => Headings.Of(provision.Number, provision.Title),
        Guarantees.Guarantee guarantee => Headings.Of(guarantee.Number, guarantee.Title),
        Proposals.AgendaItem item => Headings.Of(item.Number, item.Title),
        _ => null,
    };

    private static JsonElement ToJson(IRecordEntity entity)
        => JsonSerializer.SerializeToElement(entity, NegotiationJson.Options.GetTypeInfo(entity is Proposals.Provision ? typeof(Proposals.Provision) : entity.GetType()));

    // The record's own members, without the entity collections, which are compared entity by entity.
    private static JsonElement RecordHeader(NegotiationRecord record)
    {
        var header = record;
        foreach (var kind in EntityKinds.InRecordOrder)
        {
            header = kind.WithoutEntities(header);
        }

        return JsonSerializer.SerializeToElement(header, NegotiationJson.Options.GetTypeInfo(typeof(NegotiationRecord)));
    }

    /// <summary>Returns the JSON names of the members that differ: the older object's in its order, then those only the newer has.</summary>
    internal static ValueList<string> ChangedMembers(JsonElement before, JsonElement after)
    {
        var changed = new List<string>();
        foreach (var member in before.EnumerateObject())
        {
            if (!after.TryGetProperty(member.Name, out var other) || !JsonValueEquality.DeepEquals(member.Value, other))
            {
                changed.Add(member.Name);
            }
        }

        foreach (var member in after.EnumerateObject())
        {
            if (!before.TryGetProperty(member.Name, out _))
            {
                changed.Add(member.Name);
            }
        }

        return ValueList.From(changed);
    }
}
