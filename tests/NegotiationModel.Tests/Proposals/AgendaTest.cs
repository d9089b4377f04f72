using NegotiationModel.Comparison;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Proposals;

public sealed class AgendaTest
{
    [Fact]
    public void The_documented_havana_talks_validate_without_a_diagnostic_and_round_trip_byte_for_byte()
    {
        var record = HavanaTalks.Record();

        Validate(record).Diagnostics.Should().BeEmpty();
        var json = NegotiationJson.Serialize(record);
        NegotiationJson.Deserialize(json).Should().Be(record);
        NegotiationJson.Serialize(NegotiationJson.Deserialize(json)).Should().Be(json);
        json.Should().Contain("\"agendas\": [").And.Contain("\"settledBy\": [").And.Contain("\"status\": \"agreed-ad-referendum\"")
            .And.Contain("\"status\": \"under-discussion\"").And.Contain("\"kind\": \"agenda\"");
    }

    [Fact]
    public void Agenda_items_are_entities_found_by_identifier_number_and_title_and_referred_to_from_anywhere()
    {
        var record = HavanaTalks.Record();

        var item = record.Find(HavanaTalks.Point1);
        item.Should().NotBeNull();
        item!.SettledBy.Should().Equal(HavanaTalks.RuralReform);
        record.Find(EntityReference.To(HavanaTalks.Point1)).Should().BeSameAs(item);
        record.Find(HavanaTalks.Agenda)!.FindItem(HavanaTalks.Point1).Should().BeSameAs(item);
        record.FindByName("point 1").Should().Contain(item);
        record.FindByName("agricultural development").Should().Contain(item);
        EntityReference.To(HavanaTalks.Point1).ToString().Should().Be("agenda-item:point-1");
        record.Entities().Count(e => e is AgendaItem).Should().Be(6);
    }

    [Fact]
    public void The_timeline_shows_the_agenda_agreed_and_each_point_settled_in_turn()
    {
        var timeline = Timeline.Build(HavanaTalks.Record());

        var agenda = timeline.Entries.Single(e => e.Kind == TimelineEntryKind.Agenda);
        agenda.Id.Should().Be("agenda:havana-agenda");
        agenda.Label.Should().Be("Agenda of the General Agreement");
        agenda.Actors.Should().Contain([HavanaTalks.Colombia, HavanaTalks.Farc]);

        var agreed = timeline.Entries.Where(e => e.Kind == TimelineEntryKind.StatusChange && e.Detail == "agreed" && e.Subject.Kind == EntityKind.AgendaItem).ToList();
        agreed.Select(e => e.Label).Should().Equal(
            "point 1: Comprehensive agricultural development policy — agreed (through Towards a New Colombian Countryside: Comprehensive Rural Reform)",
            "point 2: Political participation — agreed (through Political participation: a democratic opening to build peace)",
            "point 4: Solution to the problem of illicit drugs — agreed (through Solution to the problem of illicit drugs)",
            "point 5: Victims — agreed (through Agreement on the victims of the conflict)");
        agreed[0].Id.Should().Be("agenda-item:point-1#status-2");
    }

    [Fact]
    public void A_diff_reports_an_item_taken_up_by_its_heading()
    {
        var before = HavanaTalks.Record();
        var after = before with
        {
            Agendas = before.Agendas.Replace(0, a => a with
            {
                Items = a.Items.Replace(2, i => i with { StatusHistory = [new StatusChange<AgendaItemStatus>(AgendaItemStatus.UnderDiscussion, W("2015-03-05[America/Havana]"))] }),
            }),
        };

        RecordDiff.Compare(before, after).Select(c => c.ToString()).Should().Equal(
            "~ agenda:havana-agenda: items",
            "~ agenda-item:point-3 (point 3: End of the conflict): statusHistory");
    }

    [Fact]
    public void An_item_settled_by_a_proposal_the_record_does_not_hold_or_by_something_else_is_reported_where_it_is()
    {
        var clean = HavanaTalks.Record();
        var record = clean with
        {
            Agendas = clean.Agendas.Replace(0, a => a with
            {
                AgreedIn = new ProposalId("no-such-text"),
                Items = a.Items
                    .Replace(0, i => i with { SettledBy = [new ProposalId("no-such-agreement")] })
                    .Replace(1, i => i with { SettledBy = [new ProposalId(HavanaTalks.Santos.Value)] }),
            }),
        };

        Found(record).Should().BeEquivalentTo(
            $"{DiagnosticCodes.UnresolvedReference} at $['agendas'][0]['agreedIn']",
            $"{DiagnosticCodes.UnresolvedReference} at $['agendas'][0]['items'][0]['settledBy'][0]",
            $"{DiagnosticCodes.WrongKindReference} at $['agendas'][0]['items'][1]['settledBy'][0]");
    }

    [Fact]
    public void An_item_agreed_without_discussion_or_out_of_order_is_reported_at_its_history()
    {
        var clean = HavanaTalks.Record();
        var pending = new StatusChange<AgendaItemStatus>(AgendaItemStatus.Pending, W("2012-08-26[America/Havana]"));
        var record = clean with
        {
            Agendas = clean.Agendas.Replace(0, a => a with
            {
                Items = a.Items
                    .Replace(2, i => i with { StatusHistory = [pending, new StatusChange<AgendaItemStatus>(AgendaItemStatus.Agreed, W("2016-06-23[America/Havana]"))] })
                    .Replace(0, i => i with { StatusHistory = ValueList.From(Enumerable.Reverse(i.StatusHistory)) }),
            }),
        };

        Found(record).Should().BeEquivalentTo(
            $"{DiagnosticCodes.IllegalStatusTransition} at $['agendas'][0]['items'][2]['statusHistory'][1]['status']",
            $"{DiagnosticCodes.StatusOutOfOrder} at $['agendas'][0]['items'][0]['statusHistory'][1]['when']");
    }

    [Fact]
    public void An_agenda_is_an_addition_of_format_1_1_and_a_record_declaring_1_0_is_told_so()
    {
        var record = HavanaTalks.Record() with { SchemaVersion = new SchemaVersion(1, 0) };

        Validate(record).Diagnostics.Where(d => d.Code == DiagnosticCodes.NewerThanDeclaredVersion).Select(d => d.Path.ToString())
            .Should().Contain(["$['agendas']", "$['proposals'][1]['conditionalOn']", "$['proposals'][5]['alsoSupersedes']", "$['proposals'][5]['versions'][0]['signatories']"]);
    }

    [Fact]
    public void An_agenda_needs_a_title_and_an_item_a_title()
    {
        var agenda = () => new Agenda(new AgendaId("a"), []);
        var item = () => new AgendaItem(new AgendaItemId("i"), []);

        agenda.Should().Throw<ArgumentException>().WithParameterName("Title");
        item.Should().Throw<ArgumentException>().WithParameterName("Title");
        new AgendaItem(new AgendaItemId("i"), [En("Victims")]) { Number = "point 5" }.ToString().Should().Be("i (point 5): Victims");
    }
}
