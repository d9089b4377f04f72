using NegotiationModel.Actors;
using NegotiationModel.Proposals;

namespace NegotiationModel.Validation.Rules;

/// <summary>
/// NM5xxx: structure: phase dependencies without cycles and in order, guarantees with both parties, hierarchies, supersessions and
/// packages without cycles;
/// actors' successions, third-party roles and mechanisms in StructureRules.ThirdParties.cs.
/// </summary>
internal sealed partial class StructureRules : IValidationRule
{
    public void Check(NegotiationRecord record, ValidationContext context)
    {
        var phases = PhasesOf(record);
        PhaseCycles(phases, context);
        Guarantees(record, context);
        Hierarchies(record, context);
        PhaseOrder(phases, context);
        Formats(record, context);
        ProposalLinks(record, context);
        Successions(record, context);
        ThirdPartyRoles(record, context);
        Mechanisms(record, context);
    }

    private static List<PhaseSite> PhasesOf(NegotiationRecord record)
    {
        var phases = new List<PhaseSite>();
        for (var p = 0; p < record.Proposals.Count; p++)
        {
            var proposal = record.Proposals[p];
            for (var q = 0; q < proposal.Phases.Count; q++)
            {
                phases.Add(new PhaseSite(proposal.Phases[q], proposal, p, q));
            }
        }

        return phases;
    }

    private static void PhaseCycles(List<PhaseSite> phases, ValidationContext context)
    {
        foreach (var cycle in GraphCycles.Find(phases, site => site.Phase.Id, site => site.Phase.DependsOn.Count, (site, k) => site.Phase.DependsOn[k]))
        {
            if (context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.PhaseDependencyCycle))
            {
                continue;
            }

            var site = phases[cycle.From];
            var members = cycle.Nodes.Select(n => phases[n].Phase.Id.ToString()).ToList();
            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.PhaseDependencyCycle,
                cycle.Length == 1
                    ? $"Phase '{site.Phase.Id}' of proposal '{site.Proposal.Id}' depends on itself."
                    : $"Phases depend on each other in a cycle of {cycle.Length}: {RuleText.Cycle(members, cycle.Length)}; none of them can start.",
                site.Path.Member(nameof(Phase.DependsOn)).Index(cycle.Edge),
                [EntityReference.To(site.Proposal.Id), .. cycle.Nodes.Select(n => EntityReference.To(phases[n].Phase.Id))]);
        }
    }

    private static void PhaseOrder(List<PhaseSite> phases, ValidationContext context)
    {
        var index = Index(phases);
        foreach (var site in phases)
        {
            for (var k = 0; k < site.Phase.DependsOn.Count; k++)
            {
                if (index.TryGetValue(site.Phase.DependsOn[k], out var target)
                    && phases[target].Proposal.Id == site.Proposal.Id
                    && phases[target].Phase.Order >= site.Phase.Order
                    && target != index[site.Phase.Id]
                    && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.PhaseOrder))
                {
                    var other = phases[target].Phase;
                    context.Report(
                        DiagnosticSeverity.Warning,
                        DiagnosticCodes.PhaseOrder,
                        $"Phase '{site.Phase.Id}' (order {site.Phase.Order}) depends on phase '{other.Id}' (order {other.Order}), which does not come before it.",
                        site.Path.Member(nameof(Phase.DependsOn)).Index(k),
                        EntityReference.To(site.Proposal.Id),
                        EntityReference.To(site.Phase.Id),
                        EntityReference.To(other.Id));
                }
            }
        }
    }

    private static Dictionary<PhaseId, int> Index(List<PhaseSite> phases)
    {
        var index = new Dictionary<PhaseId, int>();
        for (var i = 0; i < phases.Count; i++)
        {
            index.TryAdd(phases[i].Phase.Id, i);
        }

        return index;
    }

    private static void Guarantees(NegotiationRecord record, ValidationContext context)
    {
        for (var g = 0; g < record.Guarantees.Count; g++)
        {
            var guarantee = record.Guarantees[g];
            if (guarantee.Guarantors.IsEmpty && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.GuaranteeWithoutGuarantor))
            {
                context.Report(DiagnosticSeverity.Error, DiagnosticCodes.GuaranteeWithoutGuarantor, $"Guarantee '{guarantee.Id}' names no guarantor: who stands behind it?", RuleText.Of(nameof(record.Guarantees), g), EntityReference.To(guarantee.Id));
            }
        }

        for (var g = 0; g < record.Guarantees.Count; g++)
        {
            var guarantee = record.Guarantees[g];
            if (guarantee.Beneficiaries.IsEmpty && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.GuaranteeWithoutBeneficiary))
            {
                context.Report(DiagnosticSeverity.Error, DiagnosticCodes.GuaranteeWithoutBeneficiary, $"Guarantee '{guarantee.Id}' names no beneficiary: whom does it protect?", RuleText.Of(nameof(record.Guarantees), g), EntityReference.To(guarantee.Id));
            }
        }
    }

    private static void Hierarchies(NegotiationRecord record, ValidationContext context)
    {
        Parents(record.Actors, nameof(record.Actors), nameof(Actors.Actor.Parent), a => a.Parent);
        Parents(record.Events, nameof(record.Events), nameof(Events.NegotiationEvent.Parent), e => e.Parent);
        Parents(record.WorkingGroups, nameof(record.WorkingGroups), nameof(WorkingGroups.WorkingGroup.Parent), g => g.Parent);
        SupersessionCycles(record, context);
        Parents(record.Territories, nameof(record.Territories), nameof(Territories.Territory.Parent), t => t.Parent);
        Parents(record.Topics, nameof(record.Topics), nameof(Topics.Topic.Parent), t => t.Parent);

        void Parents<TEntity, TId>(ValueList<TEntity> entities, string collection, string member, Func<TEntity, TId?> parent)
            where TEntity : RecordEntity<TId>
            where TId : struct, IEntityId<TId>
            => HierarchyCycles<TEntity, TId>(context, entities, e => parent(e) is null ? 0 : 1, (e, _) => parent(e)!.Value, "parent", (from, _) => RuleText.Of(collection, from).Member(member));
    }

    /// <summary>NM5004: a relation between the entities of one collection (a parent, predecessors, a package's members) that runs in a cycle.</summary>
    private static void HierarchyCycles<TEntity, TId>(ValidationContext context, ValueList<TEntity> entities, Func<TEntity, int> edgeCount, Func<TEntity, int, TId> target, string relation, Func<int, int, JsonPath> path)
        where TEntity : RecordEntity<TId>
        where TId : struct, IEntityId<TId>
    {
        foreach (var cycle in GraphCycles.Find(entities, e => e.Id, edgeCount, target))
        {
            if (context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.HierarchyCycle))
            {
                continue;
            }

            var members = cycle.Nodes.Select(n => EntityReference.To(entities[n].Id)).ToArray();
            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.HierarchyCycle,
                cycle.Length == 1
                    ? $"{members[0]} names itself in '{relation}'."
                    : $"'{relation}' runs in a cycle of {cycle.Length}: {RuleText.Cycle([.. members.Select(m => m.ToString())], cycle.Length)}.",
                path(cycle.From, cycle.Edge),
                members);
        }
    }

    /// <summary>NM5006: a working group's format names an actor the record holds, but not one of kind negotiating format.</summary>
    private static void Formats(NegotiationRecord record, ValidationContext context)
    {
        for (var g = 0; g < record.WorkingGroups.Count; g++)
        {
            var group = record.WorkingGroups[g];
            if (group.Format is { } format
                && record.Find(format) is { Kind: not ActorKind.NegotiatingFormat } actor
                && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.FormatNotNegotiatingFormat))
            {
                context.Report(
                    DiagnosticSeverity.Warning,
                    DiagnosticCodes.FormatNotNegotiatingFormat,
                    $"Working group '{group.Id}' works within '{format}', an actor of kind {EnumNames<ActorKind>.Of(actor.Kind).Replace('-', ' ')}, not a negotiating format: give '{format}' the kind negotiating format, or name the format the group belongs to.",
                    RuleText.Of(nameof(record.WorkingGroups), g).Member(nameof(group.Format)),
                    EntityReference.To(group.Id),
                    EntityReference.To(format));
            }
        }
    }

    /// <summary>A phase, its proposal, and where the two are in the record.</summary>
    private readonly record struct PhaseSite(Phase Phase, Proposal Proposal, int ProposalIndex, int PhaseIndex)
    {
        /// <summary>Gets the phase's path, written out only for a diagnostic.</summary>
        public RulePath Path => RuleText.Of(nameof(NegotiationRecord.Proposals), ProposalIndex).Member(nameof(Proposal.Phases)).Index(PhaseIndex);
    }
}
