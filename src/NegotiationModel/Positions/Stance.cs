namespace NegotiationModel.Positions;

/// <summary>An actor's stance on what a position is about.</summary>
public enum Stance
{
    /// <summary>The actor supports it.</summary>
    Supports = 1,

    /// <summary>The actor opposes it, as Russia and the United States (per Ushakov) oppose a temporary ceasefire before a referendum.</summary>
    Opposes = 2,

    /// <summary>The actor supports it on conditions, given in the position's conditions, as Ukraine would hold a referendum on condition of a ceasefire.</summary>
    Conditional = 3,

    /// <summary>The actor's words allow more than one reading.</summary>
    Ambiguous = 4,

    /// <summary>The actor has not decided, or says it has not.</summary>
    Undecided = 5,
}
