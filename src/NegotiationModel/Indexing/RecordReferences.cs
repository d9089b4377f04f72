using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Walking;

namespace NegotiationModel.Indexing;

/// <summary>
/// Which actors an entity involves, directly: every actor it refers to anywhere in its own members (not in
/// the entities nested in it), as <see cref="RecordWalker"/> finds them, and an actor itself.
/// </summary>
internal static class RecordReferences
{
    public static IEnumerable<ActorId> ActorsOf(IRecordEntity entity)
    {
        var collector = new ActorCollector();
        if (entity is Actor actor)
        {
            collector.Actors.Add(actor.Id);
        }

        RecordWalker.WalkEntity(entity, collector);
        return collector.Actors;
    }

    private sealed class ActorCollector : RecordVisitor
    {
        public List<ActorId> Actors { get; } = [];

        public override void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
        {
            if (kind == EntityKind.Actor && id is not null)
            {
                Actors.Add(new ActorId(id));
            }
        }
    }
}
