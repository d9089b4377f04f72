using CsCheck;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using NodaTime;

namespace NegotiationModel.Tests.Time;

/// <summary>
/// Every instant the library computes clamps at the ends of NodaTime's range: times near year 1 and year 9999,
/// at extreme offsets and in zones, anchored relative times with long distances, go through parsing, windows,
/// validation, timelines and formatting without an exception.
/// </summary>
public sealed class RangeEndsPropertyTest
{
    private static readonly string[] Zones = ["UTC", "Pacific/Kiritimati", "Etc/GMT+12", "Europe/Kyiv", "America/St_Johns"];

    private static readonly Gen<string> Dates = Gen.OneOf(
        "0001", "0001-01", "0001-01-01", "0001-Q1", "0001-W01", "0001-01-early", "0001-01-01T00:00Z", "0001-01-01T00:00+14:00",
        "0001-01-01T00:00-14:00", "0001-01-01Tmorning", "0001-01-01Tnight",
        "9999", "9999-12", "9999-12-31", "9999-Q4", "9999-W52", "9999-12-late", "9999-12-31T23:59Z", "9999-12-31T23:59:59Z",
        "9999-12-31T23:59-14:00", "9999-12-31T23:59+14:00", "9999-12-31Tevening", "9999-12-31Tnight", "2025-12-28");

    private static readonly Gen<string> Absolutes = Gen.Select(Dates, Gen.OneOf(Zones.Select(z => "[" + z + "]").Append(string.Empty).ToArray()), Gen.OneOf(string.Empty, "~", "?", "!"))
        .Select((date, zone, qualifier) => date.Contains('T', StringComparison.Ordinal) && (date.EndsWith('Z') || date.Contains('+', StringComparison.Ordinal) || date.LastIndexOf('-') > 10)
            ? date + qualifier
            : date + zone + qualifier);

    private static readonly Gen<string> Distances = Gen.OneOf(string.Empty, ", P999999W", ", PT999999H", ", P0D, P999999W", ", P1D", ", P999999W, P999999W");

    private static readonly Gen<string> Relatives = Gen.Select(Gen.OneOf("after", "before"), Gen.OneOf("event:anchor", "statement:said", "position:held"), Distances)
        .Select((direction, anchor, distance) => $"{direction}({anchor}{distance})");

    private static readonly Gen<string> Texts = Gen.OneOf(
        Absolutes,
        Relatives,
        Gen.Select(Absolutes, Absolutes).Select((a, b) => a + "/" + b),
        Gen.Select(Absolutes, Relatives).Select((a, b) => a + "/" + b));

    [Fact]
    public void Times_near_both_ends_of_the_range_resolve_validate_build_timelines_and_format()
    {
        var parsed = 0;
        Gen.Select(Absolutes, Texts, Texts, Gen.OneOf(Zones)).Sample(
            (anchor, said, held, zoneId) =>
            {
                if (!When.TryParse(anchor, out var anchorWhen) || !When.TryParse(said, out var saidWhen) || !When.TryParse(held, out var heldWhen))
                {
                    return;
                }

                parsed++;
                var record = new NegotiationRecord("ends")
                {
                    Events = [new NegotiationEvent(new NegotiationEventId("anchor"), EventKind.Meeting, [new LocalizedText("Anchor", "en")]) { When = anchorWhen, Duration = Duration.FromDays(3) }],
                    Statements = [new Statement(new StatementId("said"), [new ActorId("a")], [new LocalizedText("Said", "en")]) { When = saidWhen }],
                    Positions = [new Position(new PositionId("held"), new ActorId("a"), EntityReference.To(new StatementId("said")), Stance.Supports) { When = heldWhen }],
                };
                var zone = DateTimeZoneProviders.Tzdb[zoneId];
                var context = record.TimeContext(zone);

                foreach (var when in new[] { anchorWhen, saidWhen, heldWhen })
                {
                    var window = when.Resolve(context);
                    _ = WhenFormatter.FormatWindow(window, zone);
                    _ = WhenFormatter.Format(when, zone, context);
                    _ = WhenFormatter.Describe(when);
                    _ = TimeWindow.Compare(window, new TimeWindow(Instant.MinValue, Instant.MaxValue));
                }

                _ = RecordValidator.Default.Validate(record);
                var timeline = Timeline.Build(record, context);
                foreach (var entry in timeline.Entries)
                {
                    _ = entry.FormatWhen(zone);
                }

                _ = timeline.Query(new TimeWindow(Instant.MinValue, Instant.MaxValue));
                _ = record.AsKnownAt(Instant.MaxValue, context);
                _ = record.PositionHistories(new ActorId("a"), context);
                NegotiationJson.Deserialize(NegotiationJson.Serialize(record)).Should().Be(record);
            },
            iter: 400);

        parsed.Should().BeGreaterThan(150, "the generator must produce When texts the grammar accepts");
    }
}
