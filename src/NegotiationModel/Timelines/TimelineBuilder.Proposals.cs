using System.Globalization;
using NegotiationModel.Proposals;
using NodaTime;

namespace NegotiationModel.Timelines;

/// <summary>The timeline's entries of agendas, of proposal versions' own histories and of proposals' deadlines.</summary>
internal sealed partial class TimelineBuilder
{
    // A version's own status changes: "Final agreement, version 1 (Havana text) — rejected", identified under the
    // version's entry, so a rejected text and its signed revision read apart.
    private void AddVersionHistories(Proposal proposal, Instant? proposalKnownFrom)
    {
        var topics = TopicsOf(proposal);
        foreach (var version in proposal.Versions)
        {
            var versionKnownFrom = knowledge.PartKnownFrom(proposalKnownFrom, version.Citations);
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{proposal.Reference}#version-{version.Number}");
            AddHistory(proposal, version.StatusHistory, versionKnownFrom, topics, $"{labels.Of(proposal)}, {version}", prefix);
        }
    }

    private void AddProposalDeadlines(Proposal proposal, Instant? proposalKnownFrom)
    {
        if (!proposal.Deadlines.IsEmpty)
        {
            var item = new DatedItem(proposal.Reference, labels.Of(proposal), null, proposal.Deadlines, proposal.Citations, proposalKnownFrom);
            AddTimes(item, null, ActorsOf(proposal), Distinct(TopicsOf(proposal)));
        }
    }

    // The agenda when it was agreed, and each item's status changes, so the points settled one by one read in order.
    private void AddAgenda(Agenda agenda)
    {
        var agendaKnownFrom = knowledge.EntityKnownFrom(agenda);
        AddEntity(TimelineEntryKind.Agenda, agenda, agenda.When, agendaKnownFrom, ValueList.From(agenda.Items.SelectMany(i => i.Topics)));
        foreach (var item in agenda.Items)
        {
            var knownFrom = RecordKnowledge.Later(agendaKnownFrom, knowledge.EntityKnownFrom(item));
            AddHistory(item, item.StatusHistory, knownFrom, item.Topics);
        }
    }
}
