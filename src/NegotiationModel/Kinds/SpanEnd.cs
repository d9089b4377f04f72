namespace NegotiationModel.Kinds;

/// <summary>Which end of an entity's span a member marked <see cref="DatesAttribute"/> gives.</summary>
internal enum SpanEnd
{
    /// <summary>The start of the span, such as an actor's <c>ExistsFrom</c>.</summary>
    From,

    /// <summary>The end of the span, such as an actor's <c>ExistsUntil</c>.</summary>
    Until,
}
