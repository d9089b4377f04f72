namespace NegotiationModel.Proposals;

/// <summary>Limits on the kinds or numbers of weapons an actor may hold or deploy.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: armed forces, arms control and ceasefire provisions. Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record WeaponsLimitsProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets the limits, as the proposal words them, such as a ban on a type of missile.</summary>
    public ValueList<LocalizedText> Limits { get; init; }

    /// <summary>Gets the actors the limits bind.</summary>
    public ValueList<ActorId> AppliesTo { get; init; }

    /// <summary>Gets the calibre of the weapons the limits concern, such as 100 mm and more (<c>new Quantity(100, "mm") { Comparator = QuantityComparator.AtLeast }</c>); <see langword="null"/> when not stated.</summary>
    [AddedIn(1, 1)]
    public Quantity? Calibre { get; init; }

    /// <summary>Gets the firing range of the weapons the limits concern, such as more than 500 km; <see langword="null"/> when not stated.</summary>
    [AddedIn(1, 1)]
    public Quantity? Range { get; init; }

    /// <summary>Gets how far the weapons are to be kept or withdrawn from a line or place, such as 50 km from the line of contact; <see langword="null"/> when not stated.</summary>
    [AddedIn(1, 1)]
    public Quantity? Distance { get; init; }

    /// <summary>Gets how many of the weapons may be held or deployed, such as at most 200 tanks (<c>new Quantity(200, "{tank}") { Comparator = QuantityComparator.AtMost }</c>); <see langword="null"/> when not stated.</summary>
    [AddedIn(1, 1)]
    public Quantity? Count { get; init; }
}
