using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Indexing;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Topics;
using NegotiationModel.Time;
using NegotiationModel.WorkingGroups;
using static NegotiationModel.EntityTime;

namespace NegotiationModel;

/// <summary>
/// The one description of the kinds of entity: for each, its identifier type, where a record holds its entities,
/// the names it is found by, and which of its members say when it was. The look-ups by name
/// (<see cref="RecordIndex"/>), the entities' times (<c>Timelines.EntityTimes</c>, which validation and timelines
/// share) and <see cref="NegotiationRecord.Entities"/> read this table; the record walk is generated from the
/// types themselves.
/// </summary>
internal static class EntityKinds
{
    /// <summary>Gets the kinds of entity a record holds, in the order of its collections (provisions after proposals).</summary>
    public static readonly EntityKindInfo[] InRecordOrder =
    [
        Kind<Actor, ActorId>(EntityKind.Actor, r => r.Actors)
            .NamedBy(a => a.Names.Select(n => n.Text))
            .TimedBy(a => Span(a.ExistsFrom, a.ExistsUntil), (a, value, at) => at.Member(ReferenceEquals(value, a.ExistsFrom) ? nameof(a.ExistsFrom) : nameof(a.ExistsUntil))),
        Kind<Source, SourceId>(EntityKind.Source, r => r.Sources)
            .TimedBy(s => At(s.Published), (s, _, at) => at.Member(nameof(s.Published))),
        Kind<NegotiationEvent, NegotiationEventId>(EntityKind.NegotiationEvent, r => r.Events)
            .NamedBy(e => e.Title.Select(t => t.Text))
            .TimedBy(e => At(e.When), (e, _, at) => at.Member(nameof(e.When))),
        Kind<Statement, StatementId>(EntityKind.Statement, r => r.Statements)
            .TimedBy(s => At(s.When), (s, _, at) => at.Member(nameof(s.When))),
        Kind<WorkingGroup, WorkingGroupId>(EntityKind.WorkingGroup, r => r.WorkingGroups)
            .NamedBy(g => g.Names.Select(n => n.Text))
            .TimedBy(g => At(FirstStatus(g.StatusHistory)), (_, _, at) => FirstStatusPath(at)),
        Kind<Proposal, ProposalId>(EntityKind.Proposal, r => r.Proposals)
            .NamedBy(p => p.Title.Select(t => t.Text))
            .TimedBy(p => At(p.Versions.FirstOrDefault(v => v.When is not null)?.When ?? FirstStatus(p.StatusHistory)), ProposalTimePath),
        Kind<Provision, ProvisionId>(EntityKind.Provision, r => r.Proposals.SelectMany(p => p.Versions).SelectMany(v => v.Provisions)),
        Kind<Guarantee, GuaranteeId>(EntityKind.Guarantee, r => r.Guarantees)
            .TimedBy(
                g => g is { ValidFrom: null, ValidUntil: null } ? At(FirstStatus(g.StatusHistory)) : Span(g.ValidFrom, g.ValidUntil),
                (g, value, at) => ReferenceEquals(value, g.ValidFrom) ? at.Member(nameof(g.ValidFrom))
                    : ReferenceEquals(value, g.ValidUntil) ? at.Member(nameof(g.ValidUntil)) : FirstStatusPath(at)),
        Kind<Territory, TerritoryId>(EntityKind.Territory, r => r.Territories)
            .NamedBy(t => t.Names.Select(n => n.Text).Append(t.Iso3166Code ?? string.Empty)),
        Kind<TerritorialClaim, TerritorialClaimId>(EntityKind.TerritorialClaim, r => r.Claims)
            .TimedBy(c => At(c.Since), (c, _, at) => at.Member(nameof(c.Since))),
        Kind<ControlObservation, ControlObservationId>(EntityKind.ControlObservation, r => r.ControlObservations)
            .TimedBy(o => At(o.When), (o, _, at) => at.Member(nameof(o.When))),
        Kind<NamedLine, NamedLineId>(EntityKind.NamedLine, r => r.Lines)
            .NamedBy(l => l.Names.Select(n => n.Text))
            .TimedBy(l => At(l.When), (l, _, at) => at.Member(nameof(l.When))),
        Kind<Position, PositionId>(EntityKind.Position, r => r.Positions)
            .TimedBy(p => At(p.When), (p, _, at) => at.Member(nameof(p.When))),
        Kind<Assessment, AssessmentId>(EntityKind.Assessment, r => r.Assessments)
            .NamedBy(a => a.Title.Select(t => t.Text).Append(a.Label ?? string.Empty))
            .TimedBy(a => At(a.When), (a, _, at) => at.Member(nameof(a.When))),
        Kind<Topic, TopicId>(EntityKind.Topic, r => r.Topics)
            .NamedBy(t => t.Names.Select(n => n.Text)),
    ];

    // Indexed by EntityKind; a phase is a part of a proposal, identified like an entity but held by none of the collections.
    private static readonly EntityKindInfo[] ByKind = IndexByKind([.. InRecordOrder, new EntityKindInfo(EntityKind.Phase, typeof(PhaseId))]);

    /// <summary>Gets the description of a kind.</summary>
    public static EntityKindInfo Of(EntityKind kind) => ByKind[(int)kind];

    /// <summary>Gets the description of an entity's kind.</summary>
    public static EntityKindInfo Of(IRecordEntity entity) => ByKind[(int)entity.Reference.Kind];

    private static EntityKindInfo<TEntity> Kind<TEntity, TId>(EntityKind kind, Func<NegotiationRecord, IEnumerable<TEntity>> entities)
        where TEntity : RecordEntity<TId>
        where TId : struct, IEntityId<TId>
        => new(kind, typeof(TId), entities);

    private static EntityKindInfo[] IndexByKind(EntityKindInfo[] kinds)
    {
        var byKind = new EntityKindInfo[Enum.GetValues<EntityKind>().Max(k => (int)k) + 1];
        foreach (var info in kinds)
        {
            byKind[(int)info.Kind] = info;
        }

        return byKind;
    }

    private static When? FirstStatus<TStatus>(ValueList<StatusChange<TStatus>> history)
        where TStatus : struct, Enum
        => history.IsEmpty ? null : history[0].When;

    private static JsonPath FirstStatusPath(JsonPath at) => at.Member(nameof(Proposal.StatusHistory)).Index(0).Member(nameof(StatusChange<ProposalStatus>.When));

    private static JsonPath ProposalTimePath(Proposal proposal, When value, JsonPath at)
    {
        for (var i = 0; i < proposal.Versions.Count; i++)
        {
            if (ReferenceEquals(proposal.Versions[i].When, value))
            {
                return at.Member(nameof(proposal.Versions)).Index(i).Member(nameof(ProposalVersion.When));
            }
        }

        return FirstStatusPath(at);
    }
}
