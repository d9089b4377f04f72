using System.Collections.Immutable;
using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel;

/// <summary>Which actors an entity involves, directly: the one place that knows where each kind names actors.</summary>
internal static class RecordReferences
{
    public static IEnumerable<ActorId> ActorsOf(IRecordEntity entity) => entity switch
    {
        Actor actor => [actor.Id, .. Optional(actor.Parent), .. actor.Memberships.SelectMany(m => Optional(m.Organisation).Concat(Optional(m.OnBehalfOf)))],
        Source source => [.. Optional(source.Outlet), .. source.Authors],
        NegotiationEvent e => e.Participants.SelectMany(p => Optional(p.OnBehalfOf).Prepend(p.Actor)),
        Statement statement => [.. statement.Speakers, .. Optional(statement.OnBehalfOf), .. statement.Audience, .. ActorsIn(statement.About)],
        WorkingGroup group => [.. group.Members.Select(m => m.Actor), .. group.ProposedBy, .. group.AcceptedBy],
        Proposal proposal => [.. proposal.Proposers, .. proposal.Authors],
        Provision provision => ProvisionActors(provision),
        Guarantee guarantee => [.. guarantee.Guarantors, .. guarantee.Beneficiaries, .. guarantee.Instruments.SelectMany(i => Optional(i.Lender))],
        TerritorialClaim claim => [claim.Claimant, .. claim.RecognisedBy, .. claim.DisputedBy],
        ControlObservation observation => [observation.Controller],
        Position position => [position.Holder, .. ActorsIn([position.Subject])],
        Assessment assessment => [.. assessment.Authors, .. ActorsIn(assessment.About)],
        _ => [],
    };

    private static ImmutableArray<ActorId> ProvisionActors(Provision provision) => provision switch
    {
        ForceWithdrawalProvision withdrawal => [withdrawal.Force],
        DemilitarisedZoneProvision zone => [.. zone.Monitors, .. zone.FundedBy],
        NeutralityProvision neutrality => [neutrality.Subject, .. neutrality.ExcludedAlliances],
        SecurityGuaranteeProvision security => security.Guarantors.Items,
        ReconstructionFinancingProvision financing => [.. financing.Lenders, .. financing.Guarantors],
        CeasefireProvision ceasefire => ceasefire.Parties.Items,
        DeploymentLimitsProvision deployment => deployment.AppliesTo.Items,
        WeaponsLimitsProvision weapons => weapons.AppliesTo.Items,
        BorderSettlementProvision border => border.Parties.Items,
        _ => [],
    };

    private static IEnumerable<ActorId> ActorsIn(IEnumerable<EntityReference> references)
        => references.Where(r => r.Kind == EntityKind.Actor).Select(r => new ActorId(r.Id));

    private static IEnumerable<ActorId> Optional(ActorId? actor) => actor is { } id ? [id] : [];
}
