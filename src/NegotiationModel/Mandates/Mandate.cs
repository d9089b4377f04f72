namespace NegotiationModel.Mandates;

/// <summary>
/// A mandate: who gave whom a task, by which instrument, for which tasks and term, and how it was renewed, such as a UN
/// Security Council resolution mandating a verification mission, or two governments' agreement establishing a commission.
/// </summary>
/// <remarks>
/// <para>The <see cref="Holder"/> is whoever holds the mandate: an actor (a commission, an envoy), a monitoring mission or a
/// working group. A monitoring mission's own <c>MandatedBy</c> names the provisions of an agreement that call for it and its
/// <c>MandateStart</c>–<c>MandateEnd</c> the span as a whole; a mandate adds the act that gave the task, by whom, and each
/// renewal with its own instrument and term. The instrument is a source (the resolution, the agreement's text): the record
/// says what the instrument says, attributed to it.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks the references, the holder's kind, that each term ends
/// after it starts, and that no renewal's term starts before the term it renews.</para>
/// </remarks>
/// <example>
/// <code>
/// var mandate = new Mandate(new MandateId("unsc-2261"), EntityReference.To(new MonitoringMissionId("un-mission-colombia")))
/// {
///     GrantedBy = [new ActorId("unsc")],
///     Instrument = new SourceId("unsc-resolution-2261"),
///     Tasks = [new LocalizedText("Monitor and verify the definitive bilateral ceasefire and the laying down of arms", "en")],
///     TermStart = When.Parse("2016-01-25"),
///     TermEnd = When.Parse("2017-09-25"),
/// };
/// </code>
/// </example>
public sealed record Mandate : RecordEntity<MandateId>
{
    /// <summary>Initializes a new mandate.</summary>
    /// <param name="id">The mandate's identifier in the record; not the default value.</param>
    /// <param name="holder">Who holds the mandate: an actor, a monitoring mission or a working group; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="holder"/> is the default value.</exception>
    public Mandate(MandateId id, EntityReference holder)
        : base(id)
    {
        Holder = holder;
    }

    /// <summary>Gets the mandate's name in one or more languages, such as "Mandate of the Independent International Commission on Decommissioning".</summary>
    [FoundByName]
    public ValueList<LocalizedText> Title { get; init; }

    /// <summary>Gets who holds the mandate: an actor, a monitoring mission or a working group.</summary>
    public EntityReference Holder { get; init => field = Guard.Against.Default(value, nameof(Holder)); }

    /// <summary>Gets who gave the mandate, such as the UN Security Council, or the two governments that agreed to establish a commission.</summary>
    public ValueList<ActorId> GrantedBy { get; init; }

    /// <summary>Gets the instrument that gave the mandate, as a source: a resolution, an agreement, a decision; <see langword="null"/> when not recorded.</summary>
    public SourceId? Instrument { get; init => field = value is { } id ? Guard.Against.Default(id, nameof(Instrument)) : null; }

    /// <summary>Gets the tasks the mandate gives, in one or more languages.</summary>
    public ValueList<LocalizedText> Tasks { get; init; }

    /// <summary>Gets when the first term began, as precisely as known.</summary>
    [Dates(SpanEnd.From)]
    public When? TermStart { get; init; }

    /// <summary>Gets when the first term ended or was to end, as precisely as known; <see langword="null"/> when open or unknown.</summary>
    [Dates(SpanEnd.Until)]
    public When? TermEnd { get; init; }

    /// <summary>Gets the renewals, oldest first, each with its own instrument and term.</summary>
    public ValueList<MandateRenewal> Renewals { get; init; }

    /// <summary>Returns the identifier and the holder, such as <c>unsc-2261 (monitoring-mission:un-mission-colombia)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Holder})";
}
