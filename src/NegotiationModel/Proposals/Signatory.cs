using NegotiationModel.Sources;

namespace NegotiationModel.Proposals;

/// <summary>
/// An actor that signed a proposal, as a source reports it: a person signing for a state or a negotiating format, or the
/// format itself. Whom a signature binds is the signatory's claim or the source's, recorded in <see cref="OnBehalfOf"/>
/// and its citations, not a fact the model asserts.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that the actors and the event exist.</para>
/// </remarks>
public sealed record Signatory : ExtensibleObject
{
    /// <summary>Initializes a new signatory.</summary>
    /// <param name="actor">Who signed; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default value.</exception>
    public Signatory(ActorId actor)
    {
        Actor = actor;
    }

    /// <summary>Gets who signed.</summary>
    public ActorId Actor { get; init => field = Guard.Against.Default(value, nameof(Actor)); }

    /// <summary>Gets whom the signatory signed for, when a source says so and it is not the signatory itself.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public ActorId? OnBehalfOf { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(OnBehalfOf)); }

    /// <summary>Gets the capacity in which the signatory signed, as the text or the sources give it, such as "President of the Republic" or "Commander of the FARC-EP", in one or more languages.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Capacity { get; init; }

    /// <summary>Gets the event at which the proposal was signed, such as the signing in Minsk on 12 February 2015.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public NegotiationEventId? Event { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Event)); }

    /// <summary>Gets the citations that report the signature.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Returns the signatory, such as <c>kuchma</c> or <c>kuchma (on behalf of ukraine)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => OnBehalfOf is { } principal ? $"{Actor} (on behalf of {principal})" : Actor.ToString();
}
