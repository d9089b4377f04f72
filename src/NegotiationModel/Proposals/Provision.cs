using System.Text.Json.Serialization;

namespace NegotiationModel.Proposals;

/// <summary>
/// One provision of a proposal's version: a ceasefire, a withdrawal, a demilitarised zone, a security
/// guarantee, a referendum... Each kind is a sealed derived record with its own members; this base holds
/// what every provision has, including its depth on the PA-X scale.
/// </summary>
/// <remarks>
/// <para>In JSON a provision is an object whose <c>"kind"</c> member names its derived type
/// (<c>"ceasefire"</c>, <c>"force-withdrawal"</c>, <c>"demilitarised-zone"</c>...); the member may appear
/// anywhere in the object. An unknown kind is rejected on reading.</para>
/// <para>Like <see cref="RecordEntity{TId}"/>, the base of every entity, this type is not sealed, but only this library derives from it (the
/// constructor is private protected): new kinds are added here, each named by one <c>"kind"</c> and passing its one
/// <see cref="ProvisionCategory"/> to this type's constructor.</para>
/// <para>Equality: by value over all members of the same derived type, collections element-wise in order;
/// provisions of different kinds are never equal.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CeasefireProvision), "ceasefire")]
[JsonDerivedType(typeof(EndOfHostilitiesProvision), "end-of-hostilities")]
[JsonDerivedType(typeof(ForceWithdrawalProvision), "force-withdrawal")]
[JsonDerivedType(typeof(DemilitarisedZoneProvision), "demilitarised-zone")]
[JsonDerivedType(typeof(NeutralityProvision), "neutrality")]
[JsonDerivedType(typeof(SecurityGuaranteeProvision), "security-guarantee")]
[JsonDerivedType(typeof(ReconstructionFinancingProvision), "reconstruction-financing")]
[JsonDerivedType(typeof(ReferendumProvision), "referendum")]
[JsonDerivedType(typeof(TransitionalGovernmentProvision), "transitional-government")]
[JsonDerivedType(typeof(ElectionsProvision), "elections")]
[JsonDerivedType(typeof(DeploymentLimitsProvision), "deployment-limits")]
[JsonDerivedType(typeof(WeaponsLimitsProvision), "weapons-limits")]
[JsonDerivedType(typeof(SanctionsReliefProvision), "sanctions-relief")]
[JsonDerivedType(typeof(PrisonerExchangeProvision), "prisoner-exchange")]
[JsonDerivedType(typeof(BorderSettlementProvision), "border-settlement")]
[JsonDerivedType(typeof(AmnestyProvision), "amnesty")]
[JsonDerivedType(typeof(ConstitutionalReformProvision), "constitutional-reform")]
[JsonDerivedType(typeof(DecentralisationProvision), "decentralisation")]
[JsonDerivedType(typeof(SpecialStatusProvision), "special-status")]
[JsonDerivedType(typeof(HumanitarianAccessProvision), "humanitarian-access")]
[JsonDerivedType(typeof(SocioEconomicReconnectionProvision), "socio-economic-reconnection")]
[JsonDerivedType(typeof(BorderControlProvision), "border-control")]
[JsonDerivedType(typeof(PowerSharingProvision), "power-sharing")]
[JsonDerivedType(typeof(MilitaryIntegrationProvision), "military-integration")]
[JsonDerivedType(typeof(NaturalResourcesProvision), "natural-resources")]
[JsonDerivedType(typeof(HumanRightsProvision), "human-rights")]
[JsonDerivedType(typeof(JusticeSectorReformProvision), "justice-sector-reform")]
[JsonDerivedType(typeof(TransitionalJusticeProvision), "transitional-justice")]
[JsonDerivedType(typeof(MissingPersonsProvision), "missing-persons")]
[JsonDerivedType(typeof(PoliceProvision), "police")]
[JsonDerivedType(typeof(SecuritySectorReformProvision), "security-sector-reform")]
[JsonDerivedType(typeof(DisarmamentProvision), "disarmament")]
[JsonDerivedType(typeof(CrimeAndCorruptionProvision), "crime-and-corruption")]
[JsonDerivedType(typeof(DisplacedPersonsProvision), "displaced-persons")]
[JsonDerivedType(typeof(LandAndPropertyProvision), "land-and-property")]
[JsonDerivedType(typeof(EnvironmentProvision), "environment")]
[JsonDerivedType(typeof(CulturalHeritageProvision), "cultural-heritage")]
[JsonDerivedType(typeof(DevelopmentProvision), "development")]
[JsonDerivedType(typeof(PoliticalInstitutionsProvision), "political-institutions")]
[JsonDerivedType(typeof(PublicParticipationProvision), "public-participation")]
[JsonDerivedType(typeof(StateDefinitionProvision), "state-definition")]
[JsonDerivedType(typeof(InternationalMissionProvision), "international-mission")]
[JsonDerivedType(typeof(ImplementationMechanismProvision), "implementation-mechanism")]
[JsonDerivedType(typeof(GroupRightsProvision), "group-rights")]
[JsonDerivedType(typeof(GenderProvision), "gender")]
[JsonDerivedType(typeof(OtherProvision), "other")]
public abstract record Provision : RecordEntity<ProvisionId>
{
    /// <summary>Initializes the members every provision has.</summary>
    /// <param name="id">The provision's identifier in the record; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <param name="category">The PA-X subject area of the provision's kind.</param>
    private protected Provision(ProvisionId id, ProvisionCategory category)
        : base(id)
    {
        Category = category;
    }

    /// <inheritdoc />
    /// <remarks>A provision's JSON writes it after the members of its kind, before the members every provision has.</remarks>
    [JsonPropertyOrder(0)]
    public sealed override ProvisionId Id { get => base.Id; init => base.Id = value; }

    /// <summary>Gets the PA-X subject area this kind of provision belongs to: fixed per kind, except that an
    /// <see cref="OtherProvision"/> may say its own (<see cref="OtherProvision.PaxCategory"/>); not written to JSON.</summary>
    [JsonIgnore]
    public ProvisionCategory Category { get; private protected init; }

    /// <summary>
    /// Gets how the agreement or the people negotiating it refer to the provision by its place, such as <c>point 2</c>,
    /// <c>Article 5</c>, <c>5(a)</c> or <c>Strand Two</c>; <see langword="null"/> when it has none. Text, since
    /// numbering is not always a number; timelines, renders and diffs show it before the <see cref="Title"/>.
    /// </summary>
    [AddedIn(1, 1)]
    [FoundByName]
    public string? Number { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Number)); }

    /// <summary>Gets the provision's title or heading, such as "Ceasefire", in one or more languages; empty when it has none.</summary>
    [AddedIn(1, 1)]
    [FoundByName]
    public ValueList<LocalizedText> Title { get; init; }

    /// <summary>Gets what the provision says, in one or more languages.</summary>
    public ValueList<LocalizedText> Summary { get; init; }

    /// <summary>Gets how deeply the provision addresses its subject (PA-X 1–3), or <see langword="null"/> when not graded.</summary>
    public ProvisionDepth? Depth { get; init => field = value is { } depth ? Guard.Against.UndefinedEnum(depth, nameof(Depth)) : null; }

    /// <summary>Gets the territories the provision applies to.</summary>
    public ValueList<TerritoryId> Territories { get; init; }

    /// <summary>Gets the conditions the provision depends on, such as "if there is a ceasefire".</summary>
    public ValueList<LocalizedText> Conditions { get; init; }

    /// <summary>Gets a value indicating whether the proposal presents the provision as optional, such as an optional demilitarised zone.</summary>
    public bool IsOptional { get; init; }

    /// <summary>Gets the questions the proposal leaves open, such as "who pays for monitoring?".</summary>
    public ValueList<LocalizedText> OpenQuestions { get; init; }

    /// <summary>
    /// Gets when the provision takes effect, as stated, or <see langword="null"/> when the text does not say:
    /// "from 00:00 Kyiv time on 15 February" is <c>2015-02-15T00[Europe/Kyiv]</c>; relative to another entity, as
    /// in <c>after(event:law-adopted, P0D, P30D)</c>. It is the provision's own time: a relative value anchored to
    /// <c>provision:id</c> counts from it, and the timeline shows it.
    /// </summary>
    [AddedIn(1, 1)]
    [Dates]
    public When? Effective { get; init; }

    /// <summary>Gets the times by which the provision requires things done, such as "withdrawal within 14 days".</summary>
    [AddedIn(1, 1)]
    public ValueList<Deadline> Deadlines { get; init; }

    /// <summary>Returns the identifier, the kind and the category, such as <c>dmz (DemilitarisedZoneProvision, Security)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public sealed override string ToString() => $"{Id} ({GetType().Name}, {Category})";
}
