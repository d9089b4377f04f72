using System.Text.Json.Nodes;
using NegotiationModel.Identifiers;
using NegotiationModel.Topics;

namespace NegotiationModel.Tests.Topics;

public sealed class TopicTest
{
    private static Topic Demilitarisation() => new(new TopicId("demilitarised-zone"), [new("Demilitarised zone", "en"), new("非武装地帯", "ja")])
    {
        Parent = WellKnownTopics.Territory,
        Description = [new LocalizedText("A zone around transport hubs, bridges and critical infrastructure without armed forces.", "en")],
    };

    [Fact]
    public void A_topic_holds_what_it_was_built_with()
    {
        var topic = Demilitarisation();

        topic.Id.Should().Be(new TopicId("demilitarised-zone"));
        topic.Names.Select(n => n.Text).Should().Equal("Demilitarised zone", "非武装地帯");
        topic.Parent.Should().Be(WellKnownTopics.Territory);
        topic.Description.Should().ContainSingle();
        ((IRecordEntity)topic).Reference.Should().Be(new EntityReference(EntityKind.Topic, "demilitarised-zone"));
    }

    [Fact]
    public void A_topic_needs_a_non_default_identifier()
    {
        var create = () => new Topic(default, [new("Demilitarised zone", "en")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void A_topic_needs_a_name()
    {
        var create = () => new Topic(new TopicId("t"), []);

        create.Should().Throw<ArgumentException>().WithMessage("A topic needs at least one name.*").And.ParamName.Should().Be("Names");
    }

    [Fact]
    public void A_parent_may_be_absent_but_not_the_default_identifier()
    {
        var topLevel = Demilitarisation() with { Parent = null };
        var defaultParent = () => Demilitarisation() with { Parent = default(TopicId) };

        topLevel.Parent.Should().BeNull();
        defaultParent.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Parent");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var clearNames = () => Demilitarisation() with { Names = [] };

        clearNames.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Names");
    }

    [Fact]
    public void Topics_with_equal_members_are_equal()
    {
        Demilitarisation().Should().Be(Demilitarisation());
        Demilitarisation().GetHashCode().Should().Be(Demilitarisation().GetHashCode());
    }

    [Fact]
    public void A_change_in_names_or_parent_makes_topics_unequal()
    {
        (Demilitarisation() with { Names = [new("Demilitarised zone", "en")] }).Should().NotBe(Demilitarisation());
        (Demilitarisation() with { Parent = WellKnownTopics.Security }).Should().NotBe(Demilitarisation());
    }

    [Fact]
    public void A_topic_reads_back_equal_from_json()
    {
        var topic = Demilitarisation();

        JsonRoundTrip.Of(topic).Should().Be(topic);
    }

    [Fact]
    public void The_json_uses_camel_case_names()
    {
        var json = JsonNode.Parse(JsonRoundTrip.Write(Demilitarisation()))!;

        json["id"]!.GetValue<string>().Should().Be("demilitarised-zone");
        json["parent"]!.GetValue<string>().Should().Be("territory");
        json["names"]![1]!["kind"]!.GetValue<string>().Should().Be("primary");
        json["description"]![0]!["language"]!.GetValue<string>().Should().Be("en");
    }

    [Fact]
    public void ToString_gives_the_identifier_and_first_name()
    {
        Demilitarisation().ToString().Should().Be("demilitarised-zone (Demilitarised zone)");
    }
}
