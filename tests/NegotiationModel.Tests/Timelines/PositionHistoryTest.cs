using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Samples;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using static NegotiationModel.Samples.MiamiTalksSample;
using static NegotiationModel.Tests.Timelines.TimelineTestData;

namespace NegotiationModel.Tests.Timelines;

/// <summary>An actor's stances on a subject over time: <see cref="NegotiationRecord.PositionHistory"/>.</summary>
public sealed class PositionHistoryTest
{
    private static readonly EntityReference Plan = new(EntityKind.Proposal, "plan");
    private static readonly EntityReference Referendum = new(EntityKind.Provision, "referendum");

    private static Position Position(string id, Stance stance, string? when, EntityReference? subject = null, params string[] evidence) =>
        new(new PositionId(id), Russia, subject ?? Plan, stance)
        {
            When = when is null ? null : When.Parse(when),
            Evidence = [.. evidence.Select(e => new StatementId(e))],
        };

    private static NegotiationRecord WithPositions(params Position[] positions) => new("Positions") { Positions = [.. positions] };

    [Fact]
    public void The_positions_come_in_time_order_with_a_shift_wherever_the_stance_changes()
    {
        var record = WithPositions(
            Position("feb", Stance.Supports, "2026-02", evidence: "feb-statement"),
            Position("dec", Stance.Opposes, "2025-12-28"),
            Position("jan", Stance.Conditional, "2026-01-05", evidence: "jan-statement"),
            Position("jan-again", Stance.Conditional, "2026-01-20"));

        var history = record.PositionHistory(Russia, Plan);

        history.Holder.Should().Be(Russia);
        history.Subject.Should().Be(Plan);
        history.Positions.Select(p => p.Position.Id.Value).Should().Equal("dec", "jan", "jan-again", "feb");
        history.Shifts.Select(s => (s.FromStance, s.ToStance)).Should().Equal((Stance.Opposes, Stance.Conditional), (Stance.Conditional, Stance.Supports));
        history.Shifts[0].When.Should().Be(When.Parse("2026-01-05"));
        history.Shifts[0].Window.Should().Be(Window(Utc(2026, 1, 5), Utc(2026, 1, 6)));
        history.Shifts[0].Evidence.Should().Equal(new StatementId("jan-statement"));
        history.Shifts[1].From.Position.Id.Value.Should().Be("jan-again");
        history.Shifts.Should().OnlyContain(s => s.Order == TemporalRelation.DefinitelyBefore);
        history.Current!.Stance.Should().Be(Stance.Supports);
        history.ToString().Should().Be("russia on proposal:plan: Opposes → Conditional → Conditional → Supports");
    }

    [Fact]
    public void A_shift_between_overlapping_windows_is_only_possibly_in_that_order()
    {
        var record = WithPositions(Position("month", Stance.Opposes, "2025-12"), Position("day", Stance.Supports, "2025-12-28"));

        var shift = record.PositionHistory(Russia, Plan).Shifts.Should().ContainSingle().Subject;

        shift.Order.Should().Be(TemporalRelation.PossiblyConcurrent);
        shift.ToString().Should().Be("Opposes → Supports at 2025-12-28");
    }

    [Fact]
    public void Undated_positions_come_first_and_deprecated_ones_are_left_out()
    {
        var record = WithPositions(
            Position("dated", Stance.Supports, "2025-12-28"),
            Position("undated", Stance.Opposes, null),
            Position("wrong", Stance.Undecided, "2025-12-29") with { Rank = FactRank.Deprecated });

        var history = record.PositionHistory(Russia, Plan);

        history.Positions.Select(p => p.Position.Id.Value).Should().Equal("undated", "dated");
        history.Positions[0].Window.Should().Be(TimeWindow.Unbounded);
        history.Shifts.Should().ContainSingle().Which.ToString().Should().Be("Opposes → Supports at 2025-12-28");
    }

    [Fact]
    public void Positions_on_other_subjects_or_of_other_actors_are_not_in_the_history()
    {
        var record = WithPositions(
            Position("plan", Stance.Opposes, "2025-12-28"),
            Position("referendum", Stance.Supports, "2025-12-28", Referendum),
            Position("putin", Stance.Supports, "2025-12-29") with { Holder = Putin });

        record.PositionHistory(Russia, Plan).Positions.Select(p => p.Position.Id.Value).Should().Equal("plan");
        record.PositionHistory(Trump, Plan).Positions.Should().BeEmpty();
        record.PositionHistory(Trump, Plan).Current.Should().BeNull();
        record.PositionHistory(Trump, Plan).ToString().Should().Be("trump on proposal:plan: no positions");
    }

    [Fact]
    public void Position_histories_cover_every_subject_the_actor_took_a_position_on_ordered_by_subject()
    {
        var record = WithPositions(
            Position("plan", Stance.Opposes, "2025-12-28"),
            Position("referendum", Stance.Supports, "2025-12-28", Referendum),
            Position("plan-later", Stance.Supports, "2026-01"),
            Position("deprecated-only", Stance.Supports, "2026-01", new EntityReference(EntityKind.Topic, "x")) with { Rank = FactRank.Deprecated });

        var histories = record.PositionHistories(Russia);

        histories.Select(h => h.Subject).Should().Equal(Plan, Referendum);
        histories[0].Shifts.Should().ContainSingle();
        record.PositionHistories(Trump).Should().BeEmpty();
    }

    [Fact]
    public void Relative_times_of_positions_resolve_through_the_record()
    {
        var record = MiamiTalksSample.Build();
        var otherSubject = new EntityReference(EntityKind.Provision, "roadmap-referendum");

        var history = record.PositionHistory(ActorIds.Ukraine, record.Positions.Single(p => p.Holder == ActorIds.Ukraine).Subject);

        history.Positions.Should().ContainSingle().Which.Stance.Should().Be(Stance.Conditional);
        history.Positions[0].Window.Should().Be(Window(null, Utc(2025, 12, 28, 21)), "before Ushakov's statement of the 28th, Moscow time");
        history.Shifts.Should().BeEmpty();
        record.PositionHistory(ActorIds.Russia, EntityReference.To(ProposalIds.UkraineEuropeCeasefire)).Positions.Should().ContainSingle().Which.Stance.Should().Be(Stance.Opposes);
        record.PositionHistory(ActorIds.Ukraine, otherSubject).Positions.Should().BeEmpty();
    }

    [Fact]
    public void The_shifts_follow_from_the_positions_given()
    {
        var opposes = new DatedPosition(Position("a", Stance.Opposes, "2025-12"), Window(Utc(2025, 12, 1), Utc(2026, 1, 1)));
        var supports = new DatedPosition(Position("b", Stance.Supports, "2026-01"), Window(Utc(2026, 1, 1), Utc(2026, 2, 1)));

        new PositionHistory(Russia, Plan, [opposes]).Shifts.Should().BeEmpty();
        new PositionHistory(Russia, Plan, [opposes, supports]).Shifts.Should().Equal(new StanceShift(opposes, supports));
        new PositionHistory(Russia, Plan, [opposes, opposes with { }]).Shifts.Should().BeEmpty();
    }

    [Fact]
    public void The_positions_and_shifts_of_histories_built_alike_are_equal_by_value()
    {
        var record = WithPositions(Position("a", Stance.Opposes, "2025-12-28"), Position("b", Stance.Supports, "2026-01"));
        var same = WithPositions(Position("a", Stance.Opposes, "2025-12-28"), Position("b", Stance.Supports, "2026-01"));
        var other = WithPositions(Position("a", Stance.Opposes, "2025-12-28"));

        record.PositionHistory(Russia, Plan).Positions.Should().Equal(same.PositionHistory(Russia, Plan).Positions);
        record.PositionHistory(Russia, Plan).Shifts.Should().Equal(same.PositionHistory(Russia, Plan).Shifts);
        record.PositionHistory(Russia, Plan).Positions.Should().NotEqual(other.PositionHistory(Russia, Plan).Positions);
        new DatedPosition(Position("a", Stance.Opposes, null), default).Should().Be(new DatedPosition(Position("a", Stance.Opposes, null), default));
        new DatedPosition(Position("a", Stance.Opposes, null), default).Should().NotBe(new DatedPosition(Position("a", Stance.Supports, null), default));
    }

    [Fact]
    public void Invalid_arguments_are_rejected_naming_the_member()
    {
        var holder = () => new PositionHistory(default, Plan, []);
        var subject = () => new PositionHistory(Russia, default, []);
        var positions = () => new PositionHistory(Russia, Plan, [null!]);
        var position = () => new DatedPosition(null!, TimeWindow.Unbounded);
        var from = () => new StanceShift(null!, new DatedPosition(Position("a", Stance.Opposes, null), default));
        var to = () => new StanceShift(new DatedPosition(Position("a", Stance.Opposes, null), default), null!);

        holder.Should().Throw<ArgumentException>().And.ParamName.Should().Be("holder");
        subject.Should().Throw<ArgumentException>().And.ParamName.Should().Be("subject");
        positions.Should().Throw<ArgumentException>().WithMessage("*null at index 0*", "a list of the model refuses null elements");
        position.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("Position");
        from.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("From");
        to.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("To");
    }

    [Fact]
    public void A_dated_position_shows_its_window_and_position()
    {
        new DatedPosition(Position("a", Stance.Opposes, "2025-12-28"), Window(Utc(2025, 12, 28), Utc(2025, 12, 29))).ToString()
            .Should().Be("2025-12-28T00:00:00Z/2025-12-29T00:00:00Z russia Opposes proposal:plan");
        new StanceShift(new DatedPosition(Position("a", Stance.Opposes, null), default), new DatedPosition(Position("b", Stance.Supports, null), default)).ToString()
            .Should().Be("Opposes → Supports at an unknown time");
    }
}
