namespace NegotiationModel.Identifiers;

/// <summary>
/// Declares a typed identifier of one kind of entity. The library's source generator writes its members
/// (construction, parsing, ordering, text), its <c>NegotiationRecord.Find</c> overload and its JSON
/// converter's registration; the declaration gives only the kind and the summary.
/// </summary>
/// <param name="kind">The kind of entity the identifier identifies.</param>
/// <remarks>Equality: by reference, as for every attribute. This type is immutable and thread-safe.</remarks>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
internal sealed class EntityIdAttribute(EntityKind kind) : Attribute
{
    /// <summary>Gets the kind of entity the identifier identifies.</summary>
    public EntityKind Kind { get; } = kind;
}
