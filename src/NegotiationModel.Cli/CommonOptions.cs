using System.CommandLine;
using NegotiationModel.Time;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Cli;

/// <summary>Options several commands share, and how their values are read: zones from tzdb, instants in ISO 8601, times in the When text form.</summary>
internal static class CommonOptions
{
    public static Option<string> Zone() => new("--zone")
    {
        Description = "The IANA time zone times are shown in, such as Asia/Tokyo or America/New_York.",
        DefaultValueFactory = _ => "UTC",
    };

    public static bool TryZone(string id, out DateTimeZone zone, out string problem)
    {
        zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)!;
        problem = zone is null ? $"'{id}' is not a time zone known to tzdb; use an IANA name such as Asia/Tokyo." : string.Empty;
        return zone is not null;
    }

    /// <summary>Reads an instant as <c>2025-12-29T01:00:00Z</c> or with an offset, <c>2025-12-29T10:00+09:00</c>.</summary>
    public static bool TryInstant(string text, out Instant instant)
    {
        var asInstant = InstantPattern.ExtendedIso.Parse(text);
        if (asInstant.Success)
        {
            instant = asInstant.Value;
            return true;
        }

        var withOffset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (!withOffset.Success)
        {
            withOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>").Parse(text);
        }

        instant = withOffset.Success ? withOffset.Value.ToInstant() : default;
        return withOffset.Success;
    }

    /// <summary>Reads a time in the When text form, saying what is wrong when it cannot.</summary>
    public static bool TryWhen(string text, out When? value, out string problem)
    {
        var ok = When.TryParse(text, out value, out var error);
        problem = error?.Message ?? string.Empty;
        return ok;
    }
}
