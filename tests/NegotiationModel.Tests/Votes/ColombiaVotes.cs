using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Votes;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Votes;

/// <summary>
/// The Colombian plebiscite of 2 October 2016 and the Congress's votes of 29 and 30 November, as docs/concepts.md
/// shows them: figures from EFE, Wikipedia, Semana, Press TV and Voice of America.
/// </summary>
internal static class ColombiaVotes
{
    public static readonly ProposalId Rejected = new("final-agreement-2016-08");
    public static readonly ProposalId Revised = new("final-agreement-2016-11");
    public static readonly VoteId Plebiscite = new("colombia-plebiscite-2016");
    public static readonly VoteId Senate = new("senate-2016-11-29");
    public static readonly VoteId House = new("house-2016-11-30");
    public static readonly ActorId Congress = new("congress-of-colombia");

    public static NegotiationRecord Record() => new("Colombia: the final agreement with the FARC, 2016")
    {
        SchemaVersion = new SchemaVersion(1, 1),
        Actors =
        [
            new Actor(new ActorId("colombia"), ActorKind.State, [new LocalizedName("Colombia", "en")]),
            new Actor(Congress, ActorKind.Organisation, [new LocalizedName("Congress of Colombia", "en")]) { OrganisationKind = OrganisationKind.Legislature },
            new Actor(new ActorId("senate-of-colombia"), ActorKind.Organisation, [new LocalizedName("Senate of Colombia", "en")]) { OrganisationKind = OrganisationKind.Legislature, Parent = Congress },
            new Actor(new ActorId("house-of-colombia"), ActorKind.Organisation, [new LocalizedName("House of Representatives of Colombia", "en")]) { OrganisationKind = OrganisationKind.Legislature, Parent = Congress },
            new Actor(new ActorId("registraduria"), ActorKind.Organisation, [new LocalizedName("Registraduría Nacional del Estado Civil", "es")]) { OrganisationKind = OrganisationKind.ElectoralAuthority },
            new Actor(new ActorId("centro-democratico"), ActorKind.Organisation, [new LocalizedName("Centro Democrático", "es")]) { OrganisationKind = OrganisationKind.PoliticalParty },
        ],
        Sources =
        [
            new Source(new SourceId("efe-2016-10-02"), SourceKind.WireReport),
            new Source(new SourceId("wikipedia-colombian-peace-agreement-referendum"), SourceKind.Other),
            new Source(new SourceId("presstv-2016-11-30"), SourceKind.NewsReport),
            new Source(new SourceId("voa-2016-11-30"), SourceKind.NewsReport),
        ],
        Proposals =
        [
            new Proposal(Rejected, ProposalKind.DraftAgreement, [En("Final agreement (Cartagena)")])
            {
                StatusHistory =
                [
                    new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W("2016-08-24[America/Bogota]")),
                    new StatusChange<ProposalStatus>(ProposalStatus.Signed, W("2016-09-26[America/Bogota]")),
                    new StatusChange<ProposalStatus>(ProposalStatus.Rejected, W("2016-10-02[America/Bogota]"))
                    {
                        Cause = EntityReference.To(Plebiscite),
                        Citations = [new Citation(new SourceId("efe-2016-10-02"))],
                    },
                    new StatusChange<ProposalStatus>(ProposalStatus.Superseded, W("2016-11-24[America/Bogota]")),
                ],
            },
            new Proposal(Revised, ProposalKind.DraftAgreement, [En("Final agreement (Teatro Colón)")])
            {
                Supersedes = Rejected,
                StatusHistory =
                [
                    new StatusChange<ProposalStatus>(ProposalStatus.Signed, W("2016-11-24[America/Bogota]")),
                    new StatusChange<ProposalStatus>(ProposalStatus.Ratified, W("2016-11-30[America/Bogota]"))
                    {
                        Actors = [Congress],
                        Cause = EntityReference.To(House),
                        Citations = [new Citation(new SourceId("voa-2016-11-30"))],
                    },
                ],
            },
        ],
        Votes =
        [
            new Vote(Plebiscite, VoteKind.Plebiscite)
            {
                Title = [En("Plebiscite on the final agreement")],
                Question = [new LocalizedText("¿Apoya usted el acuerdo final para la terminación del conflicto y la construcción de una paz estable y duradera?", "es")],
                Electorate = [En("Colombian citizens registered to vote, at home and abroad")],
                ConductedBy = new ActorId("registraduria"),
                When = W("2016-10-02[America/Bogota]"),
                Proposal = Rejected,
                Threshold = new VoteThreshold { Share = 13, Of = ThresholdBase.Eligible, Count = 4536993, Description = [En("The yes must reach 13 % of the electoral roll and exceed the no.")] },
                Binding = true,
                Notes = "Binding on the President only: a political, not a normative, effect (ruling C-379/16).",
                Results =
                [
                    new VoteResult
                    {
                        Counts =
                        [
                            new VoteCount(VoteChoice.No) { Count = 6430170, Share = 50.22 }, new VoteCount(VoteChoice.Yes) { Count = 6371911, Share = 49.77 },
                            new VoteCount(VoteChoice.Blank) { Count = 86183 }, new VoteCount(VoteChoice.Invalid) { Count = 170909 },
                        ],
                        Eligible = 34899945, Cast = 13059173, Valid = 12802081, Turnout = 37.41,
                        Outcome = VoteOutcome.Rejected, Preliminary = true,
                        Citations = [new Citation(new SourceId("efe-2016-10-02"))],
                        Notes = "99.85 % of polling stations counted.",
                    },
                    new VoteResult
                    {
                        Counts = [new VoteCount(VoteChoice.Yes) { Count = 6382901, Share = 49.78 }, new VoteCount(VoteChoice.No) { Count = 6438552, Share = 50.22 }],
                        Eligible = 34899945, Cast = 13062917, Valid = 12821453, Turnout = 37.43,
                        Outcome = VoteOutcome.Rejected,
                        Citations = [new Citation(new SourceId("wikipedia-colombian-peace-agreement-referendum"))],
                    },
                ],
            },
            new Vote(Senate, VoteKind.Legislative)
            {
                Title = [En("Senate vote on the revised agreement")],
                Body = new ActorId("senate-of-colombia"),
                When = W("2016-11-29[America/Bogota]"),
                Proposal = Revised,
                Results =
                [
                    new VoteResult
                    {
                        Counts = [new VoteCount(VoteChoice.Yes) { Count = 75 }, new VoteCount(VoteChoice.No) { Count = 0 }, new VoteCount(VoteChoice.WalkedOut) { Voters = [new ActorId("centro-democratico")] }],
                        Outcome = VoteOutcome.Approved,
                        Citations = [new Citation(new SourceId("presstv-2016-11-30"))],
                    },
                ],
            },
            new Vote(House, VoteKind.Legislative)
            {
                Title = [En("House vote on the revised agreement")],
                Body = new ActorId("house-of-colombia"),
                When = W("2016-11-30[America/Bogota]"),
                Proposal = Revised,
                Results =
                [
                    new VoteResult
                    {
                        Counts = [new VoteCount(VoteChoice.Yes) { Count = 130 }, new VoteCount(VoteChoice.No) { Count = 0 }, new VoteCount(VoteChoice.WalkedOut) { Voters = [new ActorId("centro-democratico")] }],
                        Outcome = VoteOutcome.Approved,
                        Citations = [new Citation(new SourceId("voa-2016-11-30"))],
                    },
                ],
            },
        ],
    };
}
