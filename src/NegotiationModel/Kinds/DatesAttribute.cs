namespace NegotiationModel.Kinds;

/// <summary>
/// Marks a member of an entity that says when the entity was (see <see cref="EntityTime"/>): a <c>When</c>, one end
/// of a span (<see cref="SpanEnd"/>), or a list of parts each with a <c>When</c> (the first part that has one dates
/// the entity, as a proposal's first version or a first status change). When an entity marks several, the first
/// in declaration order that holds a value wins (a span counts as one, at its first end).
/// <c>EntityKindsGenerator</c> reads it into <see cref="EntityKinds"/>.
/// </summary>
/// <remarks>Equality: by reference, as for every attribute. This type is immutable and thread-safe.</remarks>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
internal sealed class DatesAttribute : Attribute
{
    /// <summary>Initializes the attribute for a member that dates the entity by itself.</summary>
    public DatesAttribute()
    {
    }

    /// <summary>Initializes the attribute for a member that is one end of the entity's span.</summary>
    /// <param name="end">The end of the span the member gives.</param>
    public DatesAttribute(SpanEnd end) => End = end;

    /// <summary>Gets the end of the span the member gives, or <see langword="null"/> when it dates the entity by itself.</summary>
    public SpanEnd? End { get; }
}
