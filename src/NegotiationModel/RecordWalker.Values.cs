using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel;

/// <summary>The values inside entities, and the provisions nested in proposals, each member in the order of the JSON contract.</summary>
internal sealed partial class RecordWalker
{
    private void Texts(ValueList<LocalizedText> texts, int parent, string name)
        => Objects(texts, parent, name, static (w, x, n) => w.Plain(x, x.UnknownMembers, n));

    private void Names(ValueList<LocalizedName> names, int parent)
        => Objects(names, parent, "names", static (w, x, n) => w.Plain(x, x.UnknownMembers, n));

    private void Citations(ValueList<Citation> citations, int parent)
        => Objects(citations, parent, "citations", static (w, x, n) => w.Citation(x, n));

    private void Identifiers(ValueList<ExternalIdentifier> identifiers, int parent)
        => Objects(identifiers, parent, "identifiers", static (w, x, n) => w.Plain(x, x.UnknownMembers, n));

    private void StatusHistory<TStatus>(ValueList<StatusChange<TStatus>> history, int parent)
        where TStatus : struct, Enum
        => Objects(history, parent, "statusHistory", static (w, x, n) => w.StatusChange(x, n));

    /// <summary>An object with nothing inside to visit but the members the model does not know.</summary>
    private void Plain(object value, UnknownMembers? unknown, int at)
    {
        Object(value, at);
        Unknown(unknown);
    }

    private void Citation(Citation citation, int at)
    {
        Object(citation, at);
        Id(citation.Source, EntityKind.Source, at, "source");
        Object(citation.Quote, at, "quote", static (w, x, n) => w.Plain(x, x.UnknownMembers, n));
        Unknown(citation.UnknownMembers);
    }

    private void StatusChange<TStatus>(StatusChange<TStatus> change, int at)
        where TStatus : struct, Enum
    {
        Object(change, at);
        When(change.When, at, "when");
        Citations(change.Citations, at);
        Unknown(change.UnknownMembers);
    }

    private void Membership(Membership membership, int at)
    {
        Object(membership, at);
        Texts(membership.Role, at, "role");
        Id(membership.Organisation, EntityKind.Actor, at, "organisation");
        Id(membership.OnBehalfOf, EntityKind.Actor, at, "onBehalfOf");
        When(membership.Start, at, "start");
        When(membership.End, at, "end");
        Citations(membership.Citations, at);
        Unknown(membership.UnknownMembers);
    }

    private void Revision(SourceRevision revision, int at)
    {
        Object(revision, at);
        When(revision.At, at, "at");
        Texts(revision.Title, at, "title");
        Texts(revision.Changes, at, "changes");
        Unknown(revision.UnknownMembers);
    }

    private void Place(Place place, int at)
    {
        Object(place, at);
        Unknown(place.Coordinates?.UnknownMembers);
        Id(place.Territory, EntityKind.Territory, at, "territory");
        Unknown(place.UnknownMembers);
    }

    private void Participant(Participant participant, int at)
    {
        Object(participant, at);
        Id(participant.Actor, EntityKind.Actor, at, "actor");
        Id(participant.OnBehalfOf, EntityKind.Actor, at, "onBehalfOf");
        Unknown(participant.UnknownMembers);
    }

    private void Framing(Framing framing, int at)
    {
        Object(framing, at);
        Texts(framing.Text, at, "text");
        Id(framing.By, EntityKind.Actor, at, "by");
        Citations(framing.Citations, at);
        Unknown(framing.UnknownMembers);
    }

    private void GroupMember(WorkingGroupMember member, int at)
    {
        Object(member, at);
        Id(member.Actor, EntityKind.Actor, at, "actor");
        Unknown(member.UnknownMembers);
    }

    private void Milestone(Milestone milestone, int at)
    {
        Object(milestone, at);
        Texts(milestone.Description, at, "description");
        When(milestone.Expected, at, "expected");
        When(milestone.Reached, at, "reached");
        Citations(milestone.Citations, at);
        Unknown(milestone.UnknownMembers);
    }

    private void Version(ProposalVersion version, int at)
    {
        Object(version, at);
        When(version.When, at, "when");
        Texts(version.Summary, at, "summary");
        Objects(version.Provisions, at, "provisions", static (w, x, n) => w.Provision(x, n));
        Texts(version.ChangeNotes, at, "changeNotes");
        Citations(version.Citations, at);
        Unknown(version.UnknownMembers);
    }

    private void Phase(Phase phase, int at)
    {
        // A phase is defined like an entity, but what it says belongs to its proposal.
        visitor.VisitDefinition(EntityReference.To(phase.Id), phase, At(at));
        Object(phase, at);
        Texts(phase.Title, at, "title");
        Texts(phase.Description, at, "description");
        Ids(phase.DependsOn, EntityKind.Phase, at, "dependsOn");
        Ids(phase.Provisions, EntityKind.Provision, at, "provisions");
        Citations(phase.Citations, at);
        Unknown(phase.UnknownMembers);
    }

    private void Instrument(FinancialInstrument instrument, int at)
    {
        Object(instrument, at);
        Id(instrument.Lender, EntityKind.Actor, at, "lender");
        Object(instrument.Amount, at, "amount", static (w, x, n) => w.Plain(x, x.UnknownMembers, n));
        Texts(instrument.Description, at, "description");
        Unknown(instrument.UnknownMembers);
    }

    private void Likelihood(Likelihood likelihood, int at)
    {
        Object(likelihood, at);
        Object(likelihood.Text, at, "text", static (w, x, n) => w.Plain(x, x.UnknownMembers, n));
        Unknown(likelihood.UnknownMembers);
    }

    private void Provision(Provision provision, int at)
    {
        if (!Enter(provision, at, out var previous))
        {
            return;
        }

        // The members of each kind of provision come first in the contract, then those all provisions share.
        switch (provision)
        {
            case CeasefireProvision x:
                Ids(x.Parties, EntityKind.Actor, at, "parties");
                Texts(x.Scope, at, "scope");
                break;
            case EndOfHostilitiesProvision x:
                Ids(x.Parties, EntityKind.Actor, at, "parties");
                break;
            case ForceWithdrawalProvision x:
                Id(x.Force, EntityKind.Actor, at, "force");
                Ids(x.From, EntityKind.Territory, at, "from");
                Id(x.BehindLine, EntityKind.Line, at, "behindLine");
                break;
            case DemilitarisedZoneProvision x:
                Texts(x.Features, at, "features");
                Ids(x.Monitors, EntityKind.Actor, at, "monitors");
                Ids(x.FundedBy, EntityKind.Actor, at, "fundedBy");
                break;
            case NeutralityProvision x:
                Id(x.Subject, EntityKind.Actor, at, "subject");
                Ids(x.ExcludedAlliances, EntityKind.Actor, at, "excludedAlliances");
                break;
            case SecurityGuaranteeProvision x:
                Ids(x.Guarantors, EntityKind.Actor, at, "guarantors");
                Ids(x.Guarantees, EntityKind.Guarantee, at, "guarantees");
                break;
            case ReconstructionFinancingProvision x:
                Ids(x.Lenders, EntityKind.Actor, at, "lenders");
                Ids(x.Guarantors, EntityKind.Actor, at, "guarantors");
                Object(x.Amount, at, "amount", static (w, x, n) => w.Plain(x, x.UnknownMembers, n));
                Object(x.Fund, at, "fund", static (w, x, n) => w.Plain(x, x.UnknownMembers, n));
                break;
            case ReferendumProvision x:
                Texts(x.Question, at, "question");
                Texts(x.Precondition, at, "precondition");
                break;
            case TransitionalGovernmentProvision x:
                Id(x.State, EntityKind.Actor, at, "state");
                Texts(x.Composition, at, "composition");
                break;
            case ElectionsProvision x:
                Id(x.State, EntityKind.Actor, at, "state");
                Texts(x.Timing, at, "timing");
                break;
            case DeploymentLimitsProvision x:
                Texts(x.Limits, at, "limits");
                Ids(x.AppliesTo, EntityKind.Actor, at, "appliesTo");
                break;
            case WeaponsLimitsProvision x:
                Texts(x.Limits, at, "limits");
                Ids(x.AppliesTo, EntityKind.Actor, at, "appliesTo");
                break;
            case SanctionsReliefProvision x:
                Ids(x.ImposedBy, EntityKind.Actor, at, "imposedBy");
                Ids(x.Targets, EntityKind.Actor, at, "targets");
                Texts(x.Measures, at, "measures");
                break;
            case PrisonerExchangeProvision x:
                Ids(x.Parties, EntityKind.Actor, at, "parties");
                Texts(x.Terms, at, "terms");
                break;
            case BorderSettlementProvision x:
                Ids(x.Parties, EntityKind.Actor, at, "parties");
                break;
        }

        Texts(provision.Summary, at, "summary");
        Ids(provision.Territories, EntityKind.Territory, at, "territories");
        Texts(provision.Conditions, at, "conditions");
        Texts(provision.OpenQuestions, at, "openQuestions");
        Citations(provision.Citations, at);
        Identifiers(provision.Identifiers, at);
        Leave(previous, provision.UnknownMembers);
    }
}
