using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using NodaTime;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Proposals;

/// <summary>
/// When provisions and phases take effect and their deadlines (Minsk II: "ceasefire from 00:00 Kyiv time on 15 February",
/// "withdrawal … within 14 days"): JSON, anchors, cycles, validation and the timeline.
/// </summary>
public sealed class ProvisionTimesTest
{
    private const string FromMidnightInKyiv = "2015-02-15T00[Europe/Kyiv]";

    /// <summary>The clean record with the roadmap's ceasefire in force from 00:00 Kyiv time, its withdrawal due within 14 days, and phase 1 due by the end of 2015.</summary>
    private static NegotiationRecord Minsk(string ceasefireEffective = FromMidnightInKyiv, string withdrawalBy = "after(provision:roadmap-ceasefire, P0D, P14D)")
        => Clean() with
        {
            Proposals = Clean().Proposals.Replace(1, p => p with
            {
                Versions = p.Versions.Replace(0, v => v with
                {
                    Provisions = v.Provisions.Replace(0, c => c with
                    {
                        Effective = When.Parse(ceasefireEffective),
                        Deadlines = [new Deadline(When.Parse(withdrawalBy)) { What = [En("Withdrawal of heavy weapons completed")] }],
                    }),
                }),
                Phases = p.Phases.Replace(1, phase => phase with
                {
                    Effective = When.Parse("after(provision:roadmap-ceasefire, P2D)"),
                    Deadlines = [new Deadline(When.Parse("2015"))],
                }),
            }),
        };

    [Fact]
    public void Effective_times_and_deadlines_round_trip_and_are_left_out_when_unset()
    {
        var record = Minsk();

        var json = NegotiationJson.Serialize(record);

        NegotiationJson.Deserialize(json).Should().Be(record);
        json.Should().Contain("\"effective\": \"2015-02-15T00[Europe/Kyiv]\"").And.Contain("\"due\": \"after(provision:roadmap-ceasefire, P0D, P14D)\"");
        NegotiationJson.Serialize(Clean()).Should().NotContain("\"effective\"").And.NotContain("\"deadlines\"", "a 1.0 record is written as before");
    }

    [Fact]
    public void A_relative_time_anchored_to_a_provision_counts_from_when_it_takes_effect()
    {
        var context = Minsk().TimeContext();

        var withdrawn = When.Parse("after(provision:roadmap-ceasefire, P0D, P14D)").Resolve(context);

        // 00:00 in Kyiv (UTC+2 in February) is 22:00Z the day before; the hour lasts to 23:00Z, plus 14 days.
        withdrawn.Should().Be(new TimeWindow(Instant.FromUtc(2015, 2, 14, 22, 0), Instant.FromUtc(2015, 2, 28, 23, 0)));
        Found(Minsk()).Should().BeEmpty("a provision with an effective time is an anchor (no NM2011)");
    }

    [Fact]
    public void Provisions_anchored_to_each_other_in_a_cycle_are_reported_and_resolve_to_nothing()
    {
        var record = Minsk(ceasefireEffective: "after(provision:roadmap-financing)");
        record = record with
        {
            Proposals = record.Proposals.Replace(1, p => p with { Versions = p.Versions.Replace(0, v => v with { Provisions = v.Provisions.Replace(1, f => f with { Effective = When.Parse("after(provision:roadmap-ceasefire, P1D)") }) }) }),
        };

        var cycle = Validate(record).WithCode(DiagnosticCodes.RelativeTimeCycle).Should().ContainSingle().Subject;

        cycle.Message.Should().Contain("provision:roadmap-ceasefire → provision:roadmap-financing → provision:roadmap-ceasefire");
        When.Parse("after(provision:roadmap-ceasefire)").Resolve(record.TimeContext()).Should().Be(TimeWindow.Unbounded);
    }

    [Fact]
    public void NM2012_a_deadline_before_its_provision_takes_effect_is_reported_at_the_deadline()
    {
        var diagnostic = Validate(Minsk(withdrawalBy: "2015-02-13[Europe/Kyiv]")).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(DiagnosticCodes.DeadlineBeforeEffect);
        diagnostic.Path.ToString().Should().Be("$['proposals'][1]['versions'][0]['provisions'][0]['deadlines'][0]['due']");
        diagnostic.Message.Should().Be("Deadline 1 of provision 'roadmap-ceasefire' is 2015-02-13[Europe/Kyiv], before the provision takes effect (2015-02-15T00[Europe/Kyiv]).");
    }

    [Theory]
    [InlineData("2015-02-15[Europe/Kyiv]", "the day it takes effect may hold the deadline")]
    [InlineData("2015-02", "the month holds the hour it takes effect")]
    [InlineData("2015-21", "spring 2015 is after 15 February")]
    public void NM2012_a_deadline_that_may_fall_after_the_provision_takes_effect_is_fine(string by, string because)
    {
        Found(Minsk(withdrawalBy: by)).Should().BeEmpty(because);
    }

    [Fact]
    public void NM2012_a_phase_whose_deadline_is_before_it_takes_effect_is_reported()
    {
        var record = Minsk();
        record = record with { Proposals = record.Proposals.Replace(1, p => p with { Phases = p.Phases.Replace(1, phase => phase with { Deadlines = [new Deadline(When.Parse("2015-02-01"))] }) }) };

        Found(record).Should().Equal($"{DiagnosticCodes.DeadlineBeforeEffect} at $['proposals'][1]['phases'][1]['deadlines'][0]['due']");
    }

    [Fact]
    public void The_timeline_shows_when_provisions_and_phases_take_effect_and_their_deadlines()
    {
        var timeline = Timeline.Build(Minsk());

        var effect = timeline.Query(kind: TimelineEntryKind.TakesEffect).Select(e => (e.Id, e.Label, e.Window)).ToList();
        var deadlines = timeline.Query(kind: TimelineEntryKind.Deadline).Select(e => (e.Id, e.Label, e.Window)).ToList();

        var ceasefire = new TimeWindow(Instant.FromUtc(2015, 2, 14, 22, 0), Instant.FromUtc(2015, 2, 14, 23, 0));
        effect.Should().Equal(
            ("provision:roadmap-ceasefire", "roadmap-ceasefire (security) — takes effect", ceasefire),
            ("phase:roadmap-phase-1", "A phased peace roadmap: Reconstruction — takes effect", new TimeWindow(Instant.FromUtc(2015, 2, 16, 22, 0), null)));
        deadlines.Should().Equal(
            ("phase:roadmap-phase-1#deadline-1", "A phased peace roadmap: Reconstruction — deadline", new TimeWindow(Instant.FromUtc(2015, 1, 1, 0, 0), Instant.FromUtc(2016, 1, 1, 0, 0))),
            ("provision:roadmap-ceasefire#deadline-1", "roadmap-ceasefire (security) — deadline: Withdrawal of heavy weapons completed", new TimeWindow(Instant.FromUtc(2015, 2, 14, 22, 0), Instant.FromUtc(2015, 2, 28, 23, 0))));
        timeline.About(EntityReference.To(Ceasefire)).Select(e => e.Kind).Should().Equal(TimelineEntryKind.TakesEffect, TimelineEntryKind.Deadline);
    }

    [Fact]
    public void A_deadline_needs_a_time()
    {
        var create = () => new Deadline(null!);

        create.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("Due");
        new Deadline(When.Parse("2015")) { What = [En("Elections held")] }.ToString().Should().Be("[en] Elections held, due 2015");
    }
}
