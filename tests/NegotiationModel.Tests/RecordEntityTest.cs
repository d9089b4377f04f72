using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Topics;

namespace NegotiationModel.Tests;

/// <summary>The members every entity shares, declared once in <see cref="RecordEntity{TId}"/>, behave as members of each entity.</summary>
public sealed class RecordEntityTest
{
    private static readonly ValueList<LocalizedName> Names = [new LocalizedName("Kremlin", "en")];

    [Fact]
    public void Entities_of_different_types_sharing_a_base_are_never_equal()
    {
        RecordEntity<ProvisionId> ceasefire = new CeasefireProvision(new ProvisionId("p"));
        RecordEntity<ProvisionId> endOfHostilities = new EndOfHostilitiesProvision(new ProvisionId("p"));

        ceasefire.Equals(endOfHostilities).Should().BeFalse();
        (ceasefire == endOfHostilities).Should().BeFalse();
        ceasefire.Should().Be(new CeasefireProvision(new ProvisionId("p")));
    }

    [Fact]
    public void The_shared_members_take_part_in_equality_and_the_hash_code()
    {
        var actor = new Actor(new ActorId("kremlin"), ActorKind.Organisation, Names);
        var annotated = actor with { Notes = "seat of the presidency", Citations = [new Citation(new SourceId("tass"))] };

        annotated.Should().NotBe(actor);
        annotated.Should().Be(actor with { Notes = "seat of the presidency", Citations = [new Citation(new SourceId("tass"))] });
        annotated.GetHashCode().Should().Be((actor with { Notes = "seat of the presidency", Citations = [new Citation(new SourceId("tass"))] }).GetHashCode());
    }

    [Fact]
    public void With_expressions_keep_the_invariants_of_the_shared_members_and_of_the_identifier()
    {
        var topic = new Topic(new TopicId("ceasefire"), Names);

        FluentActions.Invoking(() => topic with { Id = default }).Should().Throw<ArgumentException>().WithParameterName("Id");
        FluentActions.Invoking(() => topic with { Notes = "\uD800" }).Should().Throw<ArgumentException>().WithParameterName("Notes");
    }

    [Fact]
    public void Every_entity_says_its_reference_publicly()
    {
        var topic = new Topic(new TopicId("ceasefire"), Names);

        topic.Reference.Should().Be(new EntityReference(EntityKind.Topic, "ceasefire"));
        (topic with { Id = new TopicId("security") }).Reference.Should().Be(EntityReference.To(new TopicId("security")));
    }
}
