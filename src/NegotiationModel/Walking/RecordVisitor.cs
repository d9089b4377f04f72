namespace NegotiationModel.Walking;

/// <summary>Receives what a <see cref="RecordWalker"/> finds; every method does nothing unless overridden.</summary>
internal abstract class RecordVisitor
{
    /// <summary>An entity, or a proposal's phase, is defined at <paramref name="path"/>.</summary>
    public virtual void VisitDefinition(EntityReference definition, object value, SitePath path)
    {
    }

    /// <summary>
    /// A member at <paramref name="path"/> refers to the entity of <paramref name="kind"/> with identifier
    /// <paramref name="id"/> (<see langword="null"/> for a default identifier, which refers to nothing).
    /// </summary>
    public virtual void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
    {
    }

    /// <summary>An object (an entity, or a value such as a localized text or an amount of money) is at <paramref name="path"/>.</summary>
    public virtual void VisitObject(object value, SitePath path, IRecordEntity? owner)
    {
    }

    /// <summary>A time value is at <paramref name="path"/>; its anchors are reported as references after it.</summary>
    public virtual void VisitWhen(When when, SitePath path, IRecordEntity? owner)
    {
    }

    /// <summary>An object on the way holds members the model does not know (<see cref="UnknownMembers"/>).</summary>
    public virtual void VisitUnknownMembers()
    {
    }
}
