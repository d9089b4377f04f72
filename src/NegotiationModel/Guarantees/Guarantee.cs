namespace NegotiationModel.Guarantees;

/// <summary>
/// A guarantee by third parties or parties to a conflict: who guarantees what to whom, by which
/// obligations and financial instruments, on which conditions, from when to when (PA-X third-party
/// guarantors, security guarantees and international funding).
/// </summary>
/// <remarks>
/// <para>A guarantee in a record is what its sources report as proposed, offered or agreed; its status
/// history says which. Guarantors and beneficiaries are not required at construction, so that a guarantee
/// reported before anyone has been named can be recorded; validation warns when either is missing.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Guarantee : RecordEntity<GuaranteeId>
{
    /// <summary>Initializes a new guarantee.</summary>
    /// <param name="id">The guarantee's identifier in the record; not the default value.</param>
    /// <param name="kind">What the guarantee secures.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value or <paramref name="kind"/> is undefined.</exception>
    public Guarantee(GuaranteeId id, GuaranteeKind kind)
        : base(id)
    {
        Kind = kind;
    }

    /// <summary>Gets what the guarantee secures.</summary>
    public GuaranteeKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>
    /// Gets how the agreement refers to the guarantee by its place, such as <c>Article 5</c> or <c>Annex 1</c>;
    /// <see langword="null"/> when it has none. Timelines, renders and diffs show it before the <see cref="Title"/>.
    /// </summary>
    [AddedIn(1, 1)]
    [FoundByName]
    public string? Number { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Number)); }

    /// <summary>Gets the guarantee's title or heading, such as "Security guarantees", in one or more languages; empty when it has none.</summary>
    [AddedIn(1, 1)]
    [FoundByName]
    public ValueList<LocalizedText> Title { get; init; }

    /// <summary>Gets the guarantors, such as the United States and Russia; may be empty while none is named.</summary>
    public ValueList<ActorId> Guarantors { get; init; }

    /// <summary>Gets who the guarantee protects or benefits, such as Ukraine; may be empty while none is named.</summary>
    public ValueList<ActorId> Beneficiaries { get; init; }

    /// <summary>Gets what the guarantors undertake to do, in one or more languages.</summary>
    public ValueList<LocalizedText> Obligations { get; init; }

    /// <summary>Gets the financial instruments the guarantee involves, such as loans the guarantors stand behind.</summary>
    public ValueList<FinancialInstrument> Instruments { get; init; }

    /// <summary>Gets the conditions the guarantee depends on.</summary>
    public ValueList<LocalizedText> Conditions { get; init; }

    /// <summary>Gets when the guarantee takes or took effect, if known.</summary>
    [Dates(SpanEnd.From)]
    public When? ValidFrom { get; init; }

    /// <summary>Gets when the guarantee ends or ended, if known.</summary>
    [Dates(SpanEnd.Until)]
    public When? ValidUntil { get; init; }

    /// <summary>Gets the guarantee's status history, oldest first.</summary>
    [Dates]
    public ValueList<StatusChange<GuaranteeStatus>> StatusHistory { get; init; }

    /// <summary>Gets the proposal that puts the guarantee forward, if any.</summary>
    public ProposalId? Proposal { get; init => field = value is { } id ? Guard.Against.Default(id, nameof(Proposal)) : null; }

    /// <summary>Gets the provisions the guarantee gives effect to, such as a security-guarantee provision.</summary>
    public ValueList<ProvisionId> Provisions { get; init; }

    /// <summary>
    /// Gets what the guarantee covers beyond provisions: for a guarantee of the process (<see cref="GuaranteeKind.Process"/>), the talks —
    /// the working group that is the table, the negotiating format, the rounds (events).
    /// </summary>
    [AddedIn(1, 1)]
    public ValueList<EntityReference> Covers { get; init; }

    /// <summary>
    /// Gets the body that carries the guarantee out, a working group of kind <see cref="WorkingGroups.WorkingGroupKind.Mechanism"/> with
    /// its members and competences, such as a tripartite monitoring and verification mechanism; the same body a monitoring mission
    /// names in <see cref="Monitoring.MonitoringMission.Mechanism"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    [AddedIn(1, 1)]
    public WorkingGroupId? Mechanism { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Mechanism)); }

    /// <summary>Returns the identifier and kind, such as <c>reconstruction-lending-guarantee (Financial)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Kind})";
}
