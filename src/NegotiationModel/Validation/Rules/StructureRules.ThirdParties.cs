using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM5009–NM5011: actors' successions without cycles, third-party roles that agree with roles, mechanisms that are one body.</summary>
internal sealed partial class StructureRules
{
    /// <summary>NM5009: actors that are each other's predecessors, directly or through others.</summary>
    private static void Successions(NegotiationRecord record, ValidationContext context)
    {
        foreach (var cycle in GraphCycles.Find(record.Actors, a => a.Id, a => a.Predecessors.Count, (a, k) => a.Predecessors[k].Predecessor))
        {
            if (context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.SuccessionCycle))
            {
                continue;
            }

            var members = cycle.Nodes.Select(n => EntityReference.To(record.Actors[n].Id)).ToArray();
            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.SuccessionCycle,
                cycle.Length == 1
                    ? $"Actor '{record.Actors[cycle.From].Id}' names itself as its own predecessor."
                    : $"Actors come from each other in a cycle of {cycle.Length}: {RuleText.Cycle([.. members.Select(m => m.Id)], cycle.Length, " ← ")}; one of them must have come first.",
                RuleText.Of(nameof(record.Actors), cycle.From).Member(nameof(Actor.Predecessors)).Index(cycle.Edge),
                members);
        }
    }

    /// <summary>NM5010: a role that says observer or mediator beside a third-party role that says otherwise.</summary>
    private static void ThirdPartyRoles(NegotiationRecord record, ValidationContext context)
    {
        for (var e = 0; e < record.Events.Count; e++)
        {
            var participants = record.Events[e].Participants;
            for (var p = 0; p < participants.Count; p++)
            {
                var participant = participants[p];
                if (participant.ThirdPartyRole is { } thirdParty && !Agree(participant.Role, thirdParty) && Keeps())
                {
                    Report($"Participant '{participant.Actor}' of event '{record.Events[e].Id}' takes part as {Words(participant.Role)} but is recorded as {Words(thirdParty)}",
                        RuleText.Of(nameof(record.Events), e).Member(nameof(NegotiationEvent.Participants)).Index(p).Member(nameof(participant.ThirdPartyRole)),
                        EntityReference.To(record.Events[e].Id), participant.Actor);
                }
            }
        }

        for (var g = 0; g < record.WorkingGroups.Count; g++)
        {
            var members = record.WorkingGroups[g].Members;
            for (var m = 0; m < members.Count; m++)
            {
                var member = members[m];
                if (member.ThirdPartyRole is { } thirdParty && member.Role == WorkingGroupRole.Observer && !IsObserving(thirdParty) && Keeps())
                {
                    Report($"Member '{member.Actor}' of working group '{record.WorkingGroups[g].Id}' sits as {Words(member.Role)} but is recorded as {Words(thirdParty)}",
                        RuleText.Of(nameof(record.WorkingGroups), g).Member(nameof(WorkingGroup.Members)).Index(m).Member(nameof(member.ThirdPartyRole)),
                        EntityReference.To(record.WorkingGroups[g].Id), member.Actor);
                }
            }
        }

        // Asked before the subject and the path are made, so that a diagnostic past the limits costs neither.
        bool Keeps() => !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.ThirdPartyRoleContradictsRole);

        void Report(string subject, JsonPath path, EntityReference holder, ActorId actor)
            => context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.ThirdPartyRoleContradictsRole, $"{subject}: one of the two is wrong.", path, holder, EntityReference.To(actor));

        static bool Agree(ParticipantRole role, ThirdPartyRole thirdParty) => role switch
        {
            ParticipantRole.Mediator => thirdParty is ThirdPartyRole.Mediator or ThirdPartyRole.Facilitator,
            ParticipantRole.Observer => IsObserving(thirdParty),
            _ => true,
        };

        static bool IsObserving(ThirdPartyRole thirdParty) => thirdParty is ThirdPartyRole.Observer or ThirdPartyRole.Witness or ThirdPartyRole.Accompanying;

        static string Words<TEnum>(TEnum value)
            where TEnum : struct, Enum
            => Article(EnumNames<TEnum>.Of(value).Replace('-', ' '));

        static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
    }

    /// <summary>NM5011: the mechanism a mission or guarantee names is a negotiating group, or a mission's conductors are not among its members.</summary>
    private static void Mechanisms(NegotiationRecord record, ValidationContext context)
    {
        for (var m = 0; m < record.MonitoringMissions.Count; m++)
        {
            var mission = record.MonitoringMissions[m];
            if (mission.Mechanism is not { } id || record.Find(id) is not { } mechanism)
            {
                continue;
            }

            if (Negotiating(mechanism))
            {
                Report($"Monitoring mission '{mission.Id}'", mechanism, RuleText.Of(nameof(record.MonitoringMissions), m).Member(nameof(mission.Mechanism)), mission.Reference);
            }

            for (var c = 0; c < mission.ConductedBy.Count; c++)
            {
                var conductor = mission.ConductedBy[c];
                if (!IsMember(mechanism, conductor) && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.MechanismMismatch))
                {
                    context.Report(
                        DiagnosticSeverity.Warning,
                        DiagnosticCodes.MechanismMismatch,
                        $"Monitoring mission '{mission.Id}' is conducted by '{conductor}', which is not a member of its mechanism '{id}': add it to the mechanism's members, or leave the mission's conductors to the mechanism.",
                        RuleText.Of(nameof(record.MonitoringMissions), m).Member(nameof(mission.ConductedBy)).Index(c),
                        mission.Reference,
                        EntityReference.To(id),
                        EntityReference.To(conductor));
                }
            }
        }

        for (var g = 0; g < record.Guarantees.Count; g++)
        {
            var guarantee = record.Guarantees[g];
            if (guarantee.Mechanism is { } id && record.Find(id) is { } mechanism && Negotiating(mechanism))
            {
                Report($"Guarantee '{guarantee.Id}'", mechanism, RuleText.Of(nameof(record.Guarantees), g).Member(nameof(guarantee.Mechanism)), guarantee.Reference);
            }
        }

        // Asked before the subject and the path are made: they are written only for a diagnostic the report keeps.
        bool Negotiating(WorkingGroup mechanism)
            => mechanism.Kind == WorkingGroupKind.Negotiating && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.MechanismMismatch);

        void Report(string subject, WorkingGroup mechanism, JsonPath path, EntityReference holder)
            => context.Report(
                DiagnosticSeverity.Warning,
                DiagnosticCodes.MechanismMismatch,
                $"{subject} is carried out by '{mechanism.Id}', a negotiating group: give the group the kind mechanism, or name the body that carries it out.",
                path,
                holder,
                EntityReference.To(mechanism.Id));

        static bool IsMember(WorkingGroup group, ActorId actor)
        {
            foreach (var member in group.Members)
            {
                if (member.Actor == actor)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
