using NegotiationModel.Sources;

namespace NegotiationModel.Actors;

/// <summary>
/// Where an actor came from: its predecessor, how it came from it and when, such as the FARC political party transformed
/// from the FARC-EP in August 2017. An actor lists its predecessors; its successors are the actors that list it
/// (<see cref="NegotiationRecord.SuccessorsOf(ActorId)"/>), so each transition is said once.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that the predecessor exists in the record, that
/// transitions run in no cycle and that a transition is not dated before either actor came to exist.</para>
/// </remarks>
public sealed record ActorTransition : ExtensibleObject
{
    /// <summary>Initializes a new transition.</summary>
    /// <param name="predecessor">The actor this one came from; not the default value.</param>
    /// <param name="kind">How this actor came from it.</param>
    /// <exception cref="ArgumentException"><paramref name="predecessor"/> is the default value or <paramref name="kind"/> is undefined.</exception>
    public ActorTransition(ActorId predecessor, ActorTransitionKind kind)
    {
        Predecessor = predecessor;
        Kind = kind;
    }

    /// <summary>Gets the actor this one came from.</summary>
    public ActorId Predecessor { get; init => field = Guard.Against.Default(value, nameof(Predecessor)); }

    /// <summary>Gets how this actor came from its predecessor.</summary>
    public ActorTransitionKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets when the transition took place, as precisely as known.</summary>
    public When? When { get; init; }

    /// <summary>Gets what happened, in one or more languages, such as "founding congress of the party, Bogotá".</summary>
    public ValueList<LocalizedText> Description { get; init; }

    /// <summary>Gets the citations that report the transition.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Returns the predecessor and the kind, such as <c>farc-ep (Transformed)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Predecessor} ({Kind})";
}
