using System.Reflection;
using System.Text;
using System.Text.Json;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Tests.Time;

/// <summary>
/// Writes docs/when-conformance.json, the <c>When</c> grammar's conformance vectors for anyone porting it: each text of the
/// parser's own tests (their <c>[InlineData]</c>, so a case added there is a vector here) with what the library makes of
/// it: the canonical text, the kind, the precision and the window in UTC; or the error's position and problem.
/// </summary>
internal static class WhenConformanceVectors
{
    /// <summary>The window every anchor of a relative value resolves to in the vectors: the Miami meeting's.</summary>
    public static readonly TimeWindow AnchorWindow = new(Instant.FromUtc(2025, 12, 28, 17, 0), Instant.FromUtc(2025, 12, 28, 23, 0));

    // The theories whose first argument is a text the parser reads (or refuses), in the order they are listed.
    private static readonly (Type Test, string Method)[] Seeds =
    [
        (typeof(WhenTest), nameof(WhenTest.Canonical_texts_round_trip_exactly)),
        (typeof(CalendarWhenTest), nameof(CalendarWhenTest.Each_precision_names_one_unit_and_floating_values_are_read_in_UTC_by_default)),
        (typeof(RelativeWhenTest), nameof(RelativeWhenTest.A_relative_value_follows_from_its_anchor_window)),
        (typeof(WhenTest), nameof(WhenTest.Invalid_texts_fail_saying_what_is_wrong_and_where)),
    ];

    /// <summary>Returns the texts of the vectors, without repeats, in the order of the tests that list them.</summary>
    public static IEnumerable<string> Texts()
        => Seeds.SelectMany(seed => seed.Test.GetMethod(seed.Method)!.GetCustomAttributes<InlineDataAttribute>())
            .Select(data => (string)data.Data[0]!)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Writes the vectors file as the library reads each text.</summary>
    public static string Generate()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("description", "Conformance vectors of the When grammar (docs/time.md): each text with its canonical text, kind, precision and window in UTC (floating values read in UTC, every anchor of a relative value at the window given in 'anchors'), or the error's position (0-based, in UTF-16 code units) and problem. Generated from the library's tests; see docs/time.md, 'Conformance vectors'.");
            writer.WriteString("floatingZone", "UTC");
            writer.WriteStartArray("vectors");
            foreach (var text in Texts())
            {
                WriteVector(writer, text);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteVector(Utf8JsonWriter writer, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("text", text);
        if (!When.TryParse(text, out var value, out var error))
        {
            writer.WriteStartObject("error");
            writer.WriteNumber("position", error.Position!.Value);
            writer.WriteString("problem", error.Problem);
            writer.WriteEndObject();
            writer.WriteEndObject();
            return;
        }

        writer.WriteString("canonical", value.ToString());
        writer.WriteString("kind", value switch { CalendarWhen => "calendar", RangeWhen => "range", _ => "relative" });
        if (value is CalendarWhen calendar)
        {
            writer.WriteString("precision", KebabCaseEnumConverter<WhenPrecision>.NameOf(calendar.Precision));
        }
        else
        {
            writer.WriteNull("precision");
        }

        var anchors = AnchorsIn(value).Select(anchor => anchor.ToString()).Distinct(StringComparer.Ordinal).ToList();
        var window = value.Resolve(new WhenContext { Anchors = new FixedAnchors() });
        WriteInstant(writer, "start", window.Earliest);
        WriteInstant(writer, "end", window.Latest);
        if (anchors.Count > 0)
        {
            writer.WriteStartObject("anchors");
            foreach (var anchor in anchors)
            {
                writer.WriteStartObject(anchor);
                WriteInstant(writer, "start", AnchorWindow.Earliest);
                WriteInstant(writer, "end", AnchorWindow.Latest);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static IEnumerable<EntityReference> AnchorsIn(When? value) => value switch
    {
        RelativeWhen relative => [relative.Anchor],
        RangeWhen range => [.. AnchorsIn(range.Start), .. AnchorsIn(range.End)],
        _ => [],
    };

    private static void WriteInstant(Utf8JsonWriter writer, string name, Instant? instant)
    {
        if (instant is { } value)
        {
            writer.WriteString(name, InstantPattern.ExtendedIso.Format(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private sealed class FixedAnchors : IWhenAnchorResolver
    {
        public TimeWindow? ResolveAnchor(EntityReference anchor) => AnchorWindow;
    }
}
