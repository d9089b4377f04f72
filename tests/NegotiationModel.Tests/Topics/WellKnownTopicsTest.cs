using System.Reflection;
using NegotiationModel.Identifiers;
using NegotiationModel.Topics;

namespace NegotiationModel.Tests.Topics;

public sealed class WellKnownTopicsTest
{
    private static IEnumerable<TopicId> DeclaredIds() => typeof(WellKnownTopics)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(TopicId))
        .Select(f => (TopicId)f.GetValue(null)!);

    [Fact]
    public void Every_declared_identifier_has_its_topic_and_every_topic_its_identifier()
    {
        WellKnownTopics.All.Select(t => t.Id).Should().BeEquivalentTo(DeclaredIds());
    }

    [Fact]
    public void The_vocabulary_covers_the_terms_of_the_brief()
    {
        WellKnownTopics.All.Select(t => t.Id.Value).Should().BeEquivalentTo(
            "territory", "security", "ceasefire", "governance", "economy", "humanitarian", "sanctions", "prisoners",
            "nuclear-safety", "elections", "referendum", "neutrality", "guarantees", "monitoring", "energy");
    }

    [Fact]
    public void Identifiers_are_unique()
    {
        WellKnownTopics.All.Select(t => t.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_topic_is_named_in_english_and_japanese_and_described()
    {
        foreach (var topic in WellKnownTopics.All)
        {
            topic.Names.Select(n => n.Language).Should().Contain(["en", "ja"], because: $"{topic.Id} is named in both languages");
            topic.Description.Should().NotBeEmpty(because: $"{topic.Id} is documented");
        }
    }

    [Fact]
    public void Every_parent_is_in_the_vocabulary_and_comes_before_its_children()
    {
        var seen = new HashSet<TopicId>();
        foreach (var topic in WellKnownTopics.All)
        {
            if (topic.Parent is { } parent)
            {
                seen.Should().Contain(parent, because: $"{topic.Id}'s parent comes first");
            }

            seen.Add(topic.Id);
        }
    }

    [Theory]
    [InlineData("ceasefire", "security")]
    [InlineData("monitoring", "ceasefire")]
    [InlineData("referendum", "governance")]
    [InlineData("prisoners", "humanitarian")]
    [InlineData("sanctions", "economy")]
    public void Narrower_terms_lie_under_their_broader_terms(string child, string parent)
    {
        WellKnownTopics.All.Single(t => t.Id.Value == child).Parent.Should().Be(new TopicId(parent));
    }

    [Fact]
    public void Top_level_terms_have_no_parent()
    {
        WellKnownTopics.All.Where(t => t.Parent is null).Select(t => t.Id).Should().BeEquivalentTo(
            [WellKnownTopics.Territory, WellKnownTopics.Security, WellKnownTopics.Guarantees, WellKnownTopics.Governance, WellKnownTopics.Economy, WellKnownTopics.Humanitarian]);
    }

    [Fact]
    public void Every_topic_reads_back_equal_from_json()
    {
        foreach (var topic in WellKnownTopics.All)
        {
            JsonRoundTrip.Of(topic).Should().Be(topic);
        }
    }
}
