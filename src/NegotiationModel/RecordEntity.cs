using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Utility;

namespace NegotiationModel;

/// <summary>
/// The members every entity of a record has, declared once: its identifier, the citations that attribute it,
/// its identifiers in other systems, notes, and the members of its JSON this library does not know.
/// </summary>
/// <typeparam name="TId">The entity's identifier type.</typeparam>
/// <remarks>
/// <para>Only this library derives from this type (its constructor is private protected). Each entity declares
/// its <see cref="Id"/> first among its own members and the JSON contract writes the members declared here after
/// them, so an entity's JSON reads <c>id</c>, its own members, then <c>citations</c>, <c>identifiers</c> and
/// <c>notes</c>.</para>
/// <para>Equality: by value over all members of the same entity type, collections element-wise in order; entities
/// of different types are never equal.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public abstract record RecordEntity<TId> : ExtensibleObject, IRecordEntity
    where TId : struct, IEntityId<TId>
{
    private protected RecordEntity()
    {
    }

    /// <summary>Gets the entity's identifier in the record.</summary>
    public abstract TId Id { get; init; }

    /// <inheritdoc />
    public ValueList<Citation> Citations { get; init; }

    /// <inheritdoc />
    public ValueList<ExternalIdentifier> Identifiers { get; init; }

    /// <inheritdoc />
    public string? Notes { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Notes)); }

    /// <inheritdoc />
    [JsonIgnore]
    public EntityReference Reference => EntityReference.To(Id);

    /// <summary>Returns the entity's reference, such as <c>actor:kremlin</c>; each entity writes a more telling text of its own.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => Reference.ToString();
}
