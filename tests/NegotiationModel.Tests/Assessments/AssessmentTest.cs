using System.Text.Json.Nodes;
using NegotiationModel.Assessments;
using NegotiationModel.Identifiers;
using NegotiationModel.Time;

namespace NegotiationModel.Tests.Assessments;

public sealed class AssessmentTest
{
    private static readonly ActorId Author = new("blog-author");

    private static Assessment ScenarioA() => new(new AssessmentId("scenario-a"), AssessmentKind.Scenario, [new LocalizedText("A violent change of power", "en"), new LocalizedText("暴力的な政権交代", "ja", isOriginal: true)])
    {
        Label = "Scenario A",
        Authors = [Author],
        Text = [new LocalizedText("The trilemma and the conflict between the two camps lead to a violent change of power.", "en")],
        About = [EntityReference.To(new ActorId("ukraine")), EntityReference.To(new ActorId("war-continuation-camp"))],
        Drivers =
        [
            new LocalizedText("collapsing front", "en"),
            new LocalizedText("fiscal collapse", "en"),
            new LocalizedText("economic decline", "en"),
        ],
        When = When.Parse("2025-12-29"),
    };

    [Fact]
    public void An_assessment_holds_what_it_was_built_with()
    {
        var scenario = ScenarioA();

        scenario.Kind.Should().Be(AssessmentKind.Scenario);
        scenario.Label.Should().Be("Scenario A");
        scenario.Title[1].Text.Should().Be("暴力的な政権交代");
        scenario.Authors.Should().Equal(Author);
        scenario.Drivers.Should().HaveCount(3);
        scenario.Likelihood.Should().BeNull();
        ((IRecordEntity)scenario).Reference.Should().Be(new EntityReference(EntityKind.Assessment, "scenario-a"));
    }

    [Fact]
    public void An_assessment_needs_a_non_default_identifier()
    {
        var create = () => new Assessment(default, AssessmentKind.Scenario, [new LocalizedText("B", "en")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void An_undefined_kind_is_rejected()
    {
        var create = () => new Assessment(new AssessmentId("a"), (AssessmentKind)6, [new LocalizedText("B", "en")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void An_assessment_needs_a_title()
    {
        var create = () => new Assessment(new AssessmentId("a"), AssessmentKind.Forecast, []);

        create.Should().Throw<ArgumentException>().WithMessage("An assessment needs a title in at least one language.*").And.ParamName.Should().Be("Title");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var clearTitle = () => ScenarioA() with { Title = [] };
        var badKind = () => ScenarioA() with { Kind = 0 };

        clearTitle.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Title");
        badKind.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void Assessments_with_equal_members_are_equal()
    {
        ScenarioA().Should().Be(ScenarioA());
        ScenarioA().GetHashCode().Should().Be(ScenarioA().GetHashCode());
    }

    [Fact]
    public void A_change_in_drivers_or_likelihood_makes_assessments_unequal()
    {
        var twoDrivers = ScenarioA() with { Drivers = [new LocalizedText("collapsing front", "en"), new LocalizedText("fiscal collapse", "en")] };
        var rated = ScenarioA() with { Likelihood = new Likelihood(EstimativeProbability.Unlikely) };

        twoDrivers.Should().NotBe(ScenarioA());
        rated.Should().NotBe(ScenarioA());
        rated.Should().Be(ScenarioA() with { Likelihood = new Likelihood(EstimativeProbability.Unlikely) });
    }

    [Fact]
    public void An_assessment_reads_back_equal_from_json()
    {
        var scenario = ScenarioA() with { About = [], Likelihood = new Likelihood(EstimativeProbability.Likely, 0.55, 0.8, new LocalizedText("probable", "en")) };

        JsonRoundTrip.Of(scenario).Should().Be(scenario);
    }

    [Fact]
    public void What_an_assessment_is_about_reads_back_from_json()
    {
        var scenario = ScenarioA();

        JsonRoundTrip.Of(scenario).About.Should().Equal(scenario.About);
    }

    [Fact]
    public void The_json_uses_camel_case_names_and_kebab_case_enums()
    {
        var scenario = ScenarioA() with { Kind = AssessmentKind.Recommendation, Likelihood = new Likelihood(EstimativeProbability.RoughlyEvenChance) };

        var json = JsonNode.Parse(JsonRoundTrip.Write(scenario))!;

        json["kind"]!.GetValue<string>().Should().Be("recommendation");
        json["label"]!.GetValue<string>().Should().Be("Scenario A");
        json["title"]![1]!["isOriginal"]!.GetValue<bool>().Should().BeTrue();
        json["authors"]![0]!.GetValue<string>().Should().Be("blog-author");
        json["about"]![1]!["id"]!.GetValue<string>().Should().Be("war-continuation-camp");
        json["drivers"]!.AsArray().Should().HaveCount(3);
        json["likelihood"]!["words"]!.GetValue<string>().Should().Be("roughly-even-chance");
        json["likelihood"]!.AsObject().Should().NotContainKey("minimum");
    }

    [Fact]
    public void ToString_gives_identifier_label_and_title()
    {
        ScenarioA().ToString().Should().Be("scenario-a (Scenario A): [en] A violent change of power");
        (ScenarioA() with { Label = null }).ToString().Should().Be("scenario-a: [en] A violent change of power");
    }
}
