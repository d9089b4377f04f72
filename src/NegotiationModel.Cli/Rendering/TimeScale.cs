using NodaTime;

namespace NegotiationModel.Cli.Rendering;

/// <summary>
/// Maps instants to x positions with long empty stretches squeezed to a fixed width (drawn as a break),
/// so that a record whose events cluster in two days but whose milestones lie weeks later stays readable.
/// </summary>
internal sealed class TimeScale
{
    private const double BreakWidth = 28;
    private readonly (Instant From, Instant To, double X0, double X1, bool IsBreak)[] segments;

    public TimeScale(IEnumerable<Instant> boundaries, double x0, double width)
    {
        var points = boundaries.Select(RenderRange.Clamp).Distinct().Order().ToList();
        if (points.Count == 0)
        {
            points.Add(SystemClockFallback);
        }

        // Half a day around a single instant, and a twentieth of the span on both sides so items at the edges
        // are not cut; clamped, so a time in the last hours of year 9999 still has an axis.
        if (points.Count == 1)
        {
            points.Insert(0, RenderRange.Plus(points[0], -Duration.FromHours(12)));
            points.Add(RenderRange.Plus(points[^1], Duration.FromHours(12)));
        }

        var span = points[^1] - points[0];
        var pad = Duration.Max(Duration.FromHours(1), Duration.FromSeconds(span.TotalSeconds / 20));
        points.Insert(0, RenderRange.Plus(points[0], -pad));
        points.Add(RenderRange.Plus(points[^1], pad));
        points = [.. points.Distinct()];

        // A gap is a stretch between consecutive boundaries longer than a quarter of the whole span and than 2 days.
        var gapThreshold = Duration.Max(Duration.FromDays(2), Duration.FromSeconds((points[^1] - points[0]).TotalSeconds / 4));
        // Consecutive stretches that are not gaps are one linear stretch: all are drawn at the same pixels per second.
        var stretches = new List<(Instant From, Instant To, bool IsBreak)>();
        foreach (var (from, to) in points.Zip(points.Skip(1)))
        {
            var isBreak = to - from > gapThreshold;
            if (!isBreak && stretches.Count > 0 && !stretches[^1].IsBreak)
            {
                stretches[^1] = (stretches[^1].From, to, false);
            }
            else
            {
                stretches.Add((from, to, isBreak));
            }
        }

        var breaks = stretches.Count(s => s.IsBreak);
        var linearWidth = Math.Max(1, width - (breaks * BreakWidth));
        var linearSeconds = stretches.Where(s => !s.IsBreak).Sum(s => (s.To - s.From).TotalSeconds);
        var x = x0;
        segments = new (Instant, Instant, double, double, bool)[stretches.Count];
        for (var i = 0; i < stretches.Count; i++)
        {
            var (from, to, isBreak) = stretches[i];
            var segmentWidth = isBreak ? BreakWidth : (linearSeconds == 0 ? linearWidth / stretches.Count : linearWidth * (to - from).TotalSeconds / linearSeconds);
            segments[i] = (from, to, x, x + segmentWidth, isBreak);
            x += segmentWidth;
        }

        Start = points[0];
        End = points[^1];
    }

    public Instant Start { get; }

    public Instant End { get; }

    public IEnumerable<(double X0, double X1)> Breaks => segments.Where(s => s.IsBreak).Select(s => (s.X0, s.X1));

    /// <summary>The stretches between breaks, in increasing order; each maps instants to x linearly, all at the same pixels per second.</summary>
    public IEnumerable<(Instant From, Instant To, double X0, double X1)> LinearSegments
        => segments.Where(s => !s.IsBreak).Select(s => (s.From, s.To, s.X0, s.X1));

    private static Instant SystemClockFallback => Instant.FromUtc(2000, 1, 1, 0, 0);

    public double X(Instant instant)
    {
        if (instant <= segments[0].From)
        {
            return segments[0].X0;
        }

        foreach (var (from, to, x0, x1, _) in segments)
        {
            if (instant <= to)
            {
                var fraction = (instant - from).TotalSeconds / Math.Max(1e-9, (to - from).TotalSeconds);
                return x0 + (fraction * (x1 - x0));
            }
        }

        return segments[^1].X1;
    }
}
