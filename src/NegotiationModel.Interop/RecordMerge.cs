using Ardalis.GuardClauses;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Statements;

namespace NegotiationModel.Interop;

/// <summary>
/// Adds what an import produced to a record already there: an imported actor that shares an external identifier
/// (or its id) with one in the record is merged into it (names, identifiers, citations and memberships joined, and the
/// imported items' references to it rewritten); every other entity is added unless its id is taken.
/// </summary>
public static class RecordMerge
{
    /// <summary>Merges <paramref name="imported"/> into <paramref name="into"/>.</summary>
    /// <param name="into">The record to add to; its title and its own items stay as they are.</param>
    /// <param name="imported">What an importer produced.</param>
    /// <returns>The merged record and the counts of actors merged and items added.</returns>
    public static ImportResult Merge(NegotiationRecord into, NegotiationRecord imported)
    {
        Guard.Against.Null(into);
        Guard.Against.Null(imported);
        var report = new ReportBuilder();
        var byIdentifier = new Dictionary<ExternalIdentifier, ActorId>();
        foreach (var actor in into.Actors)
        {
            foreach (var identifier in actor.Identifiers)
            {
                byIdentifier.TryAdd(identifier, actor.Id);
            }
        }

        var existing = into.Actors.ToDictionary(actor => actor.Id);
        var renamed = new Dictionary<ActorId, ActorId>();
        foreach (var actor in imported.Actors)
        {
            var match = existing.ContainsKey(actor.Id) ? actor.Id : actor.Identifiers.Select(identifier => byIdentifier.TryGetValue(identifier, out var id) ? id : (ActorId?)null).FirstOrDefault(id => id is not null);
            if (match is { } target)
            {
                renamed[actor.Id] = target;
            }
        }

        ActorId Map(ActorId id) => renamed.TryGetValue(id, out var target) ? target : id;
        ActorId? MapOptional(ActorId? id) => id is { } value ? Map(value) : null;
        Membership MapMembership(Membership membership) => membership with { Organisation = MapOptional(membership.Organisation), OnBehalfOf = MapOptional(membership.OnBehalfOf) };

        var actors = into.Actors.ToList();
        foreach (var actor in imported.Actors)
        {
            var mapped = actor with { Parent = MapOptional(actor.Parent), Memberships = ValueList.From(actor.Memberships.Select(MapMembership)) };
            if (renamed.TryGetValue(actor.Id, out var target))
            {
                var index = actors.FindIndex(candidate => candidate.Id == target);
                var current = actors[index];
                actors[index] = current with
                {
                    Names = Union(current.Names, mapped.Names),
                    Identifiers = Union(current.Identifiers, mapped.Identifiers),
                    Citations = Union(current.Citations, mapped.Citations),
                    Memberships = Union(current.Memberships, mapped.Memberships),
                };
                report.Merged("actor");
            }
            else
            {
                actors.Add(mapped);
                report.Created("actor");
            }
        }

        var statements = imported.Statements.Select(statement => statement with { Speakers = ValueList.From(statement.Speakers.Select(Map)), Audience = ValueList.From(statement.Audience.Select(Map)), OnBehalfOf = MapOptional(statement.OnBehalfOf) });
        var events = imported.Events.Select(negotiationEvent => negotiationEvent with { Participants = ValueList.From(negotiationEvent.Participants.Select(participant => participant with { Actor = Map(participant.Actor), OnBehalfOf = MapOptional(participant.OnBehalfOf) })) });
        var record = into with
        {
            Actors = ValueList.From(actors),
            Sources = Add(into.Sources, imported.Sources, source => source.Id, "source", report),
            Events = Add(into.Events, events, negotiationEvent => negotiationEvent.Id, "event", report),
            Statements = Add(into.Statements, statements, statement => statement.Id, "statement", report),
            Territories = Add(into.Territories, imported.Territories, territory => territory.Id, "territory", report),
            Proposals = Add(into.Proposals, imported.Proposals, proposal => proposal.Id, "proposal", report),
            Topics = Add(into.Topics, imported.Topics, topic => topic.Id, "topic", report),
        };
        return new ImportResult(record, report.Build());
    }

    private static ValueList<T> Add<T, TId>(ValueList<T> current, IEnumerable<T> added, Func<T, TId> id, string kind, ReportBuilder report)
    {
        var taken = current.Select(id).ToHashSet();
        var result = current.Items.ToBuilder();
        foreach (var item in added)
        {
            if (taken.Add(id(item)))
            {
                result.Add(item);
                report.Created(kind);
            }
            else
            {
                report.Merged(kind);
            }
        }

        return result.ToImmutable();
    }

    private static ValueList<T> Union<T>(ValueList<T> first, ValueList<T> second) => ValueList.From(first.Concat(second.Where(item => !first.Contains(item))));
}
