namespace NegotiationModel.Actors;

/// <summary>How an actor came from its predecessor: renamed, transformed, merged, split, absorbed or succeeded.</summary>
public enum ActorTransitionKind
{
    /// <summary>The predecessor took a new name and is otherwise the same body, such as the FARC party becoming Comunes in 2021.</summary>
    Renamed = 1,

    /// <summary>The predecessor changed its nature, such as the FARC-EP, an armed group, becoming a political party in 2017.</summary>
    Transformed = 2,

    /// <summary>The actor was formed by merging the predecessor with others; each of them is a predecessor of kind merged.</summary>
    Merged = 3,

    /// <summary>The actor split from the predecessor, which may have gone on or come to an end.</summary>
    Split = 4,

    /// <summary>The predecessor was absorbed into this actor, which existed before.</summary>
    Absorbed = 5,

    /// <summary>The actor took over the predecessor's rights, seat or role, such as a state continuing another's membership of an organisation.</summary>
    Succeeded = 6,
}
