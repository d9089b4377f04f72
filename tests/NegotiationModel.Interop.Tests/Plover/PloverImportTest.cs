using CsCheck;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Interop.Plover;
using NegotiationModel.Statements;

namespace NegotiationModel.Interop.Tests.Plover;

public sealed class PloverImportTest
{
    // In the shape of the manual's data-format section (draft 2.0): lists for actor, recipient, event, mode and context.
    private const string CurrentForm = """
        {"id": "e1", "date": "2022-03-29", "actor": [{"code": "UKR", "sector": "GOV", "entity_text": "Ukrainian delegation", "identifier_id": "Q212", "identifier_text": "Ukraine"}], "recipient": [{"code": "TUR", "sector": "GOV", "entity_text": "Turkish hosts"}], "event": ["CONSULT"], "mode": ["visit"], "context": ["diplomatic", "future"], "text": "The delegation will travel to Istanbul.", "coder": "human"}
        {"id": "e2", "date": "2022-03-30", "actor": [{"code": "RUS", "sector": "GOV"}], "event": ["REJECT"], "context": ["territory", "negation"], "text": "Moscow did not reject the proposal."}
        """;

    private static ImportResult GoldStandard() => PloverImporter.Import([Fixtures.Input("plover", "PLOVER_GSR_CAMEO.json")], "PLOVER gold standard");

    [Fact]
    public void The_gold_standard_records_become_statements_with_act_topics_and_coded_actors()
    {
        var (record, report) = GoldStandard();

        record.Statements.Should().HaveCount(321);
        report.Unmapped.Should().Contain("events without an actor", 1);
        var agree = record.Statements.Single(statement => statement.Id.Value == "PLOVER-GSR01-AGREE-0001");
        agree.Act.Should().Be(ActType.Agree);
        agree.Speakers.Select(speaker => speaker.Value).Should().Equal("hun-gov", "rou-gov");
        agree.Topics.Select(topic => topic.Value).Should().Equal("plover-refugees");
        record.Actors.Single(actor => actor.Id.Value == "hun-gov").Identifiers.Should().Equal(new ExternalIdentifier(PloverImporter.IdentifierScheme, "HUN/GOV"));
        report.Unmapped.Should().ContainKey("event FIGHT").And.ContainKey("textInfo").And.ContainKey("event DOCUMENT (documentation of the file)");
        record.Statements.Where(statement => statement.Id.Value.Contains("-DEMAND-", StringComparison.Ordinal)).Should().OnlyContain(statement => statement.Act == ActType.Request);
    }

    [Fact]
    public void A_consultation_by_phone_becomes_a_phone_call_event()
    {
        var record = GoldStandard().Record;

        var statement = record.Statements.Single(statement => statement.Id.Value == "PLOVER-GSR01-CONSULT-0002");
        var call = record.Events.Single(negotiationEvent => negotiationEvent.Id == statement.Event);
        call.Kind.Should().Be(EventKind.PhoneCall);
        call.Participants.Select(participant => participant.Actor.Value).Should().Equal("usa-gov", "rus-gov");
        call.When!.ToString().Should().Be("2000-01-01");
    }

    [Fact]
    public void The_current_form_keeps_modality_from_the_auxiliary_modes_wikidata_ids_and_who_hosts()
    {
        var record = PloverImporter.Import([new InteropInput("events.jsonl", CurrentForm)], "Talks").Record;

        var visit = record.Statements[0];
        visit.Modality.Should().Be(Modality.Future);
        visit.Topics.Select(topic => topic.Value).Should().Equal("plover-diplomatic");
        var ukraine = record.Actors.Single(actor => actor.Id == visit.Speakers[0]);
        ukraine.Identifiers.Should().Contain(new ExternalIdentifier(IdentifierSchemes.Wikidata, "Q212"));
        ukraine.Names.Select(name => name.Text).Should().Equal("Ukraine", "Ukrainian delegation");
        var meeting = record.Events.Single();
        meeting.Kind.Should().Be(EventKind.Meeting);
        meeting.Participants.Single(participant => participant.Role == ParticipantRole.Host).Actor.Value.Should().Be("tur-gov");
        record.Statements[1].Modality.Should().Be(Modality.Negated);
        record.Statements[1].Act.Should().Be(ActType.Reject);
    }

    [Theory]
    [InlineData("AgtId,Con,Agt", "events.jsonl: line 1: not PLOVER JSON Lines")]
    [InlineData("{\"persons\": []}", "line 1: not PLOVER: an event needs an 'id'")]
    [InlineData("{\"id\": \"a\", \"actor\": [{\"code\": \"USA\"}]}", "line 1: not PLOVER: an event needs an 'event' type")]
    [InlineData("{\"id\": \"a\", \"event\": \"AGREE\", \"date\": \"last Tuesday\"}", "line 1.date: 'last Tuesday' is not a date")]
    [InlineData("{\"id\": \"a\", \"event\": [\"AGREE\"], \"actor\": 7}", "line 1.actor: expected a list, found a number")]
    public void Bad_input_is_refused_with_a_message_that_says_where(string text, string message)
    {
        var import = () => PloverImporter.Import([new InteropInput("events.jsonl", text)], "x");

        import.Should().Throw<InteropFormatException>().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void Two_events_under_one_id_are_both_kept_the_second_under_a_derived_id_with_a_warning()
    {
        var text = "{\"id\": \"a\", \"event\": \"AGREE\", \"actor\": [{\"code\": \"USA\"}]}\n{\"id\": \"a\", \"event\": \"REJECT\", \"actor\": [{\"code\": \"RUS\"}]}";

        var (record, report) = PloverImporter.Import([new InteropInput("events.jsonl", text)], "x");

        record.Statements.Select(statement => statement.Id.Value).Should().Equal("a", "a-2");
        record.Statements[1].Identifiers.Should().Equal(new ExternalIdentifier(PloverImporter.IdentifierScheme, "a"));
        report.Warnings.Should().ContainSingle().Which.Should().Contain("line 2: duplicate id 'a' (first at events.jsonl: line 1); this event is kept as 'a-2'");
    }

    [Fact]
    public void Generated_events_each_become_one_statement_with_their_act()
    {
        var acts = Enum.GetValues<ActType>().Where(act => act is not (ActType.Announce or ActType.Comment)).ToArray();
        var events = Gen.Select(Gen.Int[0, acts.Length - 1], Gen.Int[0, 3], Gen.Int[1, 28], (act, actor, day) =>
            $$"""{"id": "x", "date": "2024-02-{{day:D2}}", "actor": [{"code": "{{new[] { "USA", "RUS", "UKR", "TUR" }[actor]}}"}], "event": ["{{acts[act].ToString().ToUpperInvariant()}}"]}""").Array[1, 30];

        events.Sample(lines =>
        {
            var text = string.Join('\n', lines.Select((line, index) => line.Replace("\"x\"", $"\"e{index}\"", StringComparison.Ordinal)));

            var record = PloverImporter.Import([new InteropInput("generated.jsonl", text)], "x").Record;

            record.Statements.Should().HaveCount(lines.Length);
            record.Statements.Select(statement => PloverVocabulary.EventWord(statement.Act!.Value)).Should().Equal(lines.Select(line => line.Split("\"event\": [\"")[1].Split('"')[0]));
            record.Actors.Should().OnlyContain(actor => actor.Kind == ActorKind.State);
        }, iter: 50);
    }
}
