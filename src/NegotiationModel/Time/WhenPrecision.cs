namespace NegotiationModel.Time;

/// <summary>
/// How precisely a <see cref="CalendarWhen"/> is known: the calendar or clock unit it names. The value's window
/// is one such unit.
/// </summary>
/// <remarks>
/// The values 1 to 10 run from the coarsest (a year) to the finest (a second). <see cref="YearPart"/> and
/// <see cref="Season"/>, text forms of format 1.1, come after them in number only: a third of a year is finer
/// than a year and coarser than a month, and a season spans three whole months (winter crosses into the next
/// year). Compare precisions by name, not by number.
/// </remarks>
public enum WhenPrecision
{
    /// <summary>A calendar year, such as <c>2025</c>.</summary>
    Year = 1,

    /// <summary>A quarter of a year, such as <c>2025-Q4</c> (October to December).</summary>
    Quarter = 2,

    /// <summary>A month, such as <c>2025-12</c>.</summary>
    Month = 3,

    /// <summary>
    /// The early, middle or late part of a month (days 1–10, 11–20, 21 to the end; the Japanese
    /// 上旬, 中旬, 下旬), such as <c>2026-01-early</c>.
    /// </summary>
    MonthPart = 4,

    /// <summary>An ISO 8601 week, Monday to Sunday, such as <c>2025-W52</c>.</summary>
    Week = 5,

    /// <summary>A day, such as <c>2025-12-28</c>.</summary>
    Day = 6,

    /// <summary>
    /// A part of a day: night (00–06), morning (06–12), afternoon (12–18) or evening (18–24),
    /// such as <c>2025-12-28Tafternoon</c>.
    /// </summary>
    DayPart = 7,

    /// <summary>An hour of the clock, such as <c>2025-12-28T14</c>.</summary>
    Hour = 8,

    /// <summary>A minute of the clock, such as <c>2025-12-28T14:05</c>.</summary>
    Minute = 9,

    /// <summary>A second of the clock, such as <c>2025-12-29T02:36:00Z</c>.</summary>
    Second = 10,

    /// <summary>
    /// The early, middle or late third of a year (January–April, May–August, September–December; the ISO 8601-2
    /// quadrimesters), such as <c>2015-mid</c>. Format 1.1.
    /// </summary>
    YearPart = 11,

    /// <summary>
    /// A season, with the EDTF codes 21 (spring) to 24 (winter), such as <c>2015-21</c>, read as the northern
    /// hemisphere's meteorological season: March–May, June–August, September–November, December to February of
    /// the next year. Format 1.1.
    /// </summary>
    Season = 12,
}
