using System.Globalization;
using CsCheck;

namespace NegotiationModel.Cli.Tests.Rendering;

public sealed class DisplayTextTest
{
    [Theory]
    [InlineData("short", 5, "short")]
    [InlineData("longer", 5, "long…")]
    [InlineData("😀😀😀😀😀😀", 3, "😀😀…")]
    [InlineData("e\u0301e\u0301e\u0301", 2, "e\u0301…")]
    [InlineData("👍🏽👍🏽👍🏽", 2, "👍🏽…")]
    [InlineData("🇺🇦🇺🇦🇺🇦", 3, "🇺🇦🇺🇦🇺🇦")]
    public void Truncate_cuts_between_text_elements(string text, int length, string expected)
        => DisplayText.Truncate(text, length).Should().Be(expected);

    [Fact]
    public void A_cut_text_is_a_prefix_of_whole_text_elements_and_no_longer_than_asked()
    {
        Gen.Select(Gen.OneOf(Gen.Const("😀"), Gen.Const("e\u0301"), Gen.Const("👨‍👩‍👧"), Gen.Const("x"), Gen.Const("\r\n")).Array[0, 40].Select(string.Concat), Gen.Int[1, 30]).Sample(
            (text, length) =>
            {
                var cut = DisplayText.Truncate(text, length);
                DisplayText.Length(cut).Should().BeLessThanOrEqualTo(length);
                if (cut != text)
                {
                    cut.Should().EndWith(DisplayText.Ellipsis);
                    var kept = cut[..^1];
                    text.Should().StartWith(kept);
                    StringInfo.ParseCombiningCharacters(text).Append(text.Length).Should().Contain(kept.Length);
                }
            },
            iter: 300);
    }

    [Fact]
    public void Visible_shows_controls_as_pictures_and_keeps_everything_else()
    {
        DisplayText.Visible("a\u0000b\nc\u001b\u007f\u0085\u2028").Should().Be("a␀b␊c␛␡\uFFFD ");
        DisplayText.Visible("\ud800x\udc00\ufffe").Should().Be("\uFFFDx\uFFFD\uFFFD");
        DisplayText.Visible("トランプ 😀 e\u0301").Should().Be("トランプ 😀 e\u0301");
    }
}
