using System.Diagnostics;
using System.Text.Json.Serialization;

namespace NegotiationModel;

/// <summary>
/// A reference to any entity of a record by its kind and identifier: what a statement is about, what
/// a position takes a stance on, what an assessment assesses.
/// </summary>
/// <remarks>
/// <para>Equality: by <see cref="Kind"/> and by <see cref="Id"/>, ordinally: a reference is identified by what it
/// refers to, so one read with members this library does not know still finds its entity. Its
/// <see cref="UnknownMembers"/> are kept for the round trip but take no part in equality or the hash code.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct EntityReference
{
    /// <summary>Initializes a new reference.</summary>
    /// <param name="kind">The kind of entity referred to.</param>
    /// <param name="id">The entity's identifier, matching <see cref="EntityId.Pattern"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is undefined or <paramref name="id"/> is not a valid identifier.</exception>
    public EntityReference(EntityKind kind, string id)
    {
        Kind = Guard.Against.UndefinedEnum(kind);
        Id = EntityId.Check(id, "entity", nameof(id));
    }

    // The JSON reader's constructor: a reference that came with members this library does not know.
    internal EntityReference(EntityKind kind, string id, UnknownMembers? unknownMembers)
        : this(kind, id)
    {
        UnknownMembers = unknownMembers;
    }

    // An identifier's text is valid by construction, so a reference made of one skips matching it again:
    // validation makes a reference for every identifier of a record.
    private EntityReference(EntityKind kind, string id, bool trusted)
    {
        Debug.Assert(trusted && Enum.IsDefined(kind) && EntityId.IsValid(id), "Only identifiers already checked are trusted.");
        Kind = kind;
        Id = id;
    }

    /// <summary>Gets the kind of entity referred to.</summary>
    public EntityKind Kind { get; }

    /// <summary>Gets the identifier of the entity referred to.</summary>
    public string Id { get; }

    /// <summary>
    /// Gets the members of this reference's JSON that this library does not know, such as those of a newer
    /// version of the format, kept so that they are written back; <see langword="null"/> when there are none.
    /// </summary>
    /// <remarks>Its converter in the serialization layer reads and writes them; the contract has no member for them.</remarks>
    [JsonIgnore]
    public UnknownMembers? UnknownMembers { get; }

    /// <summary>Creates a reference to the entity a typed identifier identifies.</summary>
    /// <typeparam name="TId">The identifier's type, which gives the <see cref="Kind"/>.</typeparam>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public static EntityReference To<TId>(TId id)
        where TId : struct, IEntityId<TId>
        => Trusted(TId.Kind, Guard.Against.Invalid(id, id.IsDefault, nameof(id), "The identifier is the default value, which refers to nothing.").Value);

    /// <summary>Compares the kind and identifier of two references, ignoring their <see cref="UnknownMembers"/>.</summary>
    /// <param name="other">The other reference.</param>
    /// <returns><see langword="true"/> when both refer to the same entity.</returns>
    public bool Equals(EntityReference other) => Kind == other.Kind && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <summary>Returns a hash code of the kind and identifier, consistent with <see cref="Equals(EntityReference)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, Id is null ? 0 : StringComparer.Ordinal.GetHashCode(Id));

    /// <summary>Returns the kind and identifier, such as <c>proposal:ukraine-europe-ceasefire</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{KindName(Kind)}:{Id}";

    private static string KindName(EntityKind kind) => Utility.EnumNames<EntityKind>.Of(kind);

    /// <summary>Makes a reference of an identifier already checked (that of a typed identifier, or of another reference).</summary>
    internal static EntityReference Trusted(EntityKind kind, string id) => new(kind, id, trusted: true);
}
