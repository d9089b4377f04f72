using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Time;

namespace NegotiationModel.Tests.Statements;

public sealed class StatementTest
{
    private static readonly ActorId Ushakov = new("ushakov");
    private static readonly ActorId Nhk = new("nhk");
    private static readonly StatementId CeasefireId = new("ushakov-ceasefire");

    // Ushakov on the temporary ceasefire proposed by Ukraine and Europe, paraphrased by NHK, with NHK's framing.
    private static Statement Ceasefire() => new(CeasefireId, [Ushakov],
    [
        new LocalizedText("The Russian and US presidents share almost the same view that a temporary ceasefire would only prolong the conflict.", "en"),
    ])
    {
        OnBehalfOf = new ActorId("russia"),
        Audience = [new ActorId("press")],
        When = When.Parse("2025-12-28"),
        Mode = StatementMode.Paraphrase,
        Act = ActType.Reject,
        Modality = Modality.Asserted,
        About = [EntityReference.To(new ProposalId("ukraine-europe-ceasefire")), EntityReference.To(new ActorId("ukraine"))],
        Topics = [new TopicId("ceasefire"), new TopicId("referendum")],
        Framings =
        [
            new Framing([new LocalizedText("Pushing back on Ukraine's stated readiness to hold a referendum on territorial concessions if there is a ceasefire.", "en")])
            {
                By = Nhk,
                Citations = [new Citation(new SourceId("nhk-2025-12-29"))],
            },
        ],
        Citations = [new Citation(new SourceId("nhk-2025-12-29")) { Revision = 2 }],
    };

    // Trump at the press conference, quoted directly.
    private static Statement ThornyIssues() => new(new StatementId("trump-thorny"), [new ActorId("trump")],
        [new LocalizedText("One or two thorny issues remain. Very difficult issues.", "en")])
    {
        Event = new NegotiationEventId("miami-press-conference"),
        Mode = StatementMode.DirectQuote,
        Act = ActType.Comment,
    };

    [Fact]
    public void The_original_constructor_still_works_and_sets_the_defaults()
    {
        var statement = new Statement(new StatementId("trump-thorny"), [new ActorId("trump")], [new LocalizedText("One or two thorny issues remain.", "en")]);

        statement.Mode.Should().Be(StatementMode.Paraphrase, "most statements are reported speech");
        statement.Modality.Should().Be(Modality.Asserted);
        statement.Act.Should().BeNull("an act is coded only when someone codes it");
        statement.OnBehalfOf.Should().BeNull();
        statement.Event.Should().BeNull();
        statement.When.Should().BeNull();
        statement.Audience.Should().BeEmpty();
        statement.About.Should().BeEmpty();
        statement.Topics.Should().BeEmpty();
        statement.Framings.Should().BeEmpty();
    }

    [Fact]
    public void A_statement_keeps_what_it_was_built_with()
    {
        var statement = Ceasefire();

        statement.Speakers.Should().Equal(Ushakov);
        statement.Act.Should().Be(ActType.Reject);
        statement.About.Should().Contain(new EntityReference(EntityKind.Proposal, "ukraine-europe-ceasefire"));
        statement.Framings.Single().By.Should().Be(Nhk);
        ((IRecordEntity)statement).Reference.Should().Be(EntityReference.To(CeasefireId));
    }

    [Fact]
    public void Statements_with_equal_members_are_equal()
    {
        Ceasefire().Should().Be(Ceasefire());
        Ceasefire().GetHashCode().Should().Be(Ceasefire().GetHashCode());
        ThornyIssues().Should().Be(ThornyIssues());
    }

    [Fact]
    public void A_change_in_a_framing_makes_statements_unequal()
    {
        var statement = Ceasefire();
        var reframed = statement with { Framings = [new Framing([new LocalizedText("He again demanded territorial concessions.", "en")]) { By = Nhk }] };

        reframed.Should().NotBe(statement);
    }

    [Fact]
    public void A_change_in_mode_act_or_modality_makes_statements_unequal()
    {
        var statement = Ceasefire();

        (statement with { Mode = StatementMode.DirectQuote }).Should().NotBe(statement);
        (statement with { Act = ActType.Accuse }).Should().NotBe(statement);
        (statement with { Modality = Modality.Negated }).Should().NotBe(statement);
        (statement with { About = [statement.About[1], statement.About[0]] }).Should().NotBe(statement, "order matters");
    }

    [Fact]
    public void A_statement_needs_a_non_default_identifier_a_speaker_and_a_text()
    {
        var noId = () => new Statement(default, [Ushakov], [new LocalizedText("x", "en")]);
        var noSpeaker = () => new Statement(CeasefireId, [], [new LocalizedText("x", "en")]);
        var noText = () => new Statement(CeasefireId, [Ushakov], []);

        noId.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
        noSpeaker.Should().Throw<ArgumentException>().WithMessage("A statement needs at least one speaker.*").And.ParamName.Should().Be("Speakers");
        noText.Should().Throw<ArgumentException>().WithMessage("A statement needs its text in at least one language.*").And.ParamName.Should().Be("Text");
    }

    [Fact]
    public void Undefined_modes_acts_and_modalities_are_rejected()
    {
        var mode = () => Ceasefire() with { Mode = (StatementMode)0 };
        var act = () => Ceasefire() with { Act = (ActType)19 };
        var modality = () => Ceasefire() with { Modality = (Modality)5 };

        mode.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Mode");
        act.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Act");
        modality.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Modality");
    }

    [Fact]
    public void Every_defined_act_is_accepted_and_an_act_can_be_cleared()
    {
        foreach (var act in Enum.GetValues<ActType>())
        {
            (Ceasefire() with { Act = act }).Act.Should().Be(act);
        }

        (Ceasefire() with { Act = null }).Act.Should().BeNull();
    }

    [Fact]
    public void Default_identifiers_for_on_behalf_of_and_event_are_rejected()
    {
        var onBehalfOf = () => Ceasefire() with { OnBehalfOf = default(ActorId) };
        var atEvent = () => Ceasefire() with { Event = default(NegotiationEventId) };

        onBehalfOf.Should().Throw<ArgumentException>().And.ParamName.Should().Be("OnBehalfOf");
        atEvent.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Event");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var statement = Ceasefire();

        var clearSpeakers = () => statement with { Speakers = [] };
        var clearText = () => statement with { Text = [] };

        clearSpeakers.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Speakers");
        clearText.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Text");
    }

    [Fact]
    public void A_statement_reads_back_equal_to_what_was_written()
    {
        // About is left out here: EntityReference does not read back yet (see the skipped test below).
        var ceasefire = Ceasefire() with { About = [] };

        JsonRoundTrip.Of(ceasefire).Should().Be(ceasefire);
        JsonRoundTrip.Of(ThornyIssues()).Should().Be(ThornyIssues());
    }

    [Fact]
    public void What_a_statement_is_about_reads_back_equal_to_what_was_written()
    {
        JsonRoundTrip.Of(Ceasefire()).About.Should().Equal(Ceasefire().About);
    }

    [Fact]
    public void The_json_uses_camel_case_names_and_kebab_case_enums()
    {
        var json = JsonRoundTrip.Write(ThornyIssues());

        json.Should().Contain("\"mode\": \"direct-quote\"")
            .And.Contain("\"act\": \"comment\"")
            .And.Contain("\"modality\": \"asserted\"")
            .And.Contain("\"event\": \"miami-press-conference\"")
            .And.NotContain("\"onBehalfOf\"", "absent members are left out");
    }

    [Fact]
    public void The_json_of_references_and_framings_names_their_parts()
    {
        var json = JsonRoundTrip.Write(Ceasefire());

        json.Should().Contain("\"onBehalfOf\": \"russia\"")
            .And.Contain("\"about\": [")
            .And.Contain("\"kind\": \"proposal\"")
            .And.Contain("\"id\": \"ukraine-europe-ceasefire\"")
            .And.Contain("\"framings\": [")
            .And.Contain("\"by\": \"nhk\"")
            .And.Contain("\"act\": \"reject\"");
    }

    [Fact]
    public void A_statement_written_before_modes_existed_reads_with_the_defaults()
    {
        var statement = JsonRoundTrip.Read<Statement>("""{"id":"ushakov-working-groups","speakers":["ushakov"],"text":[{"text":"Putin agreed.","language":"en"}]}""");

        statement.Mode.Should().Be(StatementMode.Paraphrase);
        statement.Modality.Should().Be(Modality.Asserted);
        statement.Act.Should().BeNull();
    }

    [Theory]
    [InlineData(StatementMode.DirectQuote, "direct-quote")]
    [InlineData(StatementMode.Paraphrase, "paraphrase")]
    [InlineData(StatementMode.Summary, "summary")]
    [InlineData(StatementMode.JointStatement, "joint-statement")]
    [InlineData(StatementMode.Written, "written")]
    [InlineData(StatementMode.Other, "other")]
    public void Modes_are_written_in_kebab_case_and_read_back(StatementMode mode, string text)
    {
        JsonRoundTrip.Write(mode).Should().Be($"\"{text}\"");
        JsonRoundTrip.Read<StatementMode>($"\"{text}\"").Should().Be(mode);
    }

    [Theory]
    [InlineData(Modality.Asserted, "asserted")]
    [InlineData(Modality.Future, "future")]
    [InlineData(Modality.Hypothetical, "hypothetical")]
    [InlineData(Modality.Negated, "negated")]
    public void Modalities_are_written_in_kebab_case_and_read_back(Modality modality, string text)
    {
        JsonRoundTrip.Write(modality).Should().Be($"\"{text}\"");
        JsonRoundTrip.Read<Modality>($"\"{text}\"").Should().Be(modality);
    }

    [Fact]
    public void Acts_are_written_as_the_lower_case_plover_names()
    {
        foreach (var act in Enum.GetValues<ActType>())
        {
            var text = act.ToString().ToLowerInvariant();
            JsonRoundTrip.Write(act).Should().Be($"\"{text}\"");
            JsonRoundTrip.Read<ActType>($"\"{text}\"").Should().Be(act);
        }

        Enum.GetValues<ActType>().Should().HaveCount(18, "the 16 PLOVER types plus announce and comment");
    }

    [Fact]
    public void An_unknown_act_in_json_is_rejected()
    {
        var read = () => JsonRoundTrip.Read<ActType>("\"praise\"");

        read.Should().Throw<System.Text.Json.JsonException>();
    }

    [Fact]
    public void ToString_gives_the_identifier_and_first_text()
    {
        ThornyIssues().ToString().Should().Be("trump-thorny: [en] One or two thorny issues remain. Very difficult issues.");
    }
}
