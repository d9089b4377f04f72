using System.Text.Json;
using System.Text.Json.Nodes;
using NegotiationModel.Assessments;

namespace NegotiationModel.Tests.Assessments;

public sealed class LikelihoodTest
{
    private static readonly LocalizedText Cooperating = new("the US and Russia are cooperating toward B", "en");

    [Fact]
    public void A_likelihood_may_be_given_in_words_only()
    {
        var likelihood = new Likelihood(EstimativeProbability.Likely);

        likelihood.Words.Should().Be(EstimativeProbability.Likely);
        likelihood.Minimum.Should().BeNull();
        likelihood.Maximum.Should().BeNull();
        likelihood.Text.Should().BeNull();
    }

    [Fact]
    public void A_likelihood_may_be_given_as_a_range_or_either_bound_alone()
    {
        new Likelihood(minimum: 0.55, maximum: 0.8).Should().Match<Likelihood>(l => l.Minimum == 0.55 && l.Maximum == 0.8);
        new Likelihood(minimum: 0.6).Maximum.Should().BeNull();
        new Likelihood(maximum: 0.1).Minimum.Should().BeNull();
        new Likelihood(minimum: 0.5, maximum: 0.5).Minimum.Should().Be(0.5, "equal bounds are a point estimate");
        new Likelihood(minimum: 0, maximum: 1).Maximum.Should().Be(1);
    }

    [Fact]
    public void A_likelihood_may_be_given_in_the_authors_words_only()
    {
        new Likelihood(text: Cooperating).Text.Should().Be(Cooperating);
    }

    [Fact]
    public void A_likelihood_needs_something_set()
    {
        var create = () => new Likelihood();

        create.Should().Throw<ArgumentException>().WithMessage("A likelihood needs *").And.ParamName.Should().Be("Words");
    }

    [Fact]
    public void The_minimum_may_not_exceed_the_maximum()
    {
        var create = () => new Likelihood(minimum: 0.8, maximum: 0.55);

        create.Should().ThrowExactly<ArgumentException>().And.ParamName.Should().Be("Minimum");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_bound_outside_zero_to_one_is_rejected(double value)
    {
        var minimum = () => new Likelihood(minimum: value);
        var maximum = () => new Likelihood(maximum: value);

        minimum.Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("Minimum");
        maximum.Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("Maximum");
    }

    [Fact]
    public void Undefined_words_are_rejected()
    {
        var create = () => new Likelihood((EstimativeProbability)8);
        var change = () => new Likelihood(text: Cooperating) with { Words = (EstimativeProbability)0 };

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Words");
        change.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Words");
    }

    [Fact]
    public void With_expressions_may_not_clear_the_last_member_set()
    {
        var clearWords = () => new Likelihood(EstimativeProbability.Likely) with { Words = null };
        var clearMinimum = () => new Likelihood(minimum: 0.6) with { Minimum = null };
        var clearMaximum = () => new Likelihood(maximum: 0.1) with { Maximum = null };
        var clearText = () => new Likelihood(text: Cooperating) with { Text = null };

        clearWords.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Words");
        clearMinimum.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Minimum");
        clearMaximum.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Maximum");
        clearText.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Text");
    }

    [Fact]
    public void With_expressions_may_clear_a_member_while_another_stays_set()
    {
        var likelihood = new Likelihood(EstimativeProbability.Likely, text: Cooperating) with { Words = null };

        likelihood.Words.Should().BeNull();
        likelihood.Text.Should().Be(Cooperating);
    }

    [Fact]
    public void With_expressions_keep_the_bounds_in_order()
    {
        var range = new Likelihood(minimum: 0.2, maximum: 0.4);

        var raiseMinimum = () => range with { Minimum = 0.5 };
        var lowerMaximum = () => range with { Maximum = 0.1 };
        var outOfRange = () => range with { Maximum = 1.5 };

        raiseMinimum.Should().ThrowExactly<ArgumentException>().And.ParamName.Should().Be("Minimum");
        lowerMaximum.Should().ThrowExactly<ArgumentException>().And.ParamName.Should().Be("Maximum");
        outOfRange.Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("Maximum");
    }

    [Fact]
    public void With_assignments_run_in_the_order_written_and_each_must_leave_a_valid_likelihood()
    {
        var range = new Likelihood(minimum: 0.2, maximum: 0.4);

        // Moving the range up: the new minimum exceeds the old maximum if it is assigned first.
        var minimumFirst = () => range with { Minimum = 0.5, Maximum = 0.7 };
        var maximumFirst = range with { Maximum = 0.7, Minimum = 0.5 };

        minimumFirst.Should().ThrowExactly<ArgumentException>().And.ParamName.Should().Be("Minimum");
        maximumFirst.Should().Be(new Likelihood(minimum: 0.5, maximum: 0.7));
    }

    [Fact]
    public void Swapping_one_member_for_another_works_when_the_new_one_is_set_first()
    {
        var words = new Likelihood(EstimativeProbability.Likely);

        var clearFirst = () => words with { Words = null, Text = Cooperating };
        var setFirst = words with { Text = Cooperating, Words = null };

        clearFirst.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Words");
        setFirst.Should().Be(new Likelihood(text: Cooperating));
    }

    [Fact]
    public void WithRange_replaces_both_bounds_at_once_whatever_the_order()
    {
        var range = new Likelihood(EstimativeProbability.Unlikely, 0.2, 0.4);

        range.WithRange(0.5, 0.7).Should().Be(new Likelihood(EstimativeProbability.Unlikely, 0.5, 0.7));
        range.WithRange(0.05, 0.1).Should().Be(new Likelihood(EstimativeProbability.Unlikely, 0.05, 0.1));
        range.WithRange(null, null).Should().Be(new Likelihood(EstimativeProbability.Unlikely));
    }

    [Fact]
    public void WithRange_keeps_the_invariants()
    {
        var reversed = () => new Likelihood(EstimativeProbability.Unlikely).WithRange(0.7, 0.5);
        var emptied = () => new Likelihood(minimum: 0.2).WithRange(null, null);

        reversed.Should().ThrowExactly<ArgumentException>().And.ParamName.Should().Be("Minimum");
        emptied.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Words");
    }

    [Fact]
    public void An_object_initializer_may_add_to_what_the_constructor_set()
    {
        var likelihood = new Likelihood(EstimativeProbability.Likely) { Minimum = 0.55, Maximum = 0.8, Text = Cooperating };

        likelihood.Should().Be(new Likelihood(EstimativeProbability.Likely, 0.55, 0.8, Cooperating));
    }

    [Fact]
    public void Likelihoods_with_equal_members_are_equal()
    {
        var one = new Likelihood(EstimativeProbability.Likely, 0.55, 0.8, new LocalizedText("probable", "en"));
        var other = new Likelihood(EstimativeProbability.Likely, 0.55, 0.8, new LocalizedText("probable", "en"));

        one.Should().Be(other);
        one.GetHashCode().Should().Be(other.GetHashCode());
        one.Should().NotBe(other with { Maximum = 0.79 });
        one.Should().NotBe(other with { Words = EstimativeProbability.VeryLikely });
        one.Should().NotBe(other with { Text = new LocalizedText("probable", "en-GB") });
    }

    [Fact]
    public void A_likelihood_reads_back_equal_from_json()
    {
        var likelihood = new Likelihood(EstimativeProbability.AlmostNoChance, 0.01, 0.05, Cooperating);

        JsonRoundTrip.Of(likelihood).Should().Be(likelihood);
    }

    [Fact]
    public void Json_members_are_read_together_whatever_their_order()
    {
        var maximumFirst = JsonRoundTrip.Read<Likelihood>("""{"maximum":0.7,"minimum":0.5}""");
        var textOnly = JsonRoundTrip.Read<Likelihood>("""{"text":{"text":"probable","language":"en"}}""");

        maximumFirst.Should().Be(new Likelihood(minimum: 0.5, maximum: 0.7));
        textOnly.Should().Be(new Likelihood(text: new LocalizedText("probable", "en")));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"minimum":0.7,"maximum":0.5}""")]
    [InlineData("""{"minimum":1.5}""")]
    public void Json_that_breaks_an_invariant_is_rejected(string json)
    {
        var read = () => JsonRoundTrip.Read<Likelihood>(json);

        read.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_json_uses_camel_case_names_and_kebab_case_words()
    {
        var json = JsonNode.Parse(JsonRoundTrip.Write(new Likelihood(EstimativeProbability.AlmostCertain, 0.95, 0.99)))!;

        json["words"]!.GetValue<string>().Should().Be("almost-certain");
        json["minimum"]!.GetValue<double>().Should().Be(0.95);
        json["maximum"]!.GetValue<double>().Should().Be(0.99);
        json.AsObject().Should().NotContainKey("text");
    }

    [Fact]
    public void Words_outside_the_vocabulary_are_rejected_in_json()
    {
        var read = () => JsonRoundTrip.Read<Likelihood>("""{"words":"remote"}""");

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void ToString_lists_the_members_set()
    {
        new Likelihood(EstimativeProbability.Likely, 0.55, 0.8, new LocalizedText("probable", "en")).ToString().Should().Be("Likely, 0.55–0.8, [en] probable");
        new Likelihood(minimum: 0.6).ToString().Should().Be("≥ 0.6");
        new Likelihood(maximum: 0.1).ToString().Should().Be("≤ 0.1");
    }
}
