namespace NegotiationModel.Territories;

/// <summary>How much of a territory an actor controls, as a source observes it.</summary>
public enum ControlExtent
{
    /// <summary>All of the territory.</summary>
    Full = 1,

    /// <summary>Most of the territory.</summary>
    Most = 2,

    /// <summary>Part of the territory, typically up to a line of contact.</summary>
    Part = 3,

    /// <summary>Control is fought over and no actor holds it firmly.</summary>
    Contested = 4,

    /// <summary>None of the territory: the actor has lost or never held control.</summary>
    None = 5,
}
