using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Timelines;
using NegotiationModel.Topics;

namespace NegotiationModel.Tests.Robustness;

/// <summary>A reference is identified by its kind and identifier only: members it carries from a newer producer do not stop look-ups.</summary>
public sealed class EntityReferenceIdentityTest
{
    private const string Record = """
        {
          "schemaVersion": "1.0",
          "title": "t",
          "actors": [ { "id": "russia", "kind": "state", "names": [ { "text": "Russia", "language": "en" } ] } ],
          "proposals": [
            {
              "id": "plan", "kind": "peace-plan", "title": [ { "text": "Twenty-point plan", "language": "en" } ],
              "topics": [ "security" ]
            }
          ],
          "topics": [ { "id": "security", "names": [ { "text": "Security", "language": "en" } ] } ],
          "positions": [
            {
              "id": "russia-on-plan", "holder": "russia", "when": "2025-12-28",
              "subject": { "kind": "proposal", "id": "plan", "version": 1 },
              "stance": "opposes"
            }
          ]
        }
        """;

    [Fact]
    public void A_reference_with_unknown_members_equals_the_plain_reference_and_hashes_alike()
    {
        var subject = NegotiationJson.Deserialize(Record).Positions[0].Subject;
        var plain = EntityReference.To(new ProposalId("plan"));

        subject.UnknownMembers.Should().NotBeNull("the extension member is kept for the round trip");
        subject.Should().Be(plain);
        subject.GetHashCode().Should().Be(plain.GetHashCode());
        subject.Should().NotBe(EntityReference.To(new ActorId("plan")));
    }

    [Fact]
    public void A_reference_with_unknown_members_finds_its_entity()
    {
        var record = NegotiationJson.Deserialize(Record);

        record.Find(record.Positions[0].Subject).Should().BeSameAs(record.Proposals[0]);
    }

    [Fact]
    public void The_timeline_labels_and_topics_a_position_by_a_reference_with_unknown_members()
    {
        var record = NegotiationJson.Deserialize(Record);

        var entry = Timeline.Build(record).Entries.Should().ContainSingle().Which;

        entry.Label.Should().Contain("Twenty-point plan").And.NotContain("proposal:plan");
        entry.Topics.Should().Equal(new TopicId("security"));
    }

    [Fact]
    public void The_unknown_members_of_a_reference_survive_a_round_trip()
    {
        var record = NegotiationJson.Deserialize(Record);

        NegotiationJson.Serialize(record).Should().MatchRegex("\"id\": \"plan\",\n +\"version\": 1\n");
        NegotiationJson.Deserialize(NegotiationJson.Serialize(record)).Positions[0].Subject.UnknownMembers!["version"].GetInt32().Should().Be(1);
    }
}
