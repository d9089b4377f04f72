using System.Diagnostics;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;

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
[JsonConverter(typeof(EntityReferenceJsonConverter))]
public readonly record struct EntityReference
{
    /// <summary>Initializes a new reference.</summary>
    /// <param name="kind">The kind of entity referred to.</param>
    /// <param name="id">The entity's identifier, matching <see cref="EntityId.Pattern"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is undefined or <paramref name="id"/> is not a valid identifier.</exception>
    public EntityReference(EntityKind kind, string id)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
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
    public UnknownMembers? UnknownMembers { get; }

    /// <summary>Creates a reference to the entity an identifier of any kind identifies.</summary>
    /// <typeparam name="TId">The identifier's type, which says the entity's kind.</typeparam>
    /// <param name="id">The identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public static EntityReference To<TId>(TId id)
        where TId : struct, IEntityId<TId>
        => Trusted(EntityKinds.KindOf<TId>(), Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Actor"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(ActorId id) => Trusted(EntityKind.Actor, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Source"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(SourceId id) => Trusted(EntityKind.Source, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Event"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(NegotiationEventId id) => Trusted(EntityKind.Event, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Statement"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(StatementId id) => Trusted(EntityKind.Statement, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.WorkingGroup"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(WorkingGroupId id) => Trusted(EntityKind.WorkingGroup, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Proposal"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(ProposalId id) => Trusted(EntityKind.Proposal, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Provision"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(ProvisionId id) => Trusted(EntityKind.Provision, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Phase"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(PhaseId id) => Trusted(EntityKind.Phase, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Territory"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(TerritoryId id) => Trusted(EntityKind.Territory, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Claim"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(ClaimId id) => Trusted(EntityKind.Claim, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.ControlObservation"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(ControlObservationId id) => Trusted(EntityKind.ControlObservation, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Line"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(LineId id) => Trusted(EntityKind.Line, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Guarantee"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(GuaranteeId id) => Trusted(EntityKind.Guarantee, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Position"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(PositionId id) => Trusted(EntityKind.Position, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Assessment"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(AssessmentId id) => Trusted(EntityKind.Assessment, Checked(id.Value, nameof(id)));

    /// <summary>Creates a reference to an entity of kind <see cref="EntityKind.Topic"/>.</summary>
    /// <param name="id">The entity's identifier; not the default value.</param>
    /// <returns>The reference.</returns>
    public static EntityReference To(TopicId id) => Trusted(EntityKind.Topic, Checked(id.Value, nameof(id)));

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

    private static string KindName(EntityKind kind) => Serialization.KebabCaseEnumConverter<EntityKind>.NameOf(kind);

    /// <summary>Makes a reference of an identifier already checked (that of a typed identifier, or of another reference).</summary>
    internal static EntityReference Trusted(EntityKind kind, string id) => new(kind, id, trusted: true);

    private static string Checked(string? id, string parameterName)
        => id ?? throw new ArgumentException("The identifier is the default value, which refers to nothing.", parameterName);
}
