using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Interop.Popolo;
using NegotiationModel.Statements;
using NegotiationModel.Time;

namespace NegotiationModel.Interop.Tests.Popolo;

public sealed class PopoloImportTest
{
    public static readonly string[] SpecificationExamples =
    [
        "person.json", "organization.json", "membership.json", "area.json", "event.json", "speech.json",
        "embedding-person.json", "embedding-organization.json", "embedding-membership.json", "metadata.json",
    ];

    public static ImportResult ImportSpecificationExamples()
        => PopoloImporter.Import(SpecificationExamples.Select(file => Fixtures.Input("popolo-spec", file)), new PopoloImportOptions { Language = "en" });

    [Fact]
    public void A_person_keeps_names_identifiers_and_partial_dates_at_their_precision()
    {
        var record = ImportSpecificationExamples().Record;

        var person = record.Actors.Single(actor => actor.Id == new ActorId("john-q-public"));
        person.Kind.Should().Be(ActorKind.Person);
        person.Names.Should().Equal(
            new LocalizedName("Mr. John Q. Public, Esq.", "en"),
            new LocalizedName("Mr. Ziggy Q. Public, Esq.", "en", NameKind.Alias),
            new LocalizedName("Dragonsbane", "en", NameKind.Alias));
        person.Identifiers.Should().Equal(new ExternalIdentifier("SIN", "046454286"));
        person.ExistsFrom!.ToString().Should().Be("1920-01");
        ((CalendarWhen)person.ExistsFrom).Precision.Should().Be(WhenPrecision.Month);
        person.ExistsUntil!.ToString().Should().Be("2010-01-01");
        person.Citations.Should().ContainSingle().Which.Notes.Should().Be("Biography");
        record.Sources.Should().ContainSingle().Which.Uri.Should().Be(new Uri("http://example.org/john-q-public"));
    }

    [Fact]
    public void Memberships_found_in_several_documents_become_one_each_with_period_and_role()
    {
        var person = ImportSpecificationExamples().Record.Actors.Single(actor => actor.Id == new ActorId("john-q-public"));

        person.Memberships.Should().HaveCount(2);
        var kitchen = person.Memberships.Single(membership => membership.Role[0].Text == "Kitchen assistant");
        kitchen.Organisation.Should().Be(new ActorId("abc-inc"));
        kitchen.Start!.ToString().Should().Be("1970-01");
        kitchen.End!.ToString().Should().Be("1971-12-31");
    }

    [Fact]
    public void An_organization_keeps_its_kind_parent_and_founding_and_an_unknown_classification_is_reported()
    {
        var result = ImportSpecificationExamples();

        var organization = result.Record.Actors.Single(actor => actor.Id == new ActorId("abc-inc"));
        organization.OrganisationKind.Should().Be(OrganisationKind.Company);
        organization.Parent.Should().Be(new ActorId("holding-company-corp"));
        organization.ExistsFrom!.ToString().Should().Be("1950-01-01");
        organization.Names.Select(name => name.Text).Should().Equal("ABC, Inc.", "Bob's Diner", "Joe's Diner", "Famous Joe's");
        result.Report.Warnings.Should().Contain(warning => warning.Contains("holding-company-corp", StringComparison.Ordinal));
    }

    [Fact]
    public void Speeches_become_quoted_statements_and_areas_territories()
    {
        var record = ImportSpecificationExamples().Record;

        var statement = record.Statements.Should().ContainSingle().Subject;
        statement.Speakers.Should().Equal(new ActorId("noel-kinsella"));
        statement.Mode.Should().Be(StatementMode.DirectQuote);
        statement.When!.ToString().Should().Be("2014-03-25T17:00:00Z");
        statement.Event.Should().Be(new NegotiationEventId("P41-S2-S43"));
        var territory = record.Territories.Should().ContainSingle().Subject;
        territory.Names[0].Text.Should().Be("Boston Ward 1");
        territory.Identifiers.Should().Contain(new ExternalIdentifier(PopoloImporter.AreaIdentifierScheme, "ocd-division/country:us/state:ma/place:boston/ward:1"));
        record.Events.Should().ContainSingle().Which.When!.ToString().Should().Be("2011-06-02/2013-09-13");
    }

    [Fact]
    public void What_does_not_map_is_counted_per_field()
    {
        var report = ImportSpecificationExamples().Report;

        report.Unmapped.Should().Contain("persons[].email", 1).And.Contain("persons[].contact_details", 1).And.Contain("memberships[].post_id", 5)
            .And.Contain("persons[].other_names[].start_date", 1).And.Contain("speeches[].audio", 1);
        report.Created.Should().Contain("actor", 2).And.Contain("membership", 2).And.Contain("statement", 1);
        report.Merged["actor"].Should().BeGreaterThan(0);
        report.ToString().Should().Contain("persons[].email: 1");
    }

    [Theory]
    [InlineData("party/abigenga_mizero_y’abarundi")]
    [InlineData("-")]
    [InlineData("person with spaces")]
    public void An_id_outside_the_identifier_pattern_gets_a_stable_derived_one_and_keeps_the_original(string original)
    {
        var json = $$"""{"persons": [{"id": "{{original}}", "name": "A"}], "memberships": [{"person_id": "{{original}}", "organization_id": "{{original}}"}]}""";

        var first = PopoloImporter.Import(json).Record;
        var second = PopoloImporter.Import(json).Record;

        var actor = first.Actors.Should().ContainSingle().Subject;
        EntityId.IsValid(actor.Id.Value).Should().BeTrue();
        actor.Identifiers.Should().Contain(new ExternalIdentifier(PopoloImporter.IdentifierScheme, original));
        actor.Memberships.Should().ContainSingle().Which.Organisation.Should().Be(actor.Id);
        second.Actors[0].Id.Should().Be(actor.Id);
    }
}
