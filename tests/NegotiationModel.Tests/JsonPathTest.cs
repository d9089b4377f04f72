using System.Globalization;
using CsCheck;

namespace NegotiationModel.Tests;

/// <summary>The one JSON path type: RFC 9535 normalized paths (section 2.7), parsed and written the same way.</summary>
public sealed class JsonPathTest
{
    // Names that stress the escaping rules: quotes, backslashes, every control character, U+007F, non-BMP
    // characters, lone surrogates, brackets and dots.
    private static readonly Gen<string> GenName = Gen.OneOf(
        Gen.String[Gen.Char.AlphaNumeric, 0, 8],
        Gen.String[Gen.Char["'\\\u0000\b\t\n\u000b\f\r\u001f\u007f.[]$-é\ud83d\ude00"], 0, 8],
        Gen.String[Gen.Char, 0, 8]);

    private static readonly Gen<JsonPathSegment> GenSegment = Gen.OneOf(
        GenName.Select(JsonPathSegment.Member),
        Gen.Int[0, int.MaxValue].Select(JsonPathSegment.At));

    private static readonly Gen<JsonPath> GenPath = GenSegment.Array[0, 6].Select(steps => steps.Aggregate(JsonPath.Root, (path, step) => path.Append(step)));

    [Theory]
    [InlineData("$")]
    [InlineData("$['actors'][0]['names']")]
    [InlineData("$['x-num']")]
    [InlineData("$['nick-name']['0']")]
    [InlineData("$['']")]
    [InlineData("$[2147483647]")]
    public void A_normalized_path_reads_and_writes_back_the_same_text(string text)
    {
        JsonPath.Parse(text).ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("it's", @"$['it\'s']")]
    [InlineData(@"a\b", @"$['a\\b']")]
    [InlineData("\b\t\n\f\r", @"$['\b\t\n\f\r']")]
    [InlineData("\u0000\u0007\u000b\u000e\u001f", @"$['\u0000\u0007\u000b\u000e\u001f']")]
    [InlineData("\u007f é 😀 \"", "$['\u007f é 😀 \"']")]
    [InlineData("a.b[0]", "$['a.b[0]']")]
    public void Member_names_are_escaped_as_section_2_7_prescribes(string name, string expected)
    {
        var path = JsonPath.Root.Property(name);

        path.ToString().Should().Be(expected);
        JsonPath.Parse(expected).Should().Be(path);
    }

    [Fact]
    public void A_lone_surrogate_is_written_as_an_escape_and_read_back()
    {
        // Kept out of the theory above: test runners do not carry a lone surrogate through their arguments intact.
        var path = JsonPath.Root.Property("a\ud800b");

        path.ToString().Should().Be(@"$['a\ud800b']");
        JsonPath.Parse(path.ToString()).Should().Be(path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("actors")]
    [InlineData("$.actors")]
    [InlineData("$[\"actors\"]")]
    [InlineData("$[01]")]
    [InlineData("$[-1]")]
    [InlineData("$[2147483648]")]
    [InlineData("$['a'")]
    [InlineData("$['a']x")]
    [InlineData("$['\n']")]
    [InlineData(@"$['\u000a']")]
    [InlineData(@"$['\u001F']")]
    [InlineData(@"$['\u0041']")]
    [InlineData(@"$['\x']")]
    [InlineData(@"$['\ud83d\ude00']")]
    public void Texts_that_are_not_normalized_paths_are_refused_with_a_message(string text)
    {
        var parse = () => JsonPath.Parse(text);

        parse.Should().Throw<FormatException>().Which.Message.Should().Contain("normalized");
        JsonPath.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Every_path_writes_a_text_that_reads_back_equal()
    {
        GenPath.Sample(path =>
        {
            var text = path.ToString();
            var read = JsonPath.Parse(text);
            return read.Equals(path) && read.GetHashCode() == path.GetHashCode() && read.ToString() == text && read.Segments.Equals(path.Segments);
        }, iter: 2_000);
    }

    [Fact]
    public void Paths_are_equal_by_their_steps()
    {
        var built = JsonPath.Root.Property("statements").Index(3).Property("speakers").Index(0);

        built.Should().Be(JsonPath.Parse("$['statements'][3]['speakers'][0]"));
        (built == JsonPath.Parse("$['statements'][3]['speakers'][0]")).Should().BeTrue();
        built.Should().NotBe(JsonPath.Parse("$['statements'][3]['speakers'][1]"));
        JsonPath.Root.Property("0").Should().NotBe(JsonPath.Root.Index(0), "a member named 0 is not element 0");
        built.Depth.Should().Be(4);
        built.Parent!.Parent.Should().Be(JsonPath.Parse("$['statements'][3]"));
        built.LastSegment.Should().Be(JsonPathSegment.At(0));
        JsonPath.Root.Parent.Should().BeNull();
    }

    [Fact]
    public void Steps_keep_their_invariants()
    {
        var negative = () => JsonPath.Root.Index(-1);
        var nullName = () => JsonPath.Root.Property(null!);
        var rootStep = () => JsonPath.Root.LastSegment;

        negative.Should().Throw<ArgumentException>();
        nullName.Should().Throw<ArgumentNullException>();
        rootStep.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void The_text_does_not_depend_on_the_culture()
    {
        var path = JsonPath.Root.Property("actors").Index(12345);
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA") { NumberFormat = { DigitSubstitution = DigitShapes.NativeNational } };
            path.ToString().Should().Be("$['actors'][12345]");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
