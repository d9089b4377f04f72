using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;

namespace NegotiationModel.Interop.Pax;

/// <summary>Provision variables of one codebook category that map to the same kinds of provision.</summary>
/// <param name="Category">The codebook's top-level category.</param>
/// <param name="Columns">The variables, as the CSV export names them.</param>
/// <param name="Kinds">
/// The kinds of provision (their JSON <c>kind</c> names) the variables stand for; the import creates the first. Empty: the
/// model types none, and the import creates an <c>other</c> provision with <see cref="Category"/>.
/// </param>
/// <remarks>Equality: by reference (the lists). This type is immutable and thread-safe.</remarks>
internal sealed record PaxProvisionRow(PaxCodebookCategory Category, IReadOnlyList<string> Columns, IReadOnlyList<string> Kinds)
{
    /// <summary>
    /// Gets whether the import makes an <c>other</c> provision of <see cref="Category"/>: when the row names no kind, or its
    /// first kind needs an actor (the withdrawing force, the neutral state) that PA-X names only in prose.
    /// </summary>
    public bool CreatesOther => Kinds.Count == 0 || !PaxProvisionKinds.CanCreate(Kinds[0]);

    /// <summary>Gets the <c>kind</c> name of the provisions the import makes for <see cref="Columns"/>.</summary>
    public string ImportedKind => CreatesOther ? "other" : Kinds[0];

    /// <summary>Creates the provision the import makes for one of <see cref="Columns"/>.</summary>
    public Provision Create(ProvisionId id, ProvisionDepth depth)
    {
        var provision = CreatesOther ? new OtherProvision(id) { PaxCategory = Category.Category } : PaxProvisionKinds.Create(Kinds[0], id);
        return provision with { Depth = depth };
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Category}: {string.Join(", ", Columns)}";
}
