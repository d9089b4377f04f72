using System.Globalization;
using NegotiationModel.Sources;

namespace NegotiationModel.Proposals;

/// <summary>
/// One version of a proposal's text: its provisions as of that version, what changed from the previous
/// one, and the sources that report it (the Akoma Ntoso "expression" of a work).
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>A provision keeps its identifier from version to version: the provision with one identifier in versions 1 and 2
/// is one provision, as each version drafts it. Within a version, identifiers are unique.</para>
/// <para>This type is immutable and thread-safe. Validation checks that a proposal's version numbers are
/// unique and its provision identifiers resolve.</para>
/// </remarks>
public sealed record ProposalVersion : ExtensibleObject
{
    /// <summary>Initializes a new version.</summary>
    /// <param name="number">The version's number within its proposal, from 1.</param>
    /// <exception cref="ArgumentException"><paramref name="number"/> is zero or negative.</exception>
    public ProposalVersion(int number)
    {
        Number = number;
    }

    /// <summary>Gets the version's number within its proposal, from 1.</summary>
    public int Number { get; init => field = NumberRanges.ProposalVersionNumber.Check(value); }

    /// <summary>Gets the version's name, as its sources call it, such as "28-point plan" or "revised 20-point draft".</summary>
    public string? Label { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Label)); }

    /// <summary>Gets when the version was produced or first reported.</summary>
    public When? When { get; init; }

    /// <summary>Gets a summary of the version, in one or more languages.</summary>
    public ValueList<LocalizedText> Summary { get; init; }

    /// <summary>Gets the version's provisions.</summary>
    public ValueList<Provision> Provisions { get; init; }

    /// <summary>Gets what changed from the previous version.</summary>
    public ValueList<LocalizedText> ChangeNotes { get; init; }

    /// <summary>
    /// Gets who signed this version's text, each with whom it signed for and in which capacity: a rejected text and its
    /// revision, versions of one agreement, each have their own. <see cref="Proposal.Signatories"/> holds the signatures
    /// of the proposal as such, when the sources do not say which text was signed.
    /// </summary>
    [AddedIn(1, 1)]
    public ValueList<Signatory> Signatories { get; init; }

    /// <summary>Gets the event at which this version was signed, such as the ceremony in Cartagena on 26 September 2016.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    [AddedIn(1, 1)]
    public NegotiationEventId? SigningEvent { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(SigningEvent)); }

    /// <summary>Gets where this version was signed, when the record holds no signing event or the sources name the place apart from it.</summary>
    [AddedIn(1, 1)]
    public Place? SigningPlace { get; init; }

    /// <summary>
    /// Gets this version's own status history, oldest first: the text signed, then rejected, while its revision is signed
    /// and ratified. The proposal's <see cref="Proposal.StatusHistory"/> is the agreement's as a whole; the transitions of
    /// <see cref="ProposalStatus"/> apply to both.
    /// </summary>
    [AddedIn(1, 1)]
    public ValueList<StatusChange<ProposalStatus>> StatusHistory { get; init; }

    /// <summary>Gets the citations that attribute the version to its sources.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Finds the provision with the given identifier as this version drafts it.</summary>
    /// <param name="id">The provision's identifier, which it keeps in every version of the proposal.</param>
    /// <returns>The provision, or <see langword="null"/> when this version does not hold it (the first, when it holds it twice).</returns>
    public Provision? FindProvision(ProvisionId id)
    {
        foreach (var provision in Provisions)
        {
            if (provision.Id == id)
            {
                return provision;
            }
        }

        return null;
    }

    /// <summary>Returns the number and label, such as <c>version 2 (revised draft)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => Label is null
        ? string.Create(CultureInfo.InvariantCulture, $"version {Number}")
        : string.Create(CultureInfo.InvariantCulture, $"version {Number} ({Label})");
}
