using System.Globalization;
using System.Runtime.InteropServices;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Indexing;
using NegotiationModel.Monitoring;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Time;
using NegotiationModel.Topics;
using NegotiationModel.Votes;
using NegotiationModel.WorkingGroups;
using NodaTime;

namespace NegotiationModel.Timelines;

/// <summary>Makes the entries of a record's timeline: one per dated entity or part, in record order.</summary>
internal sealed partial class TimelineBuilder
{
    private readonly NegotiationRecord record;
    private readonly WhenContext context;
    private readonly EntityLabels labels;
    private readonly RecordKnowledge knowledge;
    private readonly GivenEntries entries;
    // Reused for every entry: the actors gathered before their repeats are removed, and what gathers them.
    private readonly List<ActorId> actorScratch = [];
    private readonly RecordReferences.ActorCollector actorCollector;
    // The list of one actor, for each actor: most entries (a statement and its speaker) involve one actor, and share
    // that actor's list instead of each keeping a copy as long as the timeline lives.
    private readonly Dictionary<string, ValueList<ActorId>> singleActors = new(StringComparer.Ordinal);

    public TimelineBuilder(NegotiationRecord record, WhenContext context, string language)
    {
        this.record = record;
        this.context = context;
        labels = new EntityLabels(record, language);
        knowledge = new RecordKnowledge(record, context);
        entries = new GivenEntries(ExpectedEntries(record));
        actorCollector = new RecordReferences.ActorCollector(actorScratch);
    }

    public GivenEntries Build()
    {
        foreach (var actor in record.Actors)
        {
            AddTransitions(actor);
        }

        foreach (var source in record.Sources)
        {
            AddSource(source);
        }

        foreach (var e in record.Events)
        {
            var knownFrom = knowledge.EntityKnownFrom(e);
            AddEntity(TimelineEntryKind.Event, e, e.When, knownFrom, TopicsOf(e));
            AddHistory(e, e.StatusHistory, knownFrom, TopicsOf(e));
        }

        foreach (var statement in record.Statements)
        {
            AddEntity(TimelineEntryKind.Statement, statement, statement.When, knowledge.EntityKnownFrom(statement), TopicsOf(statement));
        }

        foreach (var group in record.WorkingGroups)
        {
            var knownFrom = knowledge.EntityKnownFrom(group);
            AddHistory(group, group.StatusHistory, knownFrom, TopicsOf(group));
            AddMilestones(group, knownFrom);
        }

        foreach (var proposal in record.Proposals)
        {
            var knownFrom = knowledge.EntityKnownFrom(proposal);
            AddHistory(proposal, proposal.StatusHistory, knownFrom, TopicsOf(proposal));
            AddVersions(proposal, knownFrom);
            AddVersionHistories(proposal, knownFrom);
            AddProvisionTimes(proposal, knownFrom);
            AddProposalDeadlines(proposal, knownFrom);
        }

        foreach (var agenda in record.Agendas)
        {
            AddAgenda(agenda);
        }

        foreach (var vote in record.Votes)
        {
            AddEntity(TimelineEntryKind.Vote, vote, vote.When, knowledge.EntityKnownFrom(vote), TopicsOf(vote));
        }

        foreach (var guarantee in record.Guarantees)
        {
            AddHistory(guarantee, guarantee.StatusHistory, knowledge.EntityKnownFrom(guarantee), []);
        }

        foreach (var mission in record.MonitoringMissions)
        {
            var knownFrom = knowledge.EntityKnownFrom(mission);
            AddMandate(mission, knownFrom);
            AddHistory(mission, mission.StatusHistory, knownFrom, []);
            AddFunding(mission, knownFrom);
        }

        foreach (var mandate in record.Mandates)
        {
            AddMandate(mandate, knowledge.EntityKnownFrom(mandate));
        }

        foreach (var observation in record.ControlObservations)
        {
            AddEntity(TimelineEntryKind.ControlObservation, observation, observation.When, knowledge.EntityKnownFrom(observation), []);
        }

        foreach (var position in record.Positions)
        {
            AddEntity(TimelineEntryKind.Position, position, position.When, knowledge.EntityKnownFrom(position), TopicsOf(position));
        }

        return entries;
    }

    // About as many entries as the record has dated entities, and a source's revisions besides its publication: a
    // guess, which the list grows past, so that a large record's entries are not copied at every doubling from a few.
    private static int ExpectedEntries(NegotiationRecord record)
        => (2 * record.Sources.Count) + record.Events.Count + record.Statements.Count + record.WorkingGroups.Count
            + record.Proposals.Count + record.Agendas.Count + record.Votes.Count + record.Guarantees.Count + record.MonitoringMissions.Count
            + record.Mandates.Count + record.ControlObservations.Count + record.Positions.Count;

    /// <summary>Returns the actors an entity involves, without repeats.</summary>
    private ValueList<ActorId> ActorsOf(IRecordEntity entity)
    {
        actorScratch.Clear();
        RecordReferences.ActorsOf(entity, actorCollector);
        if (actorScratch.Count == 1)
        {
            // An actor the walk found has an identifier, so its text is never null.
            var actor = actorScratch[0];
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(singleActors, actor.Value, out var exists);
            if (!exists)
            {
                list = ValueList.Create(actor);
            }

            return list;
        }

        return DistinctCopy<ActorId>(CollectionsMarshal.AsSpan(actorScratch));
    }

    private ValueList<TopicId> TopicsOf(IRecordEntity? entity) => entity switch
    {
        NegotiationEvent e => e.Topics,
        Statement statement => statement.About.IsEmpty ? statement.Topics : [.. statement.Topics, .. TopicsIn(statement.About)],
        Proposal proposal => proposal.Topics,
        AgendaItem item => item.Topics,
        Vote { Proposal: { } decided } => TopicsOf(record.Find(decided)),
        WorkingGroup { Domain: { } domain } => [domain],
        Position position => [.. TopicsIn([position.Subject]), .. position.Subject.Kind == EntityKind.Position ? ValueList<TopicId>.Empty : TopicsOf(record.Find(position.Subject))],
        _ => [],
    };

    private static IEnumerable<TopicId> TopicsIn(IEnumerable<EntityReference> references)
        => references.Where(r => r.Kind == EntityKind.Topic).Select(r => new TopicId(r.Id));

    private void AddSource(Source source)
    {
        var reference = EntityReference.To(source.Id);
        var title = labels.Of(source);
        var actors = ActorsOf(source);
        if (source.Published is { } published)
        {
            entries.Add(new TimelineEntry(TimelineEntryKind.Publication, reference, title, published, EntityTimes.OwnWindow(source, context) ?? TimeWindow.Unbounded)
            {
                Actors = actors,
                KnownFrom = knowledge.SourceKnownFrom(source),
            });
        }

        foreach (var revision in source.Revisions)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{reference}#revision-{revision.Number}");
            var label = string.Create(CultureInfo.InvariantCulture, $"{title}, revision {revision.Number}");
            entries.Add(new TimelineEntry(id, TimelineEntryKind.Revision, reference, label, revision.At, revision.At.Resolve(context))
            {
                Actors = actors,
                KnownFrom = knowledge.RevisionKnownFrom(source, revision),
            });
        }
    }

    private void AddEntity(TimelineEntryKind kind, IRecordEntity entity, When? when, Instant? knownFrom, ValueList<TopicId> topics)
    {
        if (when is null)
        {
            return;
        }

        entries.Add(new TimelineEntry(kind, entity.Reference, labels.Of(entity), when, EntityTimes.OwnWindow(entity, context) ?? TimeWindow.Unbounded)
        {
            Detail = entity switch
            {
                Position position => EntityLabels.JsonName(position.Stance),
                Vote vote => EntityLabels.JsonName(vote.Kind),
                _ => null,
            },
            Actors = ActorsOf(entity),
            Topics = Distinct(topics),
            Citations = entity.Citations,
            KnownFrom = knownFrom,
        });
    }

    private void AddHistory<TStatus>(IRecordEntity entity, ValueList<StatusChange<TStatus>> history, Instant? entityKnownFrom, ValueList<TopicId> topics)
        where TStatus : struct, Enum
        => AddHistory(entity, history, entityKnownFrom, topics, labels.Of(entity), entity.Reference.ToString());

    /// <summary>Adds one entry per status change, labelled <c>{label} — {status}</c> and identified <c>{idPrefix}#status-N</c>.</summary>
    private void AddHistory<TStatus>(IRecordEntity entity, ValueList<StatusChange<TStatus>> history, Instant? entityKnownFrom, ValueList<TopicId> topics, string label, string idPrefix)
        where TStatus : struct, Enum
    {
        if (history.IsEmpty)
        {
            return;
        }

        var actors = ActorsOf(entity);
        var topicList = Distinct(topics);
        for (var i = 0; i < history.Count; i++)
        {
            var change = history[i];
            var id = string.Create(CultureInfo.InvariantCulture, $"{idPrefix}#status-{i + 1}");
            entries.Add(new TimelineEntry(id, TimelineEntryKind.StatusChange, entity.Reference, $"{label} — {EntityLabels.Words(change.Status)}{labels.MadeBy(change)}", change.When, change.When.Resolve(context))
            {
                Detail = EntityLabels.JsonName(change.Status),
                Actors = change.Actors.IsEmpty ? actors : Distinct(actors.Concat(change.Actors), actorScratch),
                Topics = topicList,
                Citations = change.Citations,
                KnownFrom = knowledge.PartKnownFrom(entityKnownFrom, change.Citations),
            });
        }
    }

    private void AddMilestones(WorkingGroup group, Instant? groupKnownFrom)
    {
        var reference = EntityReference.To(group.Id);
        for (var i = 0; i < group.Milestones.Count; i++)
        {
            var milestone = group.Milestones[i];
            if ((milestone.Reached ?? milestone.Expected) is not { } when)
            {
                continue;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"{reference}#milestone-{i + 1}");
            entries.Add(new TimelineEntry(id, TimelineEntryKind.Milestone, reference, $"{labels.Of(group)}: {labels.Text(milestone.Description)!}", when, when.Resolve(context))
            {
                Detail = EntityLabels.JsonName(milestone.Status),
                Actors = ActorsOf(group),
                Topics = Distinct(TopicsOf(group)),
                Citations = milestone.Citations,
                KnownFrom = knowledge.PartKnownFrom(groupKnownFrom, milestone.Citations),
            });
        }
    }

    private void AddVersions(Proposal proposal, Instant? proposalKnownFrom)
    {
        var reference = EntityReference.To(proposal.Id);
        foreach (var version in proposal.Versions)
        {
            if (version.When is not { } when)
            {
                continue;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"{reference}#version-{version.Number}");
            entries.Add(new TimelineEntry(id, TimelineEntryKind.ProposalVersion, reference, $"{labels.Of(proposal)}, {version}", when, when.Resolve(context))
            {
                Actors = ActorsOf(proposal),
                Topics = Distinct(TopicsOf(proposal)),
                Citations = version.Citations,
                KnownFrom = knowledge.PartKnownFrom(proposalKnownFrom, version.Citations),
            });
        }
    }

    // When each provision and phase takes effect, and its deadlines. A provision is known once its version and it
    // are; a phase once its proposal and its citations are.
    private void AddProvisionTimes(Proposal proposal, Instant? proposalKnownFrom)
    {
        var actors = ActorsOf(proposal);
        var topics = Distinct(TopicsOf(proposal));
        foreach (var version in proposal.Versions)
        {
            var versionKnownFrom = knowledge.PartKnownFrom(proposalKnownFrom, version.Citations);
            foreach (var provision in version.Provisions)
            {
                var knownFrom = RecordKnowledge.Later(versionKnownFrom, knowledge.EntityKnownFrom(provision));
                var times = new DatedItem(provision.Reference, labels.Of(provision), provision.Effective, provision.Deadlines, provision.Citations, knownFrom);
                AddTimes(times, provision.Effective is null ? null : EntityTimes.OwnWindow(provision, context), actors, topics);
            }
        }

        foreach (var phase in proposal.Phases)
        {
            var knownFrom = knowledge.PartKnownFrom(proposalKnownFrom, phase.Citations);
            var times = new DatedItem(EntityReference.To(phase.Id), $"{labels.Of(proposal)}: {labels.Text(phase.Title)!}", phase.Effective, phase.Deadlines, phase.Citations, knownFrom);
            AddTimes(times, phase.Effective?.Resolve(context), actors, topics);
        }
    }

    private void AddTimes(DatedItem item, TimeWindow? effectiveWindow, ValueList<ActorId> actors, ValueList<TopicId> topics)
    {
        if (item.Effective is { } effective)
        {
            entries.Add(new TimelineEntry(TimelineEntryKind.TakesEffect, item.Reference, $"{item.Label} — takes effect", effective, effectiveWindow ?? TimeWindow.Unbounded)
            {
                Actors = actors,
                Topics = topics,
                Citations = item.Citations,
                KnownFrom = item.KnownFrom,
            });
        }

        for (var i = 0; i < item.Deadlines.Count; i++)
        {
            var deadline = item.Deadlines[i];
            var id = string.Create(CultureInfo.InvariantCulture, $"{item.Reference}#deadline-{i + 1}");
            var what = labels.Text(deadline.What);
            entries.Add(new TimelineEntry(id, TimelineEntryKind.Deadline, item.Reference, what is null ? $"{item.Label} — deadline" : $"{item.Label} — deadline: {what}", deadline.Due, deadline.Due.Resolve(context))
            {
                Actors = actors,
                Topics = topics,
                Citations = item.Citations,
                KnownFrom = item.KnownFrom,
            });
        }
    }

    private readonly record struct DatedItem(EntityReference Reference, string Label, When? Effective, ValueList<Deadline> Deadlines, ValueList<Sources.Citation> Citations, Instant? KnownFrom);

    private void AddTransitions(Actor actor)
    {
        if (actor.Predecessors.IsEmpty)
        {
            return;
        }

        var actorKnownFrom = knowledge.EntityKnownFrom(actor);
        for (var i = 0; i < actor.Predecessors.Count; i++)
        {
            var transition = actor.Predecessors[i];
            if (transition.When is not { } when)
            {
                continue;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"{actor.Reference}#predecessor-{i + 1}");
            entries.Add(new TimelineEntry(id, TimelineEntryKind.ActorTransition, actor.Reference, $"{labels.Of(transition.Predecessor)} → {labels.Of(actor)} — {EntityLabels.Words(transition.Kind)}", when, when.Resolve(context))
            {
                Detail = EntityLabels.JsonName(transition.Kind),
                Actors = Distinct<ActorId>([transition.Predecessor, actor.Id]),
                Citations = transition.Citations,
                KnownFrom = knowledge.PartKnownFrom(actorKnownFrom, transition.Citations),
            });
        }
    }
}
