using System.Text.Json.Serialization;
using NegotiationModel.Sources;

namespace NegotiationModel.Statements;

/// <summary>
/// Something one or more actors said or wrote, as a source reports it (the Popolo speech, the
/// Akoma Ntoso speech with by / as / to): who spoke, for whom, to whom, at which event, in which mode
/// (quoted or paraphrased), what the statement does (a PLOVER act with its modality), what it is about,
/// and how sources framed it, kept apart from the words themselves.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Statement : RecordEntity<StatementId>
{
    /// <summary>Initializes a new statement.</summary>
    /// <param name="id">The statement's identifier in the record; not the default value.</param>
    /// <param name="speakers">Who made the statement, at least one actor.</param>
    /// <param name="text">The statement's wording: the original and any translations, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, or a collection is empty.</exception>
    public Statement(StatementId id, ValueList<ActorId> speakers, ValueList<LocalizedText> text)
        : base(id)
    {
        Speakers = speakers;
        Text = text;
    }

    // The JSON contract's constructor. Source-generated deserialization sets every init-only property it
    // does not find in the JSON to its type's default, which would overwrite the defaults of Mode and
    // Modality (and fail their guards); as optional constructor parameters they keep their defaults.
    [JsonConstructor]
    internal Statement(StatementId id, ValueList<ActorId> speakers, ValueList<LocalizedText> text, StatementMode mode = StatementMode.Paraphrase, Modality modality = Modality.Asserted)
        : this(id, speakers, text)
    {
        Mode = mode;
        Modality = modality;
    }

    /// <summary>Gets who made the statement.</summary>
    public ValueList<ActorId> Speakers { get; init => field = Guard.Against.EmptyList(value, nameof(Speakers), "A statement needs at least one speaker."); }

    /// <summary>Gets the statement's wording: the original and any translations.</summary>
    public ValueList<LocalizedText> Text { get; init => field = Guard.Against.EmptyList(value, nameof(Text), "A statement needs its text in at least one language."); }

    /// <summary>Gets the actor the speakers spoke for, such as the Kremlin for a presidential aide, when a source says so.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public ActorId? OnBehalfOf { get; init => field = value is { } actor ? Guard.Against.Default(actor, nameof(OnBehalfOf)) : null; }

    /// <summary>Gets whom the statement was addressed to, such as the press or another party.</summary>
    public ValueList<ActorId> Audience { get; init; }

    /// <summary>Gets the event the statement was made at, such as the press conference after the Miami meeting.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public NegotiationEventId? Event { get; init => field = value is { } at ? Guard.Against.Default(at, nameof(Event)) : null; }

    /// <summary>Gets when the statement was made, as precisely as it is known.</summary>
    [Dates]
    public When? When { get; init; }

    /// <summary>Gets how the wording relates to what was said: quoted, paraphrased, summarised; <see cref="StatementMode.Paraphrase"/> unless set.</summary>
    /// <exception cref="ArgumentException">The value set is undefined.</exception>
    public StatementMode Mode { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Mode)); } = StatementMode.Paraphrase;

    /// <summary>Gets what the statement does, as a PLOVER act (agree, request, reject…), when it has been coded.</summary>
    /// <exception cref="ArgumentException">The value set is undefined.</exception>
    public ActType? Act { get; init => field = value is { } act ? Guard.Against.UndefinedEnum(act, nameof(Act)) : null; }

    /// <summary>Gets whether the statement asserts, announces, supposes or denies what it says; <see cref="Statements.Modality.Asserted"/> unless set.</summary>
    /// <exception cref="ArgumentException">The value set is undefined.</exception>
    public Modality Modality { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Modality)); } = Modality.Asserted;

    /// <summary>Gets what the statement is about: proposals, working groups, territories, actors.</summary>
    public ValueList<EntityReference> About { get; init; }

    /// <summary>Gets the topics the statement touches.</summary>
    public ValueList<TopicId> Topics { get; init; }

    /// <summary>Gets how sources characterised the statement, kept apart from its wording.</summary>
    public ValueList<Framing> Framings { get; init; }

    /// <summary>Returns the identifier and the first text, such as <c>trump-thorny-issues: [en] One or two…</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id}: {Text[0]}";
}
