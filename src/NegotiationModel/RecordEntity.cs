using System.Text.Json.Serialization;
using NegotiationModel.Sources;

namespace NegotiationModel;

/// <summary>
/// The members every entity of a record has, declared once: its identifier, the citations that attribute it,
/// its identifiers in other systems, notes, and the members of its JSON this library does not know.
/// </summary>
/// <typeparam name="TId">The entity's identifier type.</typeparam>
/// <remarks>
/// <para>Only this library derives from this type (its constructor is private protected). The JSON contract writes
/// <see cref="Id"/> first (a provision writes it after the members of its kind) and the other members declared here after the entity's own, so an entity's JSON reads
/// <c>id</c>, its own members, then <c>citations</c>, <c>identifiers</c> and <c>notes</c>.</para>
/// <para>Equality: by value over all members of the same entity type, collections element-wise in order; entities
/// of different types are never equal.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public abstract record RecordEntity<TId> : ExtensibleObject, IRecordEntity
    where TId : struct, IEntityId<TId>
{
    /// <summary>Initializes the members every entity has.</summary>
    /// <param name="id">The entity's identifier in the record; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    private protected RecordEntity(TId id)
    {
        Id = id;
    }

    /// <summary>Gets the entity's identifier in the record; never the default value.</summary>
    /// <remarks>Virtual only so that <see cref="Proposals.Provision"/> can place it in its JSON after the members of its kind.</remarks>
    [JsonPropertyOrder(-1)]
    public virtual TId Id { get; init => field = Guard.Against.Default(value, nameof(Id)); }

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
