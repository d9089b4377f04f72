using NegotiationModel.Actors;

namespace NegotiationModel;

// Actors' histories across transitions: each transition is recorded once, by the successor among its predecessors; the
// successors of an actor and its whole lineage are read from there.
public sealed partial record NegotiationRecord
{
    /// <summary>Finds the actors that came from <paramref name="actor"/>: those that name it among their <see cref="Actor.Predecessors"/>.</summary>
    /// <param name="actor">The predecessor.</param>
    /// <returns>One step per transition naming the actor, in record order; empty when none does.</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default value.</exception>
    public ValueList<Succession> SuccessorsOf(ActorId actor)
    {
        Guard.Against.Default(actor, nameof(actor));
        return ValueList.From(Steps().Where(step => step.Predecessor == actor));
    }

    /// <summary>
    /// Reads an actor's history as one: every transition that links it, through predecessors and successors, to other actors, such
    /// as FARC-EP → FARC party → Comunes asked from any of the three. Predecessors come before their successors; steps the order
    /// does not decide keep record order.
    /// </summary>
    /// <param name="actor">Any actor of the lineage.</param>
    /// <returns>The steps of the lineage; empty when the actor has neither predecessors nor successors.</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default value.</exception>
    public ValueList<Succession> LineageOf(ActorId actor)
    {
        Guard.Against.Default(actor, nameof(actor));
        var steps = Steps().ToList();
        var linked = new Dictionary<ActorId, List<int>>();
        for (var i = 0; i < steps.Count; i++)
        {
            Link(steps[i].Predecessor, i);
            Link(steps[i].Successor, i);
        }

        var inLineage = new bool[steps.Count];
        var seen = new HashSet<ActorId> { actor };
        var pending = new Queue<ActorId>([actor]);
        while (pending.TryDequeue(out var next))
        {
            foreach (var i in linked.GetValueOrDefault(next) ?? [])
            {
                inLineage[i] = true;
                foreach (var other in (ActorId[])[steps[i].Predecessor, steps[i].Successor])
                {
                    if (seen.Add(other))
                    {
                        pending.Enqueue(other);
                    }
                }
            }
        }

        return ValueList.From(PredecessorsFirst([.. steps.Where((_, i) => inLineage[i])]));

        void Link(ActorId id, int step)
        {
            if (!linked.TryGetValue(id, out var list))
            {
                linked[id] = list = [];
            }

            list.Add(step);
        }
    }

    private IEnumerable<Succession> Steps()
        => Actors.SelectMany(a => a.Predecessors.Select(t => new Succession(t.Predecessor, a.Id, t)));

    // A step is placed once every step into its predecessor is; a cycle (which validation reports, NM5009) keeps record order.
    private static IEnumerable<Succession> PredecessorsFirst(List<Succession> steps)
    {
        var placed = new bool[steps.Count];
        var left = steps.Count;
        while (left > 0)
        {
            var progress = false;
            for (var i = 0; i < steps.Count; i++)
            {
                if (placed[i] || steps.Where((s, j) => !placed[j] && j != i && s.Successor == steps[i].Predecessor).Any())
                {
                    continue;
                }

                placed[i] = true;
                left--;
                progress = true;
                yield return steps[i];
            }

            if (!progress)
            {
                for (var i = 0; i < steps.Count; i++)
                {
                    if (!placed[i])
                    {
                        placed[i] = true;
                        left--;
                        yield return steps[i];
                    }
                }
            }
        }
    }
}
