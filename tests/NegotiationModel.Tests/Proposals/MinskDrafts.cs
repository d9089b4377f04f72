using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;

namespace NegotiationModel.Tests.Proposals;

/// <summary>
/// Three drafts of a Minsk-II-like package of measures, for following provisions from draft to draft: point 1 (the
/// ceasefire) unchanged throughout, point 2 (heavy-weapons withdrawal) with its distances changed in draft 2, point 3
/// (OSCE monitoring) added in draft 2 and point 4 (an early elections clause) dropped from draft 3. The drafting history
/// is illustrative; the final wording follows the Package of Measures of 12 February 2015.
/// </summary>
internal static class MinskDrafts
{
    public static readonly ProposalId Package = new("package-of-measures");
    public static readonly ProvisionId Point1 = new("point-1-ceasefire");
    public static readonly ProvisionId Point2 = new("point-2-heavy-weapons");
    public static readonly ProvisionId Point3 = new("point-3-osce-monitoring");
    public static readonly ProvisionId EarlyElections = new("early-elections");
    public static readonly ActorId Ukraine = new("ukraine");
    public static readonly ActorId Russia = new("russia");
    public static readonly SourceId Text = new("package-of-measures-text");
    public static readonly PositionId UkraineOnPoint2 = new("ukraine-on-point-2");
    public static readonly PositionId UkraineOnDraft1Point2 = new("ukraine-on-draft-1-point-2");

    private static LocalizedText En(string text) => new(text, "en");

    public static CeasefireProvision Ceasefire { get; } = new(Point1)
    {
        Scope = [En("In certain areas of the Donetsk and Luhansk oblasts of Ukraine")],
        Summary = [En("An immediate and comprehensive ceasefire from 00:00 Kyiv time on 15 February 2015.")],
        Depth = ProvisionDepth.Enforceable,
    };

    public static WeaponsLimitsProvision HeavyWeapons(string distances) => new(Point2)
    {
        Limits = [En(distances)],
        Summary = [En("Withdrawal of all heavy weapons by both sides by equal distances to create a security zone.")],
    };

    public static OtherProvision OsceMonitoring { get; } = new(Point3)
    {
        Summary = [En("Effective monitoring and verification of the ceasefire and the withdrawal by the OSCE, with satellites, drones and radar.")],
    };

    public static ElectionsProvision Elections { get; } = new(EarlyElections) { Summary = [En("Early local elections.")] };

    public static Proposal Proposal() => new(Package, ProposalKind.DraftAgreement, [En("Package of Measures for the Implementation of the Minsk Agreements")])
    {
        Versions =
        [
            new ProposalVersion(1)
            {
                Label = "first draft (illustrative)",
                Provisions = [Ceasefire, HeavyWeapons("A security zone of at least 30 km."), Elections],
            },
            new ProposalVersion(2)
            {
                Label = "second draft (illustrative)",
                Provisions = [Ceasefire, HeavyWeapons("50 km for artillery of 100 mm calibre and more, 70 km for MLRS, 140 km for Tornado-S, Uragan, Smerch and Tochka."), OsceMonitoring, Elections],
            },
            new ProposalVersion(3)
            {
                Label = "as signed, 12 February 2015",
                Provisions = [Ceasefire, HeavyWeapons("50 km for artillery of 100 mm calibre and more, 70 km for MLRS, 140 km for Tornado-S, Uragan, Smerch and Tochka."), OsceMonitoring],
                Citations = [new Citation(Text)],
            },
        ],
    };

    public static NegotiationRecord Record() => new("Minsk II drafts (identity test record)")
    {
        Actors =
        [
            new Actor(Ukraine, ActorKind.State, [new LocalizedName("Ukraine", "en")]),
            new Actor(Russia, ActorKind.State, [new LocalizedName("Russia", "en")]),
        ],
        Sources = [new Source(Text, SourceKind.OfficialStatement) { Language = "ru" }],
        Proposals = [Proposal()],
        Positions =
        [
            new Position(UkraineOnPoint2, Ukraine, EntityReference.To(Point2), Stance.Supports),
            new Position(UkraineOnDraft1Point2, Ukraine, EntityReference.To(Point2), Stance.Opposes) { SubjectVersion = 1 },
        ],
    };
}
