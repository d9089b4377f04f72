using CsCheck;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Tests.Time;

/// <summary>Mapping local spans to instants takes a shortcut away from transitions; it must agree with the full mapping everywhere.</summary>
public sealed class TimeArithmeticTest
{
    private static readonly DateTimeZone[] Zones = [.. DateTimeZoneProviders.Tzdb.Ids.Select(id => DateTimeZoneProviders.Tzdb[id])];

    // Local times anywhere in the range, and local times within three days of one of the zone's transitions
    // (where the shortcut must step aside), gaps and repeated hours included.
    private static readonly Gen<(DateTimeZone Zone, LocalDateTime? Start, LocalDateTime? End)> Spans =
        from zoneIndex in Gen.Int[0, Zones.Length - 1]
        let zone = Zones[zoneIndex]
        from year in Gen.Int[1850, 2050]
        from pick in Gen.Int[0, 1000]
        from startMinutes in Gen.Int[-4320, 4320]
        from length in Gen.Frequency((3, Gen.Int[1, 3]), (3, Gen.Int[1, 180]), (1, Gen.Int[1, 100_000]))
        from open in Gen.Int[0, 5]
        let near = NearTransition(zone, year, pick)
        let start = near.PlusMinutes(startMinutes)
        select (zone, open == 1 ? (LocalDateTime?)null : start, open == 2 ? (LocalDateTime?)null : start.PlusMinutes(length));

    [Fact]
    public void The_shortcut_agrees_with_the_full_mapping_near_transitions_and_away_from_them()
    {
        Spans.Sample(
            span => TimeArithmetic.InZone(span.Zone, span.Start, span.End) == TimeArithmetic.InZoneByMapping(span.Zone, span.Start, span.End),
            iter: 20_000,
            print: span => $"{span.Zone.Id} {span.Start} {span.End}");
    }

    [Theory]
    [InlineData("America/New_York", "2025-03-09T02:30", "2025-03-09T02:45")] // in the spring gap
    [InlineData("America/New_York", "2025-11-02T01:30", "2025-11-02T01:45")] // in the repeated hour
    [InlineData("Europe/Kyiv", "2025-12-28T13:00", "2025-12-28T14:00")]
    public void Spans_at_and_away_from_transitions_map_as_the_full_mapping_does(string zoneId, string start, string end)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var from = NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(start + ":00").Value;
        var to = NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(end + ":00").Value;

        TimeArithmetic.InZone(zone, from, to).Should().Be(TimeArithmetic.InZoneByMapping(zone, from, to));
    }

    private static LocalDateTime NearTransition(DateTimeZone zone, int year, int pick)
    {
        var intervals = zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0)).ToList();
        var interval = intervals[pick % intervals.Count];
        return interval.HasStart ? interval.IsoLocalStart : new LocalDateTime(year, 6, 1, 12, 0);
    }
}
