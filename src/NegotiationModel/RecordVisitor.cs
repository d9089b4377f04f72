using NegotiationModel.Time;

namespace NegotiationModel;

/// <summary>Receives what a <see cref="RecordWalker"/> finds; every method does nothing unless overridden.</summary>
internal abstract class RecordVisitor
{
    /// <summary>An entity, or a proposal's phase, is defined at <paramref name="path"/>.</summary>
    public virtual void VisitDefinition(EntityReference definition, object value, JsonPath? path)
    {
    }

    /// <summary>
    /// A member at <paramref name="path"/> refers to the entity of <paramref name="kind"/> with identifier
    /// <paramref name="id"/> (<see langword="null"/> for a default identifier, which refers to nothing).
    /// </summary>
    public virtual void VisitReference(EntityKind kind, string? id, JsonPath? path, IRecordEntity? owner)
    {
    }

    /// <summary>An object (an entity, or a value such as a localized text or an amount of money) is at <paramref name="path"/>.</summary>
    public virtual void VisitObject(object value, JsonPath? path, IRecordEntity? owner)
    {
    }

    /// <summary>A time value is at <paramref name="path"/>; its anchors are reported as references after it.</summary>
    public virtual void VisitWhen(When when, JsonPath? path, IRecordEntity? owner)
    {
    }
}
