using NegotiationModel.Actors;
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
        var actors = new List<ActorId>();
        ActorsOf(entity, actors);
        return actors;
    }

    /// <summary>Appends the actors an entity involves to <paramref name="actors"/>, as <see cref="ActorsOf(IRecordEntity)"/> returns them: for callers that ask for many entities and reuse one list.</summary>
    public static void ActorsOf(IRecordEntity entity, List<ActorId> actors) => ActorsOf(entity, new ActorCollector(actors));

    /// <summary>Appends the actors an entity involves to the collector's list: for callers that ask for many entities and reuse one collector.</summary>
    public static void ActorsOf(IRecordEntity entity, ActorCollector collector)
    {
        if (entity is Actor actor)
        {
            collector.Actors.Add(actor.Id);
        }

        collector.Walk.Entity(entity);
    }

    /// <summary>Collects the actors a walk meets into a list.</summary>
    internal sealed class ActorCollector : RecordVisitor
    {
        /// <summary>Initializes a collector and the walk it is visited by, both reused for every entity.</summary>
        /// <param name="actors">The list the actors are appended to.</param>
        public ActorCollector(List<ActorId> actors)
        {
            Actors = actors;
            Walk = RecordWalker.ForEntities(this);
        }

        public List<ActorId> Actors { get; }

        public RecordWalker Walk { get; }

        public override void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
        {
            if (kind == EntityKind.Actor && id is not null)
            {
                Actors.Add(new ActorId(id));
            }
        }
    }
}
