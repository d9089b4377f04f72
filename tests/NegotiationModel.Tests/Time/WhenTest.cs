using System.Text.Json;
using NegotiationModel.Time;
using NodaTime;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Time;

public sealed class WhenTest
{
    [Theory]
    [InlineData("2025")]
    [InlineData("2025!")]
    [InlineData("2025-Q4")]
    [InlineData("2025-12")]
    [InlineData("2026-01-early")]
    [InlineData("2026-01-mid[Asia/Tokyo]")]
    [InlineData("2025-12-late~")]
    [InlineData("2025-W52")]
    [InlineData("2025-12-28")]
    [InlineData("2025-12-28[America/New_York]")]
    [InlineData("2025-12-28Tafternoon[America/New_York]")]
    [InlineData("2025-12-28Tevening%!")]
    [InlineData("2025-12-28T14[America/New_York]")]
    [InlineData("2025-12-28T14:05[Asia/Tokyo]")]
    [InlineData("2025-12-29T02:36:00Z")]
    [InlineData("2025-12-29T11:36+09:00")]
    [InlineData("2025-12-28T14:30-05:00")]
    [InlineData("2025-12-28TnightZ")]
    [InlineData("2025-12-28Tevening+09:00[Asia/Tokyo]")]
    [InlineData("2025-12-28Tafternoon-05:00")]
    [InlineData("2025-11-02T01:30-05:00[America/New_York]")]
    [InlineData("2025-12-28[Etc/GMT+5]")]
    [InlineData("2015-early")]
    [InlineData("2015-mid[Europe/Kyiv]")]
    [InlineData("2015-late~")]
    [InlineData("2015-21")]
    [InlineData("2015-22?")]
    [InlineData("2015-23[Europe/Minsk]%!")]
    [InlineData("2015-24")]
    [InlineData("2015-early/2015-21")]
    [InlineData("../2015-late")]
    [InlineData("2025/2026")]
    [InlineData("../2025-12-28Tafternoon[America/New_York]")]
    [InlineData("2025-12-28/..")]
    [InlineData("2025-12~/2026-01?")]
    [InlineData("after(event:miami-meeting)")]
    [InlineData("before(event:miami-meeting)")]
    [InlineData("after(statement:trump-few-weeks, P2W, P6W)")]
    [InlineData("after(event:miami-meeting, PT1H15M)?")]
    [InlineData("after(event:miami-meeting, P0D, P2W)")]
    [InlineData("before(working-group:security, P1W2DT3H4M5S, P3W)!")]
    [InlineData("after(event:a/b)/2026-01")]
    [InlineData("2025-12-28[America/New_York]/before(event:miami-meeting)")]
    public void Canonical_texts_round_trip_exactly(string text)
    {
        var value = When.Parse(text);

        value.ToString().Should().Be(text);
        When.Parse(value.ToString()).Should().Be(value);
    }

    [Theory]
    [InlineData("2025", typeof(CalendarWhen))]
    [InlineData("2025/2026", typeof(RangeWhen))]
    [InlineData("../2026", typeof(RangeWhen))]
    [InlineData("after(event:miami-meeting)", typeof(RelativeWhen))]
    public void Parse_returns_the_kind_of_value_the_text_describes(string text, Type kind)
    {
        When.Parse(text).Should().BeOfType(kind);
    }

    [Theory]
    [InlineData("", 0, "the text is empty")]
    [InlineData("25", 2, "expected a year of four digits")]
    [InlineData("20251", 0, "more than 4 digits")]
    [InlineData("0000", 0, "the year 0000 is not supported")]
    [InlineData("2025-02-29", 8, "February 2025 has 28 days, so day 29 does not exist")]
    [InlineData("2025-13", 5, "month 13 does not exist")]
    [InlineData("2025-36", 5, "EDTF's quarter 36 is written 2025-Q4 here")]
    [InlineData("2015-38", 5, "EDTF's third of a year 38 is written 2015-mid here")]
    [InlineData("2015-29", 5, "seasons of one hemisphere (EDTF 25 to 32) are not supported")]
    [InlineData("2015-40", 5, "halves of a year (EDTF 40 and 41) are not supported")]
    [InlineData("2015-20", 5, "month 20 does not exist")]
    [InlineData("2015-spring", 5, "write the season 'spring' as its EDTF code 21, such as 2015-21")]
    [InlineData("2015-fall", 5, "write the season 'fall' as its EDTF code 23")]
    [InlineData("2015-middle", 5, "'middle' is not a part of a year; expected early, mid or late")]
    [InlineData("2015-21-01", 7, "unexpected '-' after the value")]
    [InlineData("2015-mid~?", 9, "'%' means both")]
    [InlineData("2015-Mid", 5, "expected a month (01 to 12), a quarter (Q1 to Q4), an ISO week (W01 to W53), a season (21 to 24) or a part of the year")]
    [InlineData("2025-Q5", 6, "expected a quarter, Q1 to Q4")]
    [InlineData("2025-W53", 6, "has weeks 01 to 52, so week 53 does not exist")]
    [InlineData("2025-12-earlier", 8, "'earlier' is not a part of a month")]
    [InlineData("2025-12-28T24", 11, "hour 24 does not exist; hours run from 00 to 23")]
    [InlineData("2025-12-28T14:60", 14, "minute 60 does not exist; minutes run from 00 to 59")]
    [InlineData("2025-12-28T14:30:60", 17, "second 60 does not exist; seconds run from 00 to 59 (leap seconds are not supported)")]
    [InlineData("2025-12-28Tnoon", 11, "'noon' is not a part of a day")]
    [InlineData("2025-12-28TNight", 11, "expected a time such as T14:30")]
    [InlineData("2025-12-Early", 8, "expected a day of two digits (01 to 31), or early, mid or late")]
    [InlineData("2025-12-28T14:30:00.5Z", 19, "fractions of a second are not supported")]
    [InlineData("2025-12-28T14:30+00:00", 16, "write the offset zero as Z")]
    [InlineData("2025-12-28T14:30+19:00", 16, "an offset runs from -18:00 to +18:00")]
    [InlineData("2025-12-28T14:30+09", 19, "expected ':'")]
    [InlineData("2025-12-28[America/New_york]", 11, "'America/New_york' is not an IANA time zone")]
    [InlineData("2025-12-28[!America/New_York]", 11, "critical flags")]
    [InlineData("2025-12-28[America/New_York", 27, "no closing ']'")]
    [InlineData("2025[Asia/Tokyo][u-ca=japanese]", 16, "only one bracketed suffix")]
    [InlineData("2025-11-02T01:30-06:00[America/New_York]", 16, "the offset -06:00 is not one of America/New_York's offsets at 2025-11-02T01:30:00")]
    [InlineData("2025-03-09T02:30-05:00[America/New_York]", 16, "is not one of America/New_York's offsets")]
    [InlineData("2025 ", 4, "space (spaces are not allowed)")]
    [InlineData("2025?~", 5, "'%' means both")]
    [InlineData("2025!?", 5, "'!' (inferred) comes last")]
    [InlineData("2026-01/2025-12", 8, "which begins before its start")]
    [InlineData("../..", 3, "at least one end that is not open")]
    [InlineData("2025/", 5, "or '..' for an open end")]
    [InlineData("2025/2026/2027", 9, "after the end of the range")]
    [InlineData("during(event:x)", 0, "'during' is not a relative time")]
    [InlineData("after(evnt:x)", 6, "'evnt' is not an entity kind; expected one of actor, source, event")]
    [InlineData("after(event:)", 12, "'' is not a valid identifier")]
    [InlineData("after(event:x,P2W)", 14, "a comma and one space")]
    [InlineData("after(event:x, P1M)", 17, "months and years vary in length")]
    [InlineData("after(event:x, P02W)", 16, "no leading zeros")]
    [InlineData("after(event:x, P0D)", 15, "says nothing without a greatest distance")]
    [InlineData("after(event:x, P6W, P2W)", 20, "the greatest distance P2W is shorter than the least distance P6W")]
    [InlineData("after(event:x, P1W, P2W, P3W)", 25, "at most two distances")]
    [InlineData("after(event:x, P1DT)", 19, "expected hours, minutes or seconds after 'T'")]
    [InlineData("after(event:x, P1D1W)", 19, "in the order W, D, T, H, M, S")]
    [InlineData("after(event:x", 13, "no closing ')'")]
    public void Invalid_texts_fail_saying_what_is_wrong_and_where(string text, int position, string problem)
    {
        var parse = () => When.Parse(text);

        var error = parse.Should().Throw<WhenParseException>().Which;
        error.Position.Should().Be(position);
        error.Problem.Should().Contain(problem);
        error.Text.Should().Be(text);
        error.Message.Should().Contain($"(at character {position + 1})");
        When.TryParse(text, out var value).Should().BeFalse();
        value.Should().BeNull();
    }

    [Fact]
    public void A_parse_error_is_a_format_exception()
    {
        var parse = () => When.Parse("2025-02-29");

        parse.Should().Throw<FormatException>().WithMessage("'2025-02-29' is not a valid time value: February 2025 has 28 days, so day 29 does not exist (at character 9).");
    }

    [Fact]
    public void Too_long_a_text_is_rejected_where_the_limit_is()
    {
        var text = "after(event:" + new string('a', 600) + ")";

        When.TryParse(text, out _, out var error).Should().BeFalse();
        error!.Position.Should().Be(When.MaxTextLength);
    }

    [Fact]
    public void TryParse_reports_the_error_without_throwing()
    {
        When.TryParse("2025-02-29", out var value, out var error).Should().BeFalse();
        value.Should().BeNull();
        error!.Position.Should().Be(8);

        When.TryParse(null, out value).Should().BeFalse();
        When.TryParse("2024-02-29", out value, out error).Should().BeTrue();
        value.Should().Be(CalendarWhen.OfDay(new LocalDate(2024, 2, 29)));
        error.Should().BeNull();
    }

    [Fact]
    public void Parse_rejects_null_with_an_argument_exception()
    {
        var parse = () => When.Parse(null!);

        parse.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("text");
    }

    [Theory]
    [InlineData("2025-12-28Tafternoon[America/New_York]")]
    [InlineData("2025-12-29T11:36+09:00")]
    [InlineData("after(statement:trump-few-weeks, P2W, P6W)")]
    [InlineData("../2025-12~")]
    public void Json_round_trips_a_value_as_its_text(string text)
    {
        var value = When.Parse(text);

        JsonRoundTrip.Of(value).Should().Be(value);
        JsonRoundTrip.Write(value).Should().Be($"\"{text}\"");
    }

    [Fact]
    public void Json_writes_the_exact_text_without_escaping_the_offset_sign()
    {
        JsonRoundTrip.Write(When.Parse("2025-12-29T11:36+09:00")).Should().Be("\"2025-12-29T11:36+09:00\"");
    }

    [Fact]
    public void Json_reports_an_invalid_value_with_its_position()
    {
        var read = () => JsonRoundTrip.Read<When>("\"2025-02-29\"");
        var number = () => JsonRoundTrip.Read<When>("2025");

        read.Should().Throw<JsonException>().WithMessage("*February 2025 has 28 days*(at character 9)*").WithInnerException<WhenParseException>();
        number.Should().Throw<JsonException>().WithMessage("*Expected a time value string*");
    }

    [Fact]
    public void Range_and_relative_values_report_the_qualifiers_of_their_parts()
    {
        When.Parse("2025-12~/2026-01?").IsApproximate.Should().BeTrue();
        When.Parse("2025-12~/2026-01?").IsUncertain.Should().BeTrue();
        When.Parse("2025-12~/2026-01?").IsInferred.Should().BeFalse();
        When.Parse("after(event:miami-meeting)!").IsInferred.Should().BeTrue();
        When.Parse(Meeting).IsApproximate.Should().BeFalse();
    }
}
