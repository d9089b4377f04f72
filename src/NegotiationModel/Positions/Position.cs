using System.Globalization;
using System.Text.Json.Serialization;
using NegotiationModel.Sources;

namespace NegotiationModel.Positions;

/// <summary>
/// An actor's stance on something in the negotiation (a proposal, a provision, a topic), at a time,
/// as the statements that evidence it and the sources cited show: Russia opposes the temporary
/// ceasefire proposed by Ukraine and Europe; Ukraine supports a referendum on condition of a ceasefire.
/// </summary>
/// <remarks>
/// <para>A position is the holder's, as reported or as inferred from its statements; positions change,
/// so a record keeps one per holder, subject and time, ranked by <see cref="Rank"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Position : RecordEntity<PositionId>
{
    /// <summary>Initializes a new position.</summary>
    /// <param name="id">The position's identifier in the record; not the default value.</param>
    /// <param name="holder">The actor who holds the position; not the default value.</param>
    /// <param name="subject">What the position is on: a proposal, provision, topic or any other entity; not the default value.</param>
    /// <param name="stance">The holder's stance on <paramref name="subject"/>.</param>
    /// <exception cref="ArgumentException">An identifier or <paramref name="subject"/> is the default value, or <paramref name="stance"/> is undefined.</exception>
    public Position(PositionId id, ActorId holder, EntityReference subject, Stance stance)
        : base(id)
    {
        Holder = holder;
        Subject = subject;
        Stance = stance;
    }

    // The JSON contract's constructor. Source-generated deserialization sets every init-only property it
    // does not find in the JSON to its type's default (dotnet/runtime#84484), which would overwrite the
    // default of Rank (and fail its guard); as an optional constructor parameter it keeps its default.
    [JsonConstructor]
    internal Position(PositionId id, ActorId holder, EntityReference subject, Stance stance, FactRank rank = FactRank.Normal)
        : this(id, holder, subject, stance)
    {
        Rank = rank;
    }

    /// <summary>Gets the actor who holds the position.</summary>
    public ActorId Holder { get; init => field = Guard.Against.Default(value, nameof(Holder)); }

    /// <summary>Gets what the position is on.</summary>
    public EntityReference Subject { get; init => field = Guard.Against.Default(value, nameof(Subject)); }

    /// <summary>
    /// Gets the number of the proposal version whose text the position is on, when <see cref="Subject"/> is a provision or a
    /// proposal: version 2's wording of a provision, version 1 of a plan. <see langword="null"/> (the default, and every 1.0
    /// record) means the subject as such, in all its versions: a provision keeps its identifier from version to version.
    /// </summary>
    /// <remarks>Validation checks that the subject's proposal has this version and, for a provision, that the version holds it.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    [AddedIn(1, 1)]
    public int? SubjectVersion { get; init => field = value is { } number ? NumberRanges.PositionSubjectVersion.Check(number) : null; }

    /// <summary>Gets the holder's stance.</summary>
    public Stance Stance { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Stance)); }

    /// <summary>Gets the conditions the holder attaches, in any language, such as <c>a ceasefire first</c>; chiefly for a <see cref="Stance.Conditional"/> stance.</summary>
    public ValueList<LocalizedText> Conditions { get; init; }

    /// <summary>Gets when the holder held the position, or <see langword="null"/> when unknown.</summary>
    [Dates]
    public When? When { get; init; }

    /// <summary>Gets the statements that evidence the position.</summary>
    public ValueList<StatementId> Evidence { get; init; }

    /// <summary>Gets the position's rank among the record's positions of the same holder on the same subject; <see cref="FactRank.Normal"/> unless set.</summary>
    public FactRank Rank { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Rank)); } = FactRank.Normal;

    /// <summary>Returns the holder, stance and subject, such as <c>russia Opposes proposal:ukraine-europe-ceasefire</c>, with the subject's version when it has one (<c>… provision:point-2 (version 2)</c>).</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => SubjectVersion is { } version
        ? string.Create(CultureInfo.InvariantCulture, $"{Holder} {Stance} {Subject} (version {version})")
        : $"{Holder} {Stance} {Subject}";
}
