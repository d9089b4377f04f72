using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Monitoring;
using NegotiationModel.Sources;
using NegotiationModel.WorkingGroups;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Actors;

/// <summary>
/// The talks between Colombia's government and the FARC-EP (2012–2017) as docs/concepts.md shows them: Cuba and Norway as
/// guarantors of the talks, Venezuela and Chile accompanying, the tripartite monitoring and verification mechanism of the United
/// Nations, the government and the FARC-EP, and the FARC-EP's transformation into a political party, later renamed.
/// </summary>
internal static class ColombiaThirdParties
{
    public static readonly ActorId Government = new("colombia-government");
    public static readonly ActorId FarcEp = new("farc-ep");
    public static readonly ActorId FarcParty = new("farc-party");
    public static readonly ActorId Comunes = new("comunes");
    public static readonly ActorId Cuba = new("cuba");
    public static readonly ActorId Norway = new("norway");
    public static readonly ActorId Venezuela = new("venezuela");
    public static readonly ActorId Chile = new("chile");
    public static readonly ActorId UnitedNations = new("united-nations");
    public static readonly WorkingGroupId Table = new("havana-table");
    public static readonly WorkingGroupId Mechanism = new("mmv");
    public static readonly NegotiationEventId Signing = new("cartagena-signing");
    public static readonly GuaranteeId ProcessGuarantee = new("guarantors-of-the-talks");
    public static readonly GuaranteeId CeasefireVerification = new("ceasefire-verification");
    public static readonly MonitoringMissionId Monitoring = new("mmv-ceasefire-monitoring");
    public static readonly SourceId GeneralAgreement = new("general-agreement-2012");

    public static NegotiationRecord Record() => new("Colombia and the FARC-EP: third parties and transformations")
    {
        SchemaVersion = new SchemaVersion(1, 1),
        Actors =
        [
            State(Government, "Government of Colombia") with { Kind = ActorKind.Organisation, OrganisationKind = OrganisationKind.GovernmentBody },
            new Actor(FarcEp, ActorKind.Faction, [new LocalizedName("Fuerzas Armadas Revolucionarias de Colombia – Ejército del Pueblo", "es"), new LocalizedName("FARC-EP", "es", NameKind.Abbreviation)])
            {
                ExistsFrom = W("1964"),
                ExistsUntil = W("2017-08"),
            },
            new Actor(FarcParty, ActorKind.Organisation, [new LocalizedName("Fuerza Alternativa Revolucionaria del Común", "es")])
            {
                OrganisationKind = OrganisationKind.PoliticalParty,
                ExistsFrom = W("2017-08"),
                ExistsUntil = W("2021-01-24"),
                Predecessors =
                [
                    new ActorTransition(FarcEp, ActorTransitionKind.Transformed)
                    {
                        When = W("2017-08[America/Bogota]"),
                        Description = [En("Founding congress of the party, Bogotá")],
                        Citations = [new Citation(GeneralAgreement)],
                    },
                ],
            },
            new Actor(Comunes, ActorKind.Organisation, [new LocalizedName("Comunes", "es")])
            {
                OrganisationKind = OrganisationKind.PoliticalParty,
                ExistsFrom = W("2021-01-24"),
                Predecessors = [new ActorTransition(FarcParty, ActorTransitionKind.Renamed) { When = W("2021-01-24[America/Bogota]") }],
            },
            State(Cuba, "Cuba"),
            State(Norway, "Norway"),
            State(Venezuela, "Venezuela"),
            State(Chile, "Chile"),
            new Actor(UnitedNations, ActorKind.Organisation, [new LocalizedName("United Nations", "en")]) { OrganisationKind = OrganisationKind.UnitedNationsBody },
        ],
        Sources = [new Source(GeneralAgreement, SourceKind.OfficialStatement)],
        Events =
        [
            new NegotiationEvent(Signing, EventKind.Signing, [En("Signing of the final agreement in Cartagena")])
            {
                When = W("2016-09-26[America/Bogota]"),
                Participants =
                [
                    new Participant(Government, ParticipantRole.Principal),
                    new Participant(FarcEp, ParticipantRole.Principal),
                    new Participant(Cuba, ParticipantRole.Other) { ThirdPartyRole = ThirdPartyRole.Guarantor },
                    new Participant(Norway, ParticipantRole.Other) { ThirdPartyRole = ThirdPartyRole.Guarantor },
                    new Participant(UnitedNations, ParticipantRole.Observer) { ThirdPartyRole = ThirdPartyRole.Witness },
                ],
            },
        ],
        WorkingGroups =
        [
            new WorkingGroup(Table, [new LocalizedName("Mesa de Conversaciones", "es"), new LocalizedName("Table of talks in Havana", "en")])
            {
                Kind = WorkingGroupKind.Negotiating,
                Members =
                [
                    new WorkingGroupMember(Government, WorkingGroupRole.Member),
                    new WorkingGroupMember(FarcEp, WorkingGroupRole.Member),
                    new WorkingGroupMember(Cuba, WorkingGroupRole.Member) { ThirdPartyRole = ThirdPartyRole.Guarantor },
                    new WorkingGroupMember(Norway, WorkingGroupRole.Member) { ThirdPartyRole = ThirdPartyRole.Guarantor },
                    new WorkingGroupMember(Venezuela, WorkingGroupRole.Observer) { ThirdPartyRole = ThirdPartyRole.Accompanying },
                    new WorkingGroupMember(Chile, WorkingGroupRole.Observer) { ThirdPartyRole = ThirdPartyRole.Accompanying },
                ],
            },
            new WorkingGroup(Mechanism, [new LocalizedName("Mecanismo de Monitoreo y Verificación", "es"), new LocalizedName("MM&V", "es", NameKind.Abbreviation)])
            {
                Kind = WorkingGroupKind.Mechanism,
                Members =
                [
                    new WorkingGroupMember(UnitedNations, WorkingGroupRole.Chair) { ThirdPartyRole = ThirdPartyRole.Verifier },
                    new WorkingGroupMember(Government, WorkingGroupRole.Member),
                    new WorkingGroupMember(FarcEp, WorkingGroupRole.Member),
                ],
                Competences = [En("Monitor the bilateral and definitive ceasefire"), En("Verify the laying down of arms"), En("Settle incidents and report to the parties")],
            },
        ],
        Guarantees =
        [
            new Guarantee(ProcessGuarantee, GuaranteeKind.Process)
            {
                Guarantors = [Cuba, Norway],
                Beneficiaries = [Government, FarcEp],
                Covers = [EntityReference.To(Table)],
                Citations = [new Citation(GeneralAgreement)],
            },
            new Guarantee(CeasefireVerification, GuaranteeKind.Monitoring)
            {
                Guarantors = [UnitedNations],
                Beneficiaries = [Government, FarcEp],
                Mechanism = Mechanism,
            },
        ],
        MonitoringMissions =
        [
            new MonitoringMission(Monitoring, [new LocalizedName("Monitoring and verification of the ceasefire", "en")])
            {
                Mechanism = Mechanism,
                ConductedBy = [UnitedNations, Government, FarcEp],
                MandateStart = W("2016-12-01"),
            },
        ],
    };

    private static Actor State(ActorId id, string name) => new(id, ActorKind.State, [new LocalizedName(name, "en")]);
}
