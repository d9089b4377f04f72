using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Storage.Tests;

/// <summary>
/// Records whose derived columns depend on one another, and change sets over them. The synthetic generator writes no
/// relative times, so this anchors some of its events, sources (publications and revisions), statements and provisions
/// to other entities, in chains and cycles; the change sets then revise, retime, add and remove entities that others are
/// anchored to, cite, or are about.
/// </summary>
internal static class AnchoredChanges
{
    /// <summary>Returns the record with some times made relative to other entities.</summary>
    public static NegotiationRecord Anchor(NegotiationRecord record, Random random)
    {
        var events = record.Events;
        var statements = record.Statements;
        return record with
        {
            Events = ValueList.From(events.Select(e => random.Next(3) == 0 ? e with { When = After(events[random.Next(events.Count)].Reference, random) } : e)),
            Sources = ValueList.From(record.Sources.Select(s => random.Next(4) switch
            {
                0 => s with { Published = After(events[random.Next(events.Count)].Reference, random) },
                1 => s with { Revisions = [new SourceRevision(1, After(statements[random.Next(statements.Count)].Reference, random))] },
                _ => s,
            })),
            Statements = ValueList.From(statements.Select(s => random.Next(4) switch
            {
                0 => s with { When = After(events[random.Next(events.Count)].Reference, random) },
                1 => s with { Citations = ValueList.From(s.Citations.Select(c => c with { Revision = 1 })) },
                _ => s,
            })),

            // One time in four is anchored to a provision, which only the whole record resolves.
            Assessments = random.Next(4) == 0 && ProvisionsOf(record).FirstOrDefault() is { } provision
                ? ValueList.From(record.Assessments.Select((a, i) => i == 0 ? a with { When = After(provision, random) } : a))
                : record.Assessments,
            Proposals = ValueList.From(record.Proposals.Select(p => random.Next(2) == 0 ? WithEffective(p, After(events[random.Next(events.Count)].Reference, random)) : p)),
        };
    }

    /// <summary>Returns a change set of the operations 0 to 9, drawn over the record.</summary>
    public static ChangeSet Of(NegotiationRecord record, Random random, IEnumerable<int> operations)
    {
        var put = new Dictionary<EntityReference, IRecordEntity>();
        var remove = new HashSet<EntityReference>();
        foreach (var operation in operations)
        {
            var statement = record.Statements[random.Next(record.Statements.Count)];
            var happening = record.Events[random.Next(record.Events.Count)];
            var source = record.Sources[random.Next(record.Sources.Count)];
            var anchor = random.Next(2) == 0 ? happening.Reference : record.Statements[random.Next(record.Statements.Count)].Reference;
            IRecordEntity? entity = operation switch
            {
                0 => statement with { Notes = $"revised {random.Next()}" },
                1 => statement with { When = random.Next(2) == 0 ? After(anchor, random) : record.Statements[random.Next(record.Statements.Count)].When },
                2 => source with { Title = [new LocalizedText($"retitled {random.Next()}", "en")], Published = random.Next(2) == 0 ? After(happening.Reference, random) : record.Sources[random.Next(record.Sources.Count)].Published },
                3 => happening with { When = random.Next(2) == 0 ? After(anchor, random) : record.Events[random.Next(record.Events.Count)].When },
                4 => statement with { Id = new StatementId($"added-{random.Next()}"), When = After(anchor, random) },
                8 => record.Proposals[random.Next(record.Proposals.Count)] is var proposal ? WithEffective(proposal, After(anchor, random)) : null,
                9 => happening with { Id = new NegotiationEventId($"added-{random.Next()}"), When = After(anchor, random) },
                _ => null,
            };
            EntityReference? removed = operation switch
            {
                5 => statement.Reference,
                6 => happening.Reference,
                7 => source.Reference,
                _ => null,
            };
            if (removed is { } reference && !put.ContainsKey(reference))
            {
                remove.Add(reference);
            }
            else if (entity is not null && !remove.Contains(entity.Reference))
            {
                put[entity.Reference] = entity;
            }
        }

        return new ChangeSet { Put = ValueList.From(put.Values), Remove = ValueList.From(remove) };
    }

    /// <summary>Tells whether a time of the record is anchored to an entity held inside another's parts (a provision).</summary>
    public static bool AnchorsInsideAnEntity(NegotiationRecord record)
        => record.Entities().SelectMany(RecordRows.AnchorsOf).Any(a => a.Kind == EntityKind.Provision);

    private static RelativeWhen After(EntityReference anchor, Random random)
        => new RelativeWhen(RelativeDirection.After, anchor, Period.FromDays(random.Next(1, 5)), Period.FromDays(random.Next(5, 30)));

    private static IEnumerable<EntityReference> ProvisionsOf(NegotiationRecord record)
        => record.Proposals.SelectMany(p => p.Versions).SelectMany(v => v.Provisions).Select(p => p.Reference);

    // The first provision of the proposal's last version takes effect at a new time.
    private static Proposal WithEffective(Proposal proposal, When effective)
    {
        var last = proposal.Versions[^1];
        if (last.Provisions.IsEmpty)
        {
            return proposal;
        }

        var provisions = last.Provisions.SetItem(0, last.Provisions[0] with { Effective = effective });
        return proposal with { Versions = proposal.Versions.SetItem(proposal.Versions.Count - 1, last with { Provisions = provisions }) };
    }
}
