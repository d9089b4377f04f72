
namespace NegotiationModel.Tests;

public sealed class LocalizedTextTest
{
    [Fact]
    public void Texts_with_equal_members_are_equal_and_a_change_makes_them_unequal()
    {
        var one = new LocalizedText("ウシャコフ補佐官", "ja", isOriginal: true);

        one.Should().Be(new LocalizedText("ウシャコフ補佐官", "ja", isOriginal: true));
        one.Should().NotBe(new LocalizedText("ウシャコフ補佐官", "ja"));
        one.Should().NotBe(new LocalizedText("ウィシャコフ補佐官", "ja", isOriginal: true));
    }

    [Fact]
    public void A_text_needs_text_and_a_language()
    {
        var noText = () => new LocalizedText(" ", "en");
        var noLanguage = () => new LocalizedText("Ushakov", "");

        noText.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Text");
        noLanguage.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Language");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var clear = () => new LocalizedText("Ushakov", "en") with { Language = "  " };

        clear.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Language");
    }

    [Fact]
    public void A_text_round_trips_through_json_in_camel_case()
    {
        var text = new LocalizedText("1つか2つのやっかいな問題が残っている。とても難しい問題だ", "ja", isOriginal: true);

        JsonRoundTrip.Of(text).Should().Be(text);
        JsonRoundTrip.Write(text).Should().Contain("\"language\": \"ja\"").And.Contain("\"isOriginal\": true");
    }
}
