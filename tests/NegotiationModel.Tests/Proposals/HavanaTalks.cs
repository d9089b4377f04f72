using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Votes;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Proposals;

/// <summary>
/// The Havana talks between the Government of Colombia and the FARC-EP, as docs/concepts.md shows them: the agenda of the
/// General Agreement of 26 August 2012 settled point by point by conditional partial agreements, and the final agreement
/// whose first text was signed and rejected and whose revision was signed and ratified, as two versions of one agreement.
/// </summary>
internal static class HavanaTalks
{
    public static readonly ProposalId GeneralAgreement = new("general-agreement-2012");
    public static readonly ProposalId RuralReform = new("agreement-point-1-rural-reform");
    public static readonly ProposalId Participation = new("agreement-point-2-political-participation");
    public static readonly ProposalId Drugs = new("agreement-point-4-illicit-drugs");
    public static readonly ProposalId Victims = new("agreement-point-5-victims");
    public static readonly ProposalId FinalAgreement = new("final-agreement");
    public static readonly AgendaId Agenda = new("havana-agenda");
    public static readonly AgendaItemId Point1 = new("point-1");
    public static readonly VoteId Plebiscite = new("plebiscite-2016");
    public static readonly NegotiationEventId Cartagena = new("signing-cartagena");
    public static readonly NegotiationEventId TeatroColon = new("signing-teatro-colon");
    public static readonly ActorId Colombia = new("colombia");
    public static readonly ActorId Farc = new("farc-ep");
    public static readonly ActorId Santos = new("santos");
    public static readonly ActorId Londono = new("londono");

    public static NegotiationRecord Record() => new("Colombia: the Havana talks, 2012-2016")
    {
        SchemaVersion = new SchemaVersion(1, 1),
        Actors =
        [
            new Actor(Colombia, ActorKind.State, [new LocalizedName("Colombia", "en")]),
            new Actor(Farc, ActorKind.Organisation, [new LocalizedName("FARC-EP", "es")]),
            new Actor(Santos, ActorKind.Person, [new LocalizedName("Juan Manuel Santos", "es")]),
            new Actor(Londono, ActorKind.Person, [new LocalizedName("Rodrigo Londoño", "es")]),
        ],
        Events =
        [
            new NegotiationEvent(Cartagena, EventKind.Signing, [En("Signing of the final agreement in Cartagena")]) { When = W("2016-09-26[America/Bogota]") },
            new NegotiationEvent(TeatroColon, EventKind.Signing, [En("Signing of the new final agreement at the Teatro Colón")]) { When = W("2016-11-24[America/Bogota]") },
        ],
        Proposals =
        [
            new Proposal(GeneralAgreement, ProposalKind.Framework, [En("General Agreement for the Termination of the Conflict and the Construction of a Stable and Lasting Peace")])
            {
                Stage = AgreementStage.PreNegotiation,
                StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Signed, W("2012-08-26[America/Havana]"))],
            },
            Partial(RuralReform, "Towards a New Colombian Countryside: Comprehensive Rural Reform", "2013-05-26[America/Havana]"),
            Partial(Participation, "Political participation: a democratic opening to build peace", "2013-11-06[America/Havana]"),
            Partial(Drugs, "Solution to the problem of illicit drugs", "2014-05-16[America/Havana]"),
            Partial(Victims, "Agreement on the victims of the conflict", "2015-12-15[America/Havana]"),
            new Proposal(FinalAgreement, ProposalKind.DraftAgreement, [En("Final Agreement for the Termination of the Conflict and the Construction of a Stable and Lasting Peace")])
            {
                Supersedes = RuralReform,
                AlsoSupersedes = [Participation, Drugs, Victims],
                Versions =
                [
                    new ProposalVersion(1)
                    {
                        Label = "Havana text",
                        When = W("2016-08-24[America/Havana]"),
                        Signatories =
                        [
                            new Signatory(Santos) { OnBehalfOf = Colombia, Capacity = [En("President of the Republic")] },
                            new Signatory(Londono) { OnBehalfOf = Farc, Capacity = [En("Commander of the FARC-EP")] },
                        ],
                        SigningEvent = Cartagena,
                        SigningPlace = new Place { Name = "Cartagena", TimeZone = "America/Bogota" },
                        StatusHistory =
                        [
                            new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W("2016-08-24[America/Havana]")),
                            new StatusChange<ProposalStatus>(ProposalStatus.Signed, W("2016-09-26[America/Bogota]")) { Cause = EntityReference.To(Cartagena) },
                            new StatusChange<ProposalStatus>(ProposalStatus.Rejected, W("2016-10-02[America/Bogota]")) { Cause = EntityReference.To(Plebiscite) },
                        ],
                    },
                    new ProposalVersion(2)
                    {
                        Label = "Teatro Colón text",
                        When = W("2016-11-12[America/Havana]"),
                        Signatories =
                        [
                            new Signatory(Santos) { OnBehalfOf = Colombia, Capacity = [En("President of the Republic")] },
                            new Signatory(Londono) { OnBehalfOf = Farc, Capacity = [En("Commander of the FARC-EP")] },
                        ],
                        SigningEvent = TeatroColon,
                        SigningPlace = new Place { Name = "Teatro Colón, Bogotá", TimeZone = "America/Bogota" },
                        StatusHistory =
                        [
                            new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W("2016-11-12[America/Havana]")),
                            new StatusChange<ProposalStatus>(ProposalStatus.Signed, W("2016-11-24[America/Bogota]")) { Cause = EntityReference.To(TeatroColon) },
                            new StatusChange<ProposalStatus>(ProposalStatus.Ratified, W("2016-11-30[America/Bogota]")),
                        ],
                    },
                ],
                StatusHistory =
                [
                    new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W("2016-08-24[America/Havana]")),
                    new StatusChange<ProposalStatus>(ProposalStatus.Signed, W("2016-09-26[America/Bogota]")),
                    new StatusChange<ProposalStatus>(ProposalStatus.Rejected, W("2016-10-02[America/Bogota]")) { Cause = EntityReference.To(Plebiscite) },
                    new StatusChange<ProposalStatus>(ProposalStatus.UnderNegotiation, W("2016-10-03[America/Bogota]")),
                    new StatusChange<ProposalStatus>(ProposalStatus.Signed, W("2016-11-24[America/Bogota]")),
                    new StatusChange<ProposalStatus>(ProposalStatus.Ratified, W("2016-11-30[America/Bogota]")),
                ],
            },
        ],
        Agendas =
        [
            new Agenda(Agenda, [En("Agenda of the General Agreement")])
            {
                AgreedBy = [Colombia, Farc],
                AgreedIn = GeneralAgreement,
                When = W("2012-08-26[America/Havana]"),
                Items =
                [
                    Item(Point1, "point 1", "Comprehensive agricultural development policy", RuralReform, "2012-11-19[America/Havana]", "2013-05-26[America/Havana]"),
                    Item(new AgendaItemId("point-2"), "point 2", "Political participation", Participation, "2013-06-11[America/Havana]", "2013-11-06[America/Havana]"),
                    new AgendaItem(new AgendaItemId("point-3"), [En("End of the conflict")]) { Number = "point 3" },
                    Item(new AgendaItemId("point-4"), "point 4", "Solution to the problem of illicit drugs", Drugs, "2013-11-28[America/Havana]", "2014-05-16[America/Havana]"),
                    Item(new AgendaItemId("point-5"), "point 5", "Victims", Victims, "2014-06-06[America/Havana]", "2015-12-15[America/Havana]"),
                    new AgendaItem(new AgendaItemId("point-6"), [En("Implementation, verification and endorsement")]) { Number = "point 6", SettledBy = [FinalAgreement] },
                ],
            },
        ],
        Votes = [new Vote(Plebiscite, VoteKind.Plebiscite) { Title = [En("Plebiscite on the final agreement")], When = W("2016-10-02[America/Bogota]"), Proposal = FinalAgreement }],
    };

    // A partial agreement: agreed on the condition that every point of the agenda is ("nothing is agreed until everything
    // is agreed"), then taken into the final agreement.
    private static Proposal Partial(ProposalId id, string title, string agreed) => new(id, ProposalKind.DraftAgreement, [En(title)])
    {
        ConditionalOn = [EntityReference.To(Agenda)],
        StatusHistory =
        [
            new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W(agreed)),
            new StatusChange<ProposalStatus>(ProposalStatus.AgreedAdReferendum, W(agreed)),
            new StatusChange<ProposalStatus>(ProposalStatus.Superseded, W("2016-08-24[America/Havana]")),
        ],
    };

    private static AgendaItem Item(AgendaItemId id, string number, string title, ProposalId settledBy, string discussed, string agreed) => new(id, [En(title)])
    {
        Number = number,
        SettledBy = [settledBy],
        StatusHistory =
        [
            new StatusChange<AgendaItemStatus>(AgendaItemStatus.UnderDiscussion, W(discussed)),
            new StatusChange<AgendaItemStatus>(AgendaItemStatus.Agreed, W(agreed)) { Cause = EntityReference.To(settledBy) },
        ],
    };
}
