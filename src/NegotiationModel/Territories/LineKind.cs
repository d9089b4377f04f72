namespace NegotiationModel.Territories;

/// <summary>What kind of line a named line is.</summary>
public enum LineKind
{
    /// <summary>The line where opposing forces meet (the front line).</summary>
    LineOfContact = 1,

    /// <summary>A line agreed or proposed in a ceasefire, such as the edge of a demilitarised zone.</summary>
    CeasefireLine = 2,

    /// <summary>A border between administrative subdivisions, such as an oblast's border.</summary>
    AdministrativeBorder = 3,

    /// <summary>A border between states.</summary>
    InternationalBorder = 4,

    /// <summary>Any other line.</summary>
    Other = 5,
}
