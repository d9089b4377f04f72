using NegotiationModel.Actors;
using NegotiationModel.Time;
using NegotiationModel.Utility;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM2015: an actor's transition from its predecessor dated outside what the two actors' existence allows.</summary>
internal sealed partial class TimeRules
{
    private static void TransitionsOutsideExistence(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        for (var i = 0; i < record.Actors.Count; i++)
        {
            var successor = record.Actors[i];
            for (var j = 0; j < successor.Predecessors.Count; j++)
            {
                var transition = successor.Predecessors[j];
                if (transition.When is not { } when)
                {
                    continue;
                }

                var predecessor = context.Model.Find(EntityReference.To(transition.Predecessor))?.Value as Actor;
                var problem =
                    predecessor?.ExistsFrom is { } predecessorFrom && time.IsBefore(when, predecessorFrom) ? $"before its predecessor '{transition.Predecessor}' came to exist ({predecessorFrom})"
                    : successor.ExistsFrom is { } from && time.IsBefore(when, from) ? $"before '{successor.Id}' came to exist ({from})"
                    : successor.ExistsUntil is { } until && time.IsBefore(until, when) ? $"after '{successor.Id}' ceased to exist ({until})"
                    : null;
                if (problem is null || context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.TransitionOutsideExistence))
                {
                    continue;
                }

                context.Report(
                    DiagnosticSeverity.Error,
                    DiagnosticCodes.TransitionOutsideExistence,
                    $"Actor '{successor.Id}' came from '{transition.Predecessor}' ({EnumNames<ActorTransitionKind>.Of(transition.Kind)}) at {when}, {problem}.",
                    RuleText.Of(nameof(record.Actors), i).Member(nameof(successor.Predecessors)).Index(j).Member(nameof(transition.When)),
                    RuleText.Related(successor, EntityReference.To(transition.Predecessor)));
            }
        }
    }
}
