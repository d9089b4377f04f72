using NodaTime;

namespace NegotiationModel.Cli.Rendering;

/// <summary>One labelled tick of the time axis.</summary>
/// <param name="At">The instant it marks.</param>
/// <param name="X">Its position.</param>
/// <param name="Label">What it says, such as <c>28 Dec 2025</c>, <c>06:00</c> or <c>Mar</c>.</param>
/// <param name="IsMajor">Whether it starts a day, month or year and is drawn stronger.</param>
internal readonly record struct AxisTick(Instant At, double X, string Label, bool IsMajor);

/// <summary>
/// Chooses the ticks of a time axis: at local calendar boundaries of the zone, in each stretch between breaks
/// the finest step that leaves room for its labels (or a finer one when none of its labels fits in the
/// stretch), then only ticks whose label boxes (estimated as one font size per character, wider than any
/// glyph of the fonts used) keep clear of the breaks and of the previous label. So labels never overlap, the
/// count is bounded by the width, and every stretch with room for a label at a boundary gets one, whatever
/// the span and the zone.
/// </summary>
internal static class TimeAxis
{
    public const double FontSize = 11;

    /// <summary>Where a label starts, right of its tick.</summary>
    public const double LabelOffset = 3;

    /// <summary>The least room between two label boxes.</summary>
    public const double LabelGap = 8;

    // A stretch between breaks narrower than this holds no label; no step is tried for it.
    private const double MinimumStretch = 2;

    // The step choice already limits a stretch to its width over a label; this is a second bound on the work,
    // which is at most this many candidates for each step of the ladder in each of the at most four stretches
    // (a break is longer than a quarter of the span).
    private const int MaxCandidatesPerStretch = 256;

    /// <summary>The estimated width of a label: one font size per text element.</summary>
    public static double LabelWidth(string label) => DisplayText.Length(label) * FontSize;

    public static List<AxisTick> Ticks(TimeScale scale, DateTimeZone zone, double rightLimit)
    {
        var breaks = scale.Breaks.ToList();
        var ticks = new List<AxisTick>();
        LocalDateTime? previous = null;
        var previousEnd = double.NegativeInfinity;
        foreach (var (from, to, x0, x1) in scale.LinearSegments)
        {
            var seconds = (to - from).TotalSeconds;
            if (x1 - x0 < MinimumStretch || seconds <= 0)
            {
                continue;
            }

            var pixelsPerSecond = (x1 - x0) / seconds;
            var finest = Enumerable.Range(0, TickUnit.Ladder.Count).FirstOrDefault(i => TickUnit.Ladder[i].NominalSeconds * pixelsPerSecond >= LabelWidth(TickUnit.Ladder[i].TypicalLabel) + LabelGap, TickUnit.Ladder.Count - 1);
            // That step leaves room between labels of the usual length, but a stretch only a step or two long may
            // have its boundaries too near its end for a label (the first of which also shows the year): then
            // finer steps, with boundaries nearer its start, are tried until one labels the stretch.
            var labelled = ticks.Count;
            for (var step = finest; step >= 0 && ticks.Count == labelled; step--)
            {
                var unit = TickUnit.Ladder[step];
                foreach (var (at, local) in unit.Boundaries(from, to, zone).Take(MaxCandidatesPerStretch))
                {
                    var x = scale.X(at);
                    var label = unit.Label(local, previous);
                    var start = x + LabelOffset;
                    var end = start + LabelWidth(label);
                    // A label must not run under the mark of a break, which covers the axis there.
                    if (start < previousEnd + LabelGap || end > rightLimit || breaks.Exists(b => start < b.X1 && end > b.X0))
                    {
                        continue;
                    }

                    ticks.Add(new AxisTick(at, x, label, unit.IsMajor(local)));
                    previous = local;
                    previousEnd = end;
                }
            }
        }

        return ticks;
    }
}
