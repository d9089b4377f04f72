using System.Text.Json;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Serialization;

public sealed class UnknownMembersTest
{
    // A record from a "newer producer": members this library does not know at the root, in an entity, in
    // nested values, in the two structs, in a polymorphic provision, in a status change and in money.
    private const string FromNewerProducer = """
        {
          "schemaVersion": "1.3",
          "producer": { "name": "tracker", "version": [2, 1] },
          "title": "Miami talks",
          "actors": [
            {
              "mood": "optimistic",
              "id": "trump",
              "kind": "person",
              "names": [ { "text": "Donald Trump", "language": "en", "kind": "primary", "script": "Latn" } ],
              "citations": [ { "source": "nhk", "quote": { "text": "x", "language": "ja", "confidence": 0.9E1 } } ]
            }
          ],
          "events": [
            {
              "id": "miami-meeting",
              "kind": "meeting",
              "title": [ { "text": "Meeting in Miami", "language": "en" } ],
              "place": { "name": "Mar-a-Lago", "coordinates": { "latitude": 26.677, "longitude": -80.037, "altitude": 3 } },
              "statusHistory": [ { "status": "took-place", "when": "2025-12-28", "confirmedBy": null } ]
            }
          ],
          "proposals": [
            {
              "id": "plan",
              "kind": "peace-plan",
              "title": [ { "text": "Plan", "language": "en" } ],
              "versions": [ { "number": 1, "provisions": [ { "id": "dmz", "ceasefireLine": "contact", "kind": "demilitarised-zone" } ] } ]
            }
          ],
          "guarantees": [
            {
              "id": "loan",
              "kind": "financial",
              "instruments": [ { "kind": "loan", "amount": { "amount": "2500000000.00", "currency": "USD", "fx": { "EUR": "0.92" } } } ]
            }
          ],
          "positions": [
            {
              "id": "russia-on-plan",
              "holder": "russia",
              "subject": { "kind": "proposal", "id": "plan", "version": 1 },
              "stance": "opposes",
              "rank": "normal"
            }
          ]
        }
        """;

    [Fact]
    public void Unknown_members_are_kept_at_every_level()
    {
        var record = NegotiationJson.Deserialize(FromNewerProducer);

        record.UnknownMembers!.Keys.Should().Equal("producer");
        var actor = record.Actors[0];
        actor.UnknownMembers!["mood"].GetString().Should().Be("optimistic");
        actor.Names[0].UnknownMembers!["script"].GetString().Should().Be("Latn");
        actor.Citations[0].Quote!.UnknownMembers!["confidence"].GetRawText().Should().Be("0.9E1");
        var place = record.Events[0].Place!;
        place.Coordinates!.Value.UnknownMembers!["altitude"].GetInt32().Should().Be(3);
        record.Events[0].StatusHistory[0].UnknownMembers!["confirmedBy"].ValueKind.Should().Be(JsonValueKind.Null);
        var provision = record.Proposals[0].Versions[0].Provisions[0].Should().BeOfType<DemilitarisedZoneProvision>().Which;
        provision.UnknownMembers!.Keys.Should().Equal("ceasefireLine");
        record.Guarantees[0].Instruments[0].Amount!.UnknownMembers!["fx"].GetProperty("EUR").GetString().Should().Be("0.92");
        record.Positions[0].Subject.UnknownMembers!["version"].GetInt32().Should().Be(1);
    }

    [Fact]
    public void A_record_from_a_newer_producer_survives_a_round_trip_through_this_library()
    {
        var written = NegotiationJson.Serialize(NegotiationJson.Deserialize(FromNewerProducer));

        using var original = JsonDocument.Parse(FromNewerProducer);
        using var roundTripped = JsonDocument.Parse(written);
        JsonElement.DeepEquals(original.RootElement, roundTripped.RootElement).Should().BeTrue(
            "every member, known or not, is written back with the same value:\n" + written);
    }

    [Fact]
    public void Unknown_members_are_written_after_the_known_ones_in_the_order_they_were_read()
    {
        var written = NegotiationJson.Serialize(NegotiationJson.Deserialize(FromNewerProducer));

        written.Should().StartWith("{\n  \"schemaVersion\": \"1.3\",\n  \"title\": \"Miami talks\",");
        written.Should().MatchRegex("\"kind\": \"demilitarised-zone\",\n +\"id\": \"dmz\",\n +\"ceasefireLine\": \"contact\"\n");
        written.IndexOf("\"producer\"", StringComparison.Ordinal).Should().BeGreaterThan(written.IndexOf("\"positions\"", StringComparison.Ordinal));
        written.Should().MatchRegex("\"kind\": \"proposal\",\n +\"id\": \"plan\",\n +\"version\": 1\n");
    }

    [Fact]
    public void Writing_what_was_read_is_idempotent_after_one_canonicalisation()
    {
        var once = NegotiationJson.Serialize(NegotiationJson.Deserialize(FromNewerProducer));

        var twice = NegotiationJson.Serialize(NegotiationJson.Deserialize(once));

        twice.Should().Be(once);
    }

    [Fact]
    public void Unknown_member_values_keep_their_exact_text()
    {
        var json = """{"schemaVersion":"1.0","title":"t","n":1.50E+3,"s":"caf\u00e9 \ud83d\ude00 \"q\"","big":123456789012345678901234567890}""";

        var written = NegotiationJson.Serialize(NegotiationJson.Deserialize(json));

        written.Should().Contain("\"n\": 1.50E+3").And.Contain("\"big\": 123456789012345678901234567890");
        NegotiationJson.Deserialize(written).UnknownMembers!["s"].GetString().Should().Be("café 😀 \"q\"");
    }

    [Fact]
    public void Records_with_equal_unknown_members_are_equal_whatever_their_order()
    {
        var a = NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"t","x":{"a":1,"b":[1,2]},"y":true}""");
        var b = NegotiationJson.Deserialize("""{"y":true,"title":"t","x":{"b":[1,2],"a":1},"schemaVersion":"1.0"}""");
        var c = NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"t","x":{"a":1,"b":[2,1]},"y":true}""");
        var none = NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"t"}""");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
        a.Should().NotBe(none);
        none.Should().Be(new NegotiationRecord("t") { SchemaVersion = new SchemaVersion(1, 0) });
    }

    [Fact]
    public void A_with_expression_keeps_the_unknown_members()
    {
        var actor = NegotiationJson.Deserialize(FromNewerProducer).Actors[0];

        var changed = actor with { Notes = "Changed here." };

        changed.UnknownMembers.Should().BeSameAs(actor.UnknownMembers);
        JsonRoundTrip.Write(changed).Should().Contain("\"mood\": \"optimistic\"");
    }

    [Fact]
    public void Unknown_members_just_read_offer_no_way_to_change_them_or_the_record()
    {
        var record = NegotiationJson.Deserialize(FromNewerProducer);
        var members = record.UnknownMembers!;

        members.Should().NotBeAssignableTo<IDictionary<string, JsonElement>>();
        members.Should().NotBeAssignableTo<System.Collections.IDictionary>();
        members.Should().NotBeAssignableTo<ICollection<KeyValuePair<string, JsonElement>>>();
        members.Count.Should().Be(1);
        members.ContainsKey("producer").Should().BeTrue();
        members.TryGetValue("missing", out _).Should().BeFalse();
        members.ToString().Should().Be("""{"producer":{"name":"tracker","version":[2,1]}}""");
        record.Should().Be(NegotiationJson.Deserialize(FromNewerProducer));
    }

    [Fact]
    public void A_record_built_in_code_has_no_unknown_members()
    {
        var actor = new Actor(new ActorId("trump"), ActorKind.Person, [new("Donald Trump", "en")]);

        actor.UnknownMembers.Should().BeNull();
        JsonRoundTrip.Of(actor).UnknownMembers.Should().BeNull();
        EntityReference.To(new ProposalId("plan")).UnknownMembers.Should().BeNull();
    }

    [Fact]
    public void Every_unknown_member_is_found_with_its_path()
    {
        var record = NegotiationJson.Deserialize(FromNewerProducer);

        var found = NegotiationJson.FindUnknownMembers(record).Select(m => m.Key.ToString());

        found.Should().Equal(
            "$['actors'][0]['names'][0]['script']",
            "$['actors'][0]['citations'][0]['quote']['confidence']",
            "$['actors'][0]['mood']",
            "$['events'][0]['place']['coordinates']['altitude']",
            "$['events'][0]['statusHistory'][0]['confirmedBy']",
            "$['proposals'][0]['versions'][0]['provisions'][0]['ceasefireLine']",
            "$['guarantees'][0]['instruments'][0]['amount']['fx']",
            "$['positions'][0]['subject']['version']",
            "$['producer']");
    }

    [Fact]
    public void Unknown_members_with_names_that_are_not_identifiers_get_bracketed_paths()
    {
        var record = NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"t","x-y":1,"it's":2}""");

        NegotiationJson.FindUnknownMembers(record).Select(m => m.Key.ToString()).Should().Equal("$['x-y']", "$['it\\'s']");
    }

    [Fact]
    public void Strict_reading_rejects_an_unknown_member_with_its_path_and_line()
    {
        var read = () => NegotiationJson.Deserialize(FromNewerProducer, NegotiationJsonReadOptions.Strict);

        var error = read.Should().Throw<NegotiationJsonException>().Which;
        error.Problem.Should().Be("'script' is not a member this library knows here; strict reading rejects unknown members.");
        error.Path?.ToString().Should().Be("$['actors'][0]['names'][0]['script']");
        error.LineNumber.Should().Be(9);
    }

    [Fact]
    public void Strict_reading_rejects_an_unknown_member_at_the_root()
    {
        var read = () => NegotiationJson.Deserialize("{\n  \"schemaVersion\": \"1.0\",\n  \"title\": \"t\",\n  \"producer\": 1\n}", NegotiationJsonReadOptions.Strict);

        var error = read.Should().Throw<NegotiationJsonException>().Which;
        error.Path?.ToString().Should().Be("$['producer']");
        error.LineNumber.Should().Be(3);
        error.BytePositionInLine.Should().Be(14);
    }

    [Fact]
    public void Strict_reading_accepts_a_record_without_unknown_members()
    {
        var json = NegotiationJson.Serialize(new NegotiationRecord("t") { Positions = [new Position(new PositionId("p"), new ActorId("a"), EntityReference.To(new ProposalId("q")), Stance.Supports)] });

        NegotiationJson.Deserialize(json, NegotiationJsonReadOptions.Strict).Should().Be(NegotiationJson.Deserialize(json));
    }
}
