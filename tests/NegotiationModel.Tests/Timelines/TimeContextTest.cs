using NegotiationModel.Actors;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Topics;
using NegotiationModel.WorkingGroups;
using NodaTime;
using static NegotiationModel.Tests.Timelines.TimelineTestData;

namespace NegotiationModel.Tests.Timelines;

/// <summary>A record resolves the anchors of relative values through its entities: <see cref="NegotiationRecord.TimeContext()"/>.</summary>
public sealed class TimeContextTest
{
    private static TimeWindow? Anchor(NegotiationRecord record, EntityReference reference) => record.TimeContext().Anchors!.ResolveAnchor(reference);

    [Fact]
    public void The_context_places_floating_values_in_UTC_and_resolves_anchors_in_the_record()
    {
        var record = Record(Event("meeting", "2025-12-28"), Event("after", "after(event:meeting)"));

        var context = record.TimeContext();

        context.FloatingZone.Should().Be(DateTimeZone.Utc);
        context.Anchors.Should().NotBeNull();
        When.Parse("after(event:meeting)").Resolve(context).Should().Be(Window(Utc(2025, 12, 28), null));
        When.Parse("after(event:meeting)").Resolve().Should().Be(TimeWindow.Unbounded, "the default context knows no anchors");
    }

    [Fact]
    public void The_context_is_the_same_for_every_call_on_a_record_with_a_zone_and_differs_between_zones()
    {
        var record = Record(Event("meeting", "2025-12-28"));
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

        record.TimeContext().Should().BeSameAs(record.TimeContext());
        record.TimeContext(tokyo).Should().BeSameAs(record.TimeContext(tokyo));
        record.TimeContext(tokyo).Should().NotBe(record.TimeContext());
        record.TimeContext(null).FloatingZone.Should().BeNull();
        Record(Event("meeting", "2025-12-28")).TimeContext().Should().NotBe(record.TimeContext(), "each record resolves against its own entities");
    }

    [Fact]
    public void A_floating_anchor_is_placed_in_the_contexts_zone()
    {
        var record = Record(Event("meeting", "2025-12-28"));
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

        record.TimeContext(tokyo).Anchors!.ResolveAnchor(EventRef("meeting")).Should().Be(Window(Utc(2025, 12, 27, 15), Utc(2025, 12, 28, 15)));
        record.TimeContext(null).Anchors!.ResolveAnchor(EventRef("meeting")).Should().Be(Window(Utc(2025, 12, 27, 10), Utc(2025, 12, 29, 12)), "anywhere on Earth");
    }

    [Fact]
    public void Anchors_chain_through_other_entities()
    {
        var record = Record(
            Event("second-call", "after(event:press-conference, PT1H)"),
            Event("press-conference", "after(event:meeting)"),
            Event("meeting", "2025-12-28Tafternoon[America/New_York]"));

        Anchor(record, EventRef("press-conference")).Should().Be(Window(Utc(2025, 12, 28, 17), null));
        Anchor(record, EventRef("second-call")).Should().Be(Window(Utc(2025, 12, 28, 18), null));
    }

    [Fact]
    public void An_event_at_a_clock_time_lasts_its_duration_and_values_after_it_start_with_it()
    {
        var record = Record(Event("call", "2025-12-28T10:00[America/New_York]", Duration.FromMinutes(75)), Event("after", "after(event:call, P0D, PT30M)"));

        Anchor(record, EventRef("call")).Should().Be(Window(Utc(2025, 12, 28, 15), Utc(2025, 12, 28, 16, 16)));
        Anchor(record, EventRef("after")).Should().Be(Window(Utc(2025, 12, 28, 15), Utc(2025, 12, 28, 16, 46)));
    }

    [Fact]
    public void Every_clock_precision_is_read_as_a_start()
    {
        var record = Record(Event("hour", "2025-12-28T10[America/New_York]", Duration.FromMinutes(75)), Event("second", "2025-12-28T10:00:00[America/New_York]", Duration.FromMinutes(75)));

        Anchor(record, EventRef("hour")).Should().Be(Window(Utc(2025, 12, 28, 15), Utc(2025, 12, 28, 17, 15)), "it started between 10:00 and 11:00");
        Anchor(record, EventRef("second")).Should().Be(Window(Utc(2025, 12, 28, 15), Utc(2025, 12, 28, 16, 15) + Duration.FromSeconds(1)));
    }

    [Theory]
    [InlineData("2025-12-28[America/New_York]")]
    [InlineData("2025-12-28Tafternoon[America/New_York]")]
    [InlineData("2025-12-28T10:00[America/New_York]/2025-12-28T12:00[America/New_York]")]
    [InlineData("after(event:other)")]
    public void A_duration_does_not_widen_a_window_that_is_not_a_clock_time(string when)
    {
        var record = Record(Event("call", when, Duration.FromHours(5)), Event("other", "2025-12-27"));

        Anchor(record, EventRef("call")).Should().Be(When.Parse(when).Resolve(record.TimeContext()));
    }

    [Fact]
    public void An_anchor_the_record_does_not_hold_or_that_has_no_time_resolves_to_null()
    {
        var record = Record(Event("undated", null)) with { Topics = WellKnownTopics.All };

        Anchor(record, EventRef("missing")).Should().BeNull();
        Anchor(record, EventRef("undated")).Should().BeNull();
        Anchor(record, EntityReference.To(WellKnownTopics.Ceasefire)).Should().BeNull();
        When.Parse("after(event:missing)").Resolve(record.TimeContext()).Should().Be(TimeWindow.Unbounded);
    }

    [Fact]
    public void Entities_anchored_to_each_other_in_a_cycle_resolve_to_null()
    {
        var record = Record(Event("a", "after(event:b)"), Event("b", "2025-12-28/before(event:c)"), Event("c", "after(event:a, P1D)"), Event("d", "after(event:c)"), Event("e", "2025-12-30"));

        Anchor(record, EventRef("a")).Should().BeNull();
        Anchor(record, EventRef("b")).Should().BeNull();
        Anchor(record, EventRef("c")).Should().BeNull();
        Anchor(record, EventRef("d")).Should().Be(TimeWindow.Unbounded, "d is not in the cycle: it is after something whose time is unknown");
        Anchor(record, EventRef("e")).Should().Be(Window(Utc(2025, 12, 30), Utc(2025, 12, 31)));
    }

    [Fact]
    public void An_entity_anchored_to_itself_resolves_to_null()
    {
        var record = Record(Event("a", "2025-12-28/after(event:a)"));

        Anchor(record, EventRef("a")).Should().BeNull();
    }

    [Fact]
    public void The_windows_do_not_depend_on_the_order_of_the_record()
    {
        NegotiationModel.Events.NegotiationEvent[] events =
        [
            Event("a", "after(event:b)"), Event("b", "after(event:a)"), Event("c", "2025-12-28/before(event:b)"),
            Event("d", "after(event:c, PT2H)"), Event("e", "2025-12-28T09[Asia/Tokyo]"), Event("f", "before(event:e, PT1H, P1D)"),
        ];
        var forward = Record(events);
        var backward = Record([.. events.Reverse()]);

        foreach (var e in events)
        {
            var reference = EntityReference.To(e.Id);
            Anchor(backward, reference).Should().Be(Anchor(forward, reference), e.Id.ToString());
        }
    }

    [Fact]
    public void A_chain_of_ten_thousand_anchors_resolves_without_recursion()
    {
        const int length = 10_000;
        var events = Enumerable.Range(1, length - 1).Select(i => Event($"e{i}", $"after(event:e{i - 1}, PT1M)")).Prepend(Event("e0", "2025-12-28T12:00Z"));
        var record = Record([.. events]);

        Anchor(record, EventRef($"e{length - 1}")).Should().Be(Window(Utc(2025, 12, 28, 12) + Duration.FromMinutes(length - 1), null));
    }

    [Fact]
    public void Each_kind_of_entity_resolves_to_its_own_time()
    {
        var r = new ActorId("r");
        var proposal = new ProposalId("p");
        var record = new NegotiationRecord("Kinds")
        {
            Actors = [new Actor(r, ActorKind.State, [new LocalizedName("R", "en")]) { ExistsFrom = When.Parse("1991-12-26"), ExistsUntil = When.Parse("2030") }],
            Sources = [Source("s", "2025-12-29T11:36+09:00")],
            Statements = [Statement("st", "2025-12-28")],
            Positions = [new Position(new PositionId("pos"), r, EntityReference.To(proposal), Stance.Opposes) { When = When.Parse("2025-12") }],
            Claims = [new TerritorialClaim(new TerritorialClaimId("cl"), r, new TerritoryId("t")) { Since = When.Parse("2022") }],
            ControlObservations = [new ControlObservation(new ControlObservationId("co"), new TerritoryId("t"), r, ControlExtent.Part, When.Parse("2025-12-late"))],
            Lines = [new NamedLine(new NamedLineId("l"), LineKind.LineOfContact, [new LocalizedName("L", "en")]) { When = When.Parse("2025-11") }],
            Proposals =
            [
                new Proposal(proposal, ProposalKind.PeacePlan, [new LocalizedText("P", "en")])
                {
                    Versions = [new ProposalVersion(1), new ProposalVersion(2) { When = When.Parse("2025-11-20") }],
                    StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Tabled, When.Parse("2025-11-01"))],
                },
                new Proposal(new ProposalId("q"), ProposalKind.PeacePlan, [new LocalizedText("Q", "en")]) { StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Tabled, When.Parse("2025-11-02"))] },
            ],
            WorkingGroups = [new WorkingGroup(new WorkingGroupId("wg"), [new LocalizedName("WG", "en")]) { StatusHistory = [new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Accepted, When.Parse("2025-12-28")), new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Active, When.Parse("2026-01"))] }],
            Guarantees =
            [
                new Guarantee(new GuaranteeId("g1"), GuaranteeKind.Security) { ValidFrom = When.Parse("2026"), ValidUntil = When.Parse("2030") },
                new Guarantee(new GuaranteeId("g2"), GuaranteeKind.Security) { ValidUntil = When.Parse("2030") },
                new Guarantee(new GuaranteeId("g3"), GuaranteeKind.Security) { StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Proposed, When.Parse("2025-12-28"))] },
            ],
        };

        Anchor(record, EntityReference.To(r)).Should().Be(Window(Utc(1991, 12, 26), Utc(2031, 1, 1)));
        Anchor(record, EntityReference.To(new SourceId("s"))).Should().Be(Window(Utc(2025, 12, 29, 2, 36), Utc(2025, 12, 29, 2, 37)));
        Anchor(record, EntityReference.To(new StatementId("st"))).Should().Be(Window(Utc(2025, 12, 28), Utc(2025, 12, 29)));
        Anchor(record, EntityReference.To(new PositionId("pos"))).Should().Be(Window(Utc(2025, 12, 1), Utc(2026, 1, 1)));
        Anchor(record, EntityReference.To(new TerritorialClaimId("cl"))).Should().Be(Window(Utc(2022, 1, 1), Utc(2023, 1, 1)));
        Anchor(record, EntityReference.To(new ControlObservationId("co"))).Should().Be(Window(Utc(2025, 12, 21), Utc(2026, 1, 1)));
        Anchor(record, EntityReference.To(new NamedLineId("l"))).Should().Be(Window(Utc(2025, 11, 1), Utc(2025, 12, 1)));
        Anchor(record, EntityReference.To(proposal)).Should().Be(Window(Utc(2025, 11, 20), Utc(2025, 11, 21)), "its first dated version");
        Anchor(record, EntityReference.To(new ProposalId("q"))).Should().Be(Window(Utc(2025, 11, 2), Utc(2025, 11, 3)), "its first status change, without dated versions");
        Anchor(record, EntityReference.To(new WorkingGroupId("wg"))).Should().Be(Window(Utc(2025, 12, 28), Utc(2025, 12, 29)), "its first status change");
        Anchor(record, EntityReference.To(new GuaranteeId("g1"))).Should().Be(Window(Utc(2026, 1, 1), Utc(2031, 1, 1)));
        Anchor(record, EntityReference.To(new GuaranteeId("g2"))).Should().Be(Window(null, Utc(2031, 1, 1)));
        Anchor(record, EntityReference.To(new GuaranteeId("g3"))).Should().Be(Window(Utc(2025, 12, 28), Utc(2025, 12, 29)));
    }

    [Fact]
    public void A_span_whose_end_comes_before_its_start_covers_both()
    {
        var r = new ActorId("r");
        var record = new NegotiationRecord("Reversed") { Actors = [new Actor(r, ActorKind.State, [new LocalizedName("R", "en")]) { ExistsFrom = When.Parse("2030"), ExistsUntil = When.Parse("2020") }] };

        Anchor(record, EntityReference.To(r)).Should().Be(Window(Utc(2020, 1, 1), Utc(2031, 1, 1)));
    }

    [Fact]
    public void The_first_of_entities_with_the_same_identifier_is_the_anchor()
    {
        var record = Record(Event("a", "2025-12-28"), Event("a", "2025-12-30"));

        Anchor(record, EventRef("a")).Should().Be(Window(Utc(2025, 12, 28), Utc(2025, 12, 29)));
    }

    [Fact]
    public void Resolving_from_many_threads_at_once_gives_the_same_windows()
    {
        var record = Record([.. Enumerable.Range(1, 200).Select(i => Event($"e{i}", $"after(event:e{i - 1}, PT1M)")).Prepend(Event("e0", "2025-12-28T12:00Z"))]);

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Anchor(record, EventRef("e200"))).ToList();

        results.Should().AllBeEquivalentTo(Window(Utc(2025, 12, 28, 15, 20), null));
    }
}
