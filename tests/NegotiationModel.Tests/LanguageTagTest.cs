using CsCheck;

namespace NegotiationModel.Tests;

public sealed class LanguageTagTest
{
    private static readonly LanguageTag Uk = new("uk");

    [Fact]
    public void A_tag_writes_texts_and_names_in_its_language()
    {
        Uk.Text("Комплекс заходів").Should().Be(new LocalizedText("Комплекс заходів", "uk"));
        Uk.Original("Комплекс заходів").Should().Be(new LocalizedText("Комплекс заходів", "uk", isOriginal: true));
        Uk.Name("Порошенко", NameKind.Alias).Should().Be(new LocalizedName("Порошенко", "uk", NameKind.Alias));
        Uk.ToString().Should().Be("uk");
    }

    [Fact]
    public void A_blank_tag_and_the_default_tag_write_nothing()
    {
        FluentActions.Invoking(() => new LanguageTag(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => default(LanguageTag).Text("x")).Should().Throw<ArgumentException>().WithMessage("*default LanguageTag*");
        FluentActions.Invoking(() => Uk.Text(" ")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_text_written_through_a_tag_equals_the_one_built_directly()
    {
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 8], Gen.String[Gen.Char.AlphaNumeric, 1, 5], Gen.Bool).Sample((text, tag, original) =>
        {
            var language = new LanguageTag(tag);
            var written = original ? language.Original(text) : language.Text(text);
            return written == new LocalizedText(text, tag, original) && new LanguageTag(tag) == language;
        }, iter: 200);
    }
}
