namespace NegotiationModel.Time;

/// <summary>A quarter of a local day, as sources say "in the morning" or "in the afternoon".</summary>
public enum DayPart
{
    /// <summary>The night, from 00:00 to 06:00 local time (text <c>night</c>).</summary>
    Night = 1,

    /// <summary>The morning, from 06:00 to 12:00 local time (text <c>morning</c>).</summary>
    Morning = 2,

    /// <summary>The afternoon, from 12:00 to 18:00 local time (text <c>afternoon</c>).</summary>
    Afternoon = 3,

    /// <summary>The evening, from 18:00 to 24:00 local time (text <c>evening</c>).</summary>
    Evening = 4,
}
