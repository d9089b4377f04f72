using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Tests.Time;

/// <summary>Zones, instants and the seed's time values shared by the time tests.</summary>
internal static class TimeTestData
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
    public static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
    public static readonly DateTimeZone Santiago = DateTimeZoneProviders.Tzdb["America/Santiago"];

    public static readonly EntityReference MiamiMeeting = new(EntityKind.NegotiationEvent, "miami-meeting");
    public static readonly EntityReference PressConference = new(EntityKind.NegotiationEvent, "press-conference");
    public static readonly EntityReference TrumpFewWeeks = new(EntityKind.Statement, "trump-few-weeks");

    /// <summary>The meeting in Miami: the afternoon of 28 December 2025, local time.</summary>
    public const string Meeting = "2025-12-28Tafternoon[America/New_York]";

    public static Instant Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
        => Instant.FromUtc(year, month, day, hour, minute, second);

    public static TimeWindow Window(Instant? earliest, Instant? latest) => new(earliest, latest);

    public static TimeWindow Resolve(string text, WhenContext? context = null) => When.Parse(text).Resolve(context);
}

/// <summary>Resolves anchors the way a record will: each entity's own <see cref="When"/>, recursively, with a guard against cycles.</summary>
internal sealed class AnchorTable(IReadOnlyDictionary<EntityReference, When> times) : IWhenAnchorResolver
{
    private readonly HashSet<EntityReference> resolving = [];

    public WhenContext Context => new() { Anchors = this };

    public TimeWindow? ResolveAnchor(EntityReference anchor)
    {
        if (!times.TryGetValue(anchor, out var when) || !resolving.Add(anchor))
        {
            return null;
        }

        try
        {
            return when.Resolve(Context);
        }
        finally
        {
            resolving.Remove(anchor);
        }
    }
}
