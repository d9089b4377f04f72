using CsCheck;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Monitoring;
using NegotiationModel.Proposals;
using NegotiationModel.Statements;
using NegotiationModel.Tests.Robustness;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Tests.Timelines;

/// <summary>
/// The validator and the timeline agree on the time of every entity a relative value can be anchored to:
/// for a statement dated <c>after(kind:id)</c>, NM2011 ("the anchor has no time") is reported exactly when
/// the timeline's anchors have no window for it, and the window validation resolves the statement to is the
/// window of its timeline entry. Over generated records (which hold every kind), for every entity and phase.
/// </summary>
public sealed class AnchorTimeAgreementTest
{
    private const int Iterations = 60;

    [Fact]
    public void Validation_and_the_timeline_give_every_anchor_the_same_time()
    {
        var kindsProbed = new HashSet<EntityKind>();
        var kindsWithTime = new HashSet<EntityKind>();
        ValidRecordGenerator.Records.Where(r => !r.Actors.IsEmpty).Select(Dated).Sample(
            record =>
            {
                var anchors = record.Entities().Select(e => e.Reference)
                    .Concat(record.Proposals.SelectMany(p => p.Phases).Select(p => EntityReference.To(p.Id)))
                    .Distinct()
                    .ToList();
                var probed = WithProbes(record, anchors);
                var seen = new SeenWindows();

                var report = RecordValidator.Default.WithLimits(DiagnosticLimits.None).WithRule(seen).Validate(probed);
                var timeline = Timeline.Build(probed);
                var timelineAnchors = probed.TimeContext().Anchors!;

                for (var k = 0; k < anchors.Count; k++)
                {
                    var anchor = anchors[k];
                    var probe = EntityReference.To(ProbeId(k));
                    var withoutTime = report.WithCode(DiagnosticCodes.AnchorWithoutTime).Any(d => d.RelatedIds.Contains(probe) && d.RelatedIds.Contains(anchor));
                    var timelineWindow = timeline.Entries.Single(e => e.Subject == probe).Window;
                    var timelineHasTime = timelineAnchors.ResolveAnchor(anchor) is not null;

                    withoutTime.Should().Be(!timelineHasTime, $"validation and the timeline agree whether {anchor} has a time");
                    seen.Windows[probe].Should().Be(timelineWindow, $"validation resolves after({anchor}) to the window of its timeline entry");
                    kindsProbed.Add(anchor.Kind);
                    if (timelineHasTime)
                    {
                        kindsWithTime.Add(anchor.Kind);
                    }
                }
            },
            iter: Iterations,
            threads: 1);

        kindsProbed.Should().BeEquivalentTo(Enum.GetValues<EntityKind>(), "every anchor kind is probed");
        kindsWithTime.Should().BeEquivalentTo(
            [EntityKind.NegotiationEvent, EntityKind.Statement, EntityKind.Source, EntityKind.Position, EntityKind.Assessment, EntityKind.ControlObservation, EntityKind.NamedLine, EntityKind.TerritorialClaim, EntityKind.Actor, EntityKind.Guarantee, EntityKind.Proposal, EntityKind.WorkingGroup, EntityKind.Provision, EntityKind.MonitoringMission, EntityKind.Vote, EntityKind.Agenda, EntityKind.AgendaItem, EntityKind.Mandate],
            "the kinds docs/time.md lists as having a time of their own have one when it is recorded");
    }

    /// <summary>
    /// The record with times on the kinds the generator leaves undated (sources, actors, guarantees, proposals,
    /// working groups, provisions by their effective time, monitoring missions): on about half of each, some absolute, some relative to the first statement, so that
    /// both the entities with a time and those without are probed.
    /// </summary>
    private static NegotiationRecord Dated(NegotiationRecord record)
    {
        string[] times = ["2025-12-28", "2025-12-28T10:00[Europe/Moscow]", "2025-12", record.Statements.IsEmpty ? "2025-12-29" : $"after(statement:{record.Statements[0].Id})"];
        var at = times.Select(When.Parse).ToArray();
        return record with
        {
            Sources = [.. record.Sources.Select((s, i) => i % 2 == 0 ? s with { Published = at[i % 4] } : s)],
            Actors = [.. record.Actors.Select((a, i) => (i % 3) switch { 0 => a with { ExistsFrom = at[i % 4] }, 1 => a with { ExistsUntil = at[i % 4] }, _ => a })],
            Guarantees = [.. record.Guarantees.Select((g, i) => (i % 3) switch { 0 => g with { ValidFrom = at[i % 4] }, 1 => g with { StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Agreed, at[i % 4])] }, _ => g with { StatusHistory = [] } })],
            Proposals = [.. record.Proposals.Select((p, i) => (i % 3) switch { 0 => p with { Versions = p.Versions.IsEmpty ? p.Versions : [p.Versions[0] with { When = at[i % 4] }, .. p.Versions.Skip(1)] }, 1 => p with { StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Tabled, at[i % 4])] }, _ => p with { StatusHistory = [] } })
                .Select(p => p with { Versions = [.. p.Versions.Select(v => v with { Provisions = [.. v.Provisions.Select((x, j) => j % 2 == 0 ? x with { Effective = at[(j / 2) % 4] } : x)] })] })],
            WorkingGroups = [.. record.WorkingGroups.Select((g, i) => i % 2 == 0 ? g with { StatusHistory = [new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Established, at[i % 4])] } : g with { StatusHistory = [] })],
            MonitoringMissions = [.. record.MonitoringMissions.Select((m, i) => (i % 3) switch { 0 => m with { MandateStart = at[i % 4] }, 1 => m with { StatusHistory = [new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Deployed, at[i % 4])] }, _ => m })],
        };
    }

    private static StatementId ProbeId(int k) => new($"probe-{k}");

    /// <summary>The record with one statement per anchor, dated <c>after(anchor)</c>.</summary>
    private static NegotiationRecord WithProbes(NegotiationRecord record, List<EntityReference> anchors) => record with
    {
        Statements =
        [
            .. record.Statements,
            .. anchors.Select((anchor, k) => new Statement(ProbeId(k), [record.Actors[0].Id], [new LocalizedText("probe", "en")])
            {
                When = When.Parse($"after({anchor})"),
            }),
        ],
    };

    /// <summary>A rule that keeps the window each statement resolves to in the validator's time context.</summary>
    private sealed class SeenWindows : IValidationRule
    {
        public Dictionary<EntityReference, TimeWindow> Windows { get; } = [];

        public void Check(NegotiationRecord record, ValidationContext context)
        {
            foreach (var statement in record.Statements)
            {
                if (statement.When is { } when)
                {
                    Windows[EntityReference.To(statement.Id)] = when.Resolve(context.TimeContext);
                }
            }
        }
    }
}
