namespace NegotiationModel.Proposals;

/// <summary>A reform of a constitution or a new one: of which state, what it is to change and whose agreement it needs.</summary>
/// <remarks>
/// <para>Maps onto PA-X governance: constitutional reform and making, constitutional affirmation and renewal (Cons, ConRen). Category <see cref="ProvisionCategory.Governance"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record ConstitutionalReformProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Governance)
{
    /// <summary>Gets the state whose constitution is to change.</summary>
    [AddedIn(1, 1)]
    public ActorId? State { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(State)); }

    /// <summary>Gets what the reform is to change or provide, such as decentralisation as a key element.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Changes { get; init; }

    /// <summary>Gets the actors the changes are to be agreed with, such as representatives of certain areas.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> AgreedWith { get; init; }
}
