using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Topics;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel;

/// <summary>The record and its entities, each member in the order of the JSON contract.</summary>
internal sealed partial class RecordWalker
{
    private void Record(NegotiationRecord record, int at)
    {
        Object(record, at);
        Objects(record.Actors, at, "actors", static (w, x, n) => w.Actor(x, n));
        Objects(record.Sources, at, "sources", static (w, x, n) => w.Source(x, n));
        Objects(record.Events, at, "events", static (w, x, n) => w.Event(x, n));
        Objects(record.Statements, at, "statements", static (w, x, n) => w.Statement(x, n));
        Objects(record.WorkingGroups, at, "workingGroups", static (w, x, n) => w.WorkingGroup(x, n));
        Objects(record.Proposals, at, "proposals", static (w, x, n) => w.Proposal(x, n));
        Objects(record.Guarantees, at, "guarantees", static (w, x, n) => w.Guarantee(x, n));
        Objects(record.Territories, at, "territories", static (w, x, n) => w.Territory(x, n));
        Objects(record.Claims, at, "claims", static (w, x, n) => w.Claim(x, n));
        Objects(record.ControlObservations, at, "controlObservations", static (w, x, n) => w.ControlObservation(x, n));
        Objects(record.Lines, at, "lines", static (w, x, n) => w.Line(x, n));
        Objects(record.Positions, at, "positions", static (w, x, n) => w.Position(x, n));
        Objects(record.Assessments, at, "assessments", static (w, x, n) => w.Assessment(x, n));
        Objects(record.Topics, at, "topics", static (w, x, n) => w.Topic(x, n));
        Unknown(record.UnknownMembers);
    }

    private void Actor(Actor actor, int at)
    {
        if (!Enter(actor, at, out var previous))
        {
            return;
        }

        Names(actor.Names, at);
        Texts(actor.Description, at, "description");
        Id(actor.Parent, EntityKind.Actor, at, "parent");
        Objects(actor.Memberships, at, "memberships", static (w, x, n) => w.Membership(x, n));
        When(actor.ExistsFrom, at, "existsFrom");
        When(actor.ExistsUntil, at, "existsUntil");
        Citations(actor.Citations, at);
        Identifiers(actor.Identifiers, at);
        Leave(previous, actor.UnknownMembers);
    }

    private void Source(Source source, int at)
    {
        if (!Enter(source, at, out var previous))
        {
            return;
        }

        Texts(source.Title, at, "title");
        Id(source.Outlet, EntityKind.Actor, at, "outlet");
        Ids(source.Authors, EntityKind.Actor, at, "authors");
        When(source.Published, at, "published");
        Objects(source.Revisions, at, "revisions", static (w, x, n) => w.Revision(x, n));
        Ids(source.Cites, EntityKind.Source, at, "cites");
        Citations(source.Citations, at);
        Identifiers(source.Identifiers, at);
        Leave(previous, source.UnknownMembers);
    }

    private void Event(NegotiationEvent negotiationEvent, int at)
    {
        if (!Enter(negotiationEvent, at, out var previous))
        {
            return;
        }

        Texts(negotiationEvent.Title, at, "title");
        Texts(negotiationEvent.Description, at, "description");
        When(negotiationEvent.When, at, "when");
        Object(negotiationEvent.Place, at, "place", static (w, x, n) => w.Place(x, n));
        Objects(negotiationEvent.Participants, at, "participants", static (w, x, n) => w.Participant(x, n));
        StatusHistory(negotiationEvent.StatusHistory, at);
        Id(negotiationEvent.Parent, EntityKind.Event, at, "parent");
        Ids(negotiationEvent.Topics, EntityKind.Topic, at, "topics");
        Citations(negotiationEvent.Citations, at);
        Identifiers(negotiationEvent.Identifiers, at);
        Leave(previous, negotiationEvent.UnknownMembers);
    }

    private void Statement(Statement statement, int at)
    {
        if (!Enter(statement, at, out var previous))
        {
            return;
        }

        Ids(statement.Speakers, EntityKind.Actor, at, "speakers");
        Texts(statement.Text, at, "text");
        Id(statement.OnBehalfOf, EntityKind.Actor, at, "onBehalfOf");
        Ids(statement.Audience, EntityKind.Actor, at, "audience");
        Id(statement.Event, EntityKind.Event, at, "event");
        When(statement.When, at, "when");
        References(statement.About, at, "about");
        Ids(statement.Topics, EntityKind.Topic, at, "topics");
        Objects(statement.Framings, at, "framings", static (w, x, n) => w.Framing(x, n));
        Citations(statement.Citations, at);
        Identifiers(statement.Identifiers, at);
        Leave(previous, statement.UnknownMembers);
    }

    private void WorkingGroup(WorkingGroup group, int at)
    {
        if (!Enter(group, at, out var previous))
        {
            return;
        }

        Names(group.Names, at);
        Id(group.Domain, EntityKind.Topic, at, "domain");
        Objects(group.Members, at, "members", static (w, x, n) => w.GroupMember(x, n));
        Ids(group.ProposedBy, EntityKind.Actor, at, "proposedBy");
        Ids(group.AcceptedBy, EntityKind.Actor, at, "acceptedBy");
        Texts(group.Mandate, at, "mandate");
        StatusHistory(group.StatusHistory, at);
        Objects(group.Milestones, at, "milestones", static (w, x, n) => w.Milestone(x, n));
        Citations(group.Citations, at);
        Identifiers(group.Identifiers, at);
        Leave(previous, group.UnknownMembers);
    }

    private void Proposal(Proposal proposal, int at)
    {
        if (!Enter(proposal, at, out var previous))
        {
            return;
        }

        Texts(proposal.Title, at, "title");
        Ids(proposal.Proposers, EntityKind.Actor, at, "proposers");
        Ids(proposal.Authors, EntityKind.Actor, at, "authors");
        Objects(proposal.Versions, at, "versions", static (w, x, n) => w.Version(x, n));
        StatusHistory(proposal.StatusHistory, at);
        Id(proposal.Supersedes, EntityKind.Proposal, at, "supersedes");
        Ids(proposal.DerivedFrom, EntityKind.Proposal, at, "derivedFrom");
        Objects(proposal.Phases, at, "phases", static (w, x, n) => w.Phase(x, n));
        Ids(proposal.Topics, EntityKind.Topic, at, "topics");
        Texts(proposal.Summary, at, "summary");
        Citations(proposal.Citations, at);
        Identifiers(proposal.Identifiers, at);
        Leave(previous, proposal.UnknownMembers);
    }

    private void Guarantee(Guarantee guarantee, int at)
    {
        if (!Enter(guarantee, at, out var previous))
        {
            return;
        }

        Ids(guarantee.Guarantors, EntityKind.Actor, at, "guarantors");
        Ids(guarantee.Beneficiaries, EntityKind.Actor, at, "beneficiaries");
        Texts(guarantee.Obligations, at, "obligations");
        Objects(guarantee.Instruments, at, "instruments", static (w, x, n) => w.Instrument(x, n));
        Texts(guarantee.Conditions, at, "conditions");
        When(guarantee.ValidFrom, at, "validFrom");
        When(guarantee.ValidUntil, at, "validUntil");
        StatusHistory(guarantee.StatusHistory, at);
        Id(guarantee.Proposal, EntityKind.Proposal, at, "proposal");
        Ids(guarantee.Provisions, EntityKind.Provision, at, "provisions");
        Citations(guarantee.Citations, at);
        Identifiers(guarantee.Identifiers, at);
        Leave(previous, guarantee.UnknownMembers);
    }

    private void Territory(Territory territory, int at)
    {
        if (!Enter(territory, at, out var previous))
        {
            return;
        }

        Names(territory.Names, at);
        Id(territory.Parent, EntityKind.Territory, at, "parent");
        Citations(territory.Citations, at);
        Identifiers(territory.Identifiers, at);
        Leave(previous, territory.UnknownMembers);
    }

    private void Claim(TerritorialClaim claim, int at)
    {
        if (!Enter(claim, at, out var previous))
        {
            return;
        }

        Id(claim.Claimant, EntityKind.Actor, at, "claimant");
        Id(claim.Territory, EntityKind.Territory, at, "territory");
        Texts(claim.BasisDescription, at, "basisDescription");
        When(claim.Since, at, "since");
        Ids(claim.RecognisedBy, EntityKind.Actor, at, "recognisedBy");
        Ids(claim.DisputedBy, EntityKind.Actor, at, "disputedBy");
        Citations(claim.Citations, at);
        Identifiers(claim.Identifiers, at);
        Leave(previous, claim.UnknownMembers);
    }

    private void ControlObservation(ControlObservation observation, int at)
    {
        if (!Enter(observation, at, out var previous))
        {
            return;
        }

        Id(observation.Territory, EntityKind.Territory, at, "territory");
        Id(observation.Controller, EntityKind.Actor, at, "controller");
        When(observation.When, at, "when");
        Texts(observation.Description, at, "description");
        Id(observation.Line, EntityKind.Line, at, "line");
        Citations(observation.Citations, at);
        Identifiers(observation.Identifiers, at);
        Leave(previous, observation.UnknownMembers);
    }

    private void Line(NamedLine line, int at)
    {
        if (!Enter(line, at, out var previous))
        {
            return;
        }

        Names(line.Names, at);
        Ids(line.Territories, EntityKind.Territory, at, "territories");
        When(line.When, at, "when");
        Citations(line.Citations, at);
        Identifiers(line.Identifiers, at);
        Leave(previous, line.UnknownMembers);
    }

    private void Position(Position position, int at)
    {
        if (!Enter(position, at, out var previous))
        {
            return;
        }

        Id(position.Holder, EntityKind.Actor, at, "holder");
        Reference(position.Subject, Member(at, "subject"));
        Texts(position.Conditions, at, "conditions");
        When(position.When, at, "when");
        Ids(position.Evidence, EntityKind.Statement, at, "evidence");
        Citations(position.Citations, at);
        Identifiers(position.Identifiers, at);
        Leave(previous, position.UnknownMembers);
    }

    private void Assessment(Assessment assessment, int at)
    {
        if (!Enter(assessment, at, out var previous))
        {
            return;
        }

        Texts(assessment.Title, at, "title");
        Ids(assessment.Authors, EntityKind.Actor, at, "authors");
        Texts(assessment.Text, at, "text");
        Object(assessment.Likelihood, at, "likelihood", static (w, x, n) => w.Likelihood(x, n));
        References(assessment.About, at, "about");
        Texts(assessment.Drivers, at, "drivers");
        When(assessment.When, at, "when");
        Citations(assessment.Citations, at);
        Identifiers(assessment.Identifiers, at);
        Leave(previous, assessment.UnknownMembers);
    }

    private void Topic(Topic topic, int at)
    {
        if (!Enter(topic, at, out var previous))
        {
            return;
        }

        Names(topic.Names, at);
        Id(topic.Parent, EntityKind.Topic, at, "parent");
        Texts(topic.Description, at, "description");
        Citations(topic.Citations, at);
        Identifiers(topic.Identifiers, at);
        Leave(previous, topic.UnknownMembers);
    }
}
