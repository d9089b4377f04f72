using System.Globalization;
using NodaTime;

namespace NegotiationModel.Time;

/// <content>The thirds of a year (<c>2015-mid</c>) and what to write instead of the EDTF forms the grammar leaves out.</content>
internal ref partial struct WhenParser
{
    // EDTF level 2 sub-year groupings other than the seasons 21 to 24 have a form of their own here, or none.
    private static string SubYearHint(int year, int code) => code switch
    {
        >= 25 and <= 32 => "; seasons of one hemisphere (EDTF 25 to 32) are not supported: write a season as 21 (spring) to 24 (winter), read as northern meteorological seasons, or write the months, such as 2025-09/2025-11",
        >= 33 and <= 36 => string.Create(CultureInfo.InvariantCulture, $"; EDTF's quarter {code} is written {year:D4}-Q{code - 32} here"),
        >= 37 and <= 39 => string.Create(CultureInfo.InvariantCulture, $"; EDTF's third of a year {code} is written {year:D4}-{WhenText.YearPartName((YearPart)(code - 36))} here"),
        >= 40 and <= 41 => "; halves of a year (EDTF 40 and 41) are not supported: write the months, such as 2025-01/2025-06",
        _ => string.Empty,
    };

    // A third of a year (early, mid, late), after the year and '-'; a season's word gets the code to write instead.
    private bool ParseYearPart(int year, out LocalDateTime start)
    {
        start = default;
        var wordPosition = position;
        var word = ReadWord();
        var month = word switch
        {
            "early" => 1,
            "mid" => 5,
            "late" => 9,
            _ => 0,
        };
        if (month != 0)
        {
            start = new LocalDateTime(year, month, 1, 0, 0);
            return true;
        }

        var season = word switch
        {
            "spring" => 21,
            "summer" => 22,
            "autumn" or "fall" => 23,
            "winter" => 24,
            _ => 0,
        };
        return season != 0
            ? Fail(wordPosition, string.Create(CultureInfo.InvariantCulture, $"write the season '{word}' as its EDTF code {season}, such as {year:D4}-{season}"))
            : Fail(wordPosition, $"'{word}' is not a part of a year; expected early, mid or late, or a season as 21 (spring) to 24 (winter)");
    }
}
