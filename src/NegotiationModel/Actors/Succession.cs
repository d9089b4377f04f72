namespace NegotiationModel.Actors;

/// <summary>
/// One step of an actor's history: the predecessor, the successor and the transition the successor records, such as the
/// FARC-EP transformed into the FARC party in August 2017. Read from the record (<see cref="NegotiationRecord.SuccessorsOf(ActorId)"/>,
/// <see cref="NegotiationRecord.LineageOf(ActorId)"/>); it is not part of the JSON format.
/// </summary>
/// <param name="Predecessor">The actor the successor came from.</param>
/// <param name="Successor">The actor that records the transition among its <see cref="Actor.Predecessors"/>.</param>
/// <param name="Transition">How and when the successor came from the predecessor, with its citations.</param>
/// <remarks>
/// <para>Equality: by value over all members.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly record struct Succession(ActorId Predecessor, ActorId Successor, ActorTransition Transition)
{
    /// <summary>Returns the step, such as <c>farc-ep → farc-party (Transformed)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Predecessor} → {Successor} ({Transition.Kind})";
}
