using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Interop.Wikidata;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NegotiationModel.Validation;

namespace NegotiationModel.Interop.Tests.Wikidata;

public sealed class WikidataImportTest
{
    private const string Position = "Q1857208";
    private const string Party = "Q47519218";

    public static InteropInput Input(string file) => new(file, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Wikidata", file)));

    public static ImportResult ImportFixtures() => WikidataImporter.Import([Input("entitydata-zelenskyy.json"), Input("dump-excerpt.json")], WikidataImportOptions.Default);

    private static Actor ActorOf(ImportResult result, string item) => result.Record.Actors.Single(actor => actor.Id == WikidataImporter.ActorIdOf(item));

    [Fact]
    public void Items_become_actors_and_a_position_held_becomes_a_role_not_an_actor()
    {
        var result = ImportFixtures();

        result.Record.Actors.Select(actor => actor.Id.Value).Should().Equal("wikidata-Q3874799", "wikidata-Q212", "wikidata-Q7184", $"wikidata-{Party}");
        result.Report.Created["actor"].Should().Be(4);
        result.Report.Unmapped["entities that are positions (their labels name the role of a membership)"].Should().Be(1);
    }

    [Fact]
    public void Labels_and_aliases_in_every_language_become_names_that_say_which_they_are()
    {
        var person = ActorOf(ImportFixtures(), "Q3874799");

        person.Names.Should().Equal(
            new LocalizedName("Володимир Зеленський", "uk"),
            new LocalizedName("Volodymyr Zelenskyy", "en"),
            new LocalizedName("Владимир Зеленский", "ru"),
            new LocalizedName("Wolodymyr Selenskyj", "de"),
            new LocalizedName("Volodymyr Zelensky", "en", NameKind.Alias),
            new LocalizedName("Vladimir Zelensky", "en", NameKind.Alias),
            new LocalizedName("Володимир Олександрович Зеленський", "uk", NameKind.Alias));
        person.Description.Should().Equal(new LocalizedText("President of Ukraine since 2019", "en"), new LocalizedText("шостий Президент України", "uk"));
        person.Identifiers.Should().Equal(new ExternalIdentifier(IdentifierSchemes.Wikidata, "Q3874799"));
    }

    [Fact]
    public void Instance_of_gives_the_kind_and_identifiers_the_model_knows_are_kept()
    {
        var result = ImportFixtures();

        ActorOf(result, "Q3874799").Kind.Should().Be(ActorKind.Person);
        var ukraine = ActorOf(result, "Q212");
        ukraine.Kind.Should().Be(ActorKind.State);
        ukraine.Identifiers.Should().Equal(new ExternalIdentifier(IdentifierSchemes.Wikidata, "Q212"), new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha2, "UA"), new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha3, "UKR"));
        ActorOf(result, "Q7184").OrganisationKind.Should().Be(OrganisationKind.Alliance);
        ActorOf(result, Party).OrganisationKind.Should().Be(OrganisationKind.PoliticalParty);
    }

    [Fact]
    public void A_preferred_statement_wins_over_a_normal_one_and_a_deprecated_one_is_reported_not_imported()
    {
        var result = ImportFixtures();

        ActorOf(result, "Q212").ExistsFrom!.ToString().Should().Be("1991-08-24");
        ActorOf(result, "Q3874799").ExistsFrom!.ToString().Should().Be("1978-01-25");
        result.Report.Unmapped["claims.P569 (deprecated: not imported)"].Should().Be(1);
        result.Report.Warnings.Should().Contain(warning => warning.Contains("deprecated statement(s) of P569", StringComparison.Ordinal));
    }

    [Fact]
    public void Times_keep_their_precision()
    {
        var result = ImportFixtures();

        var founded = (CalendarWhen)ActorOf(result, Party).ExistsFrom!;
        founded.Precision.Should().Be(WhenPrecision.Month);
        founded.ToString().Should().Be("2018-03");
        ((CalendarWhen)ActorOf(result, "Q7184").ExistsFrom!).Precision.Should().Be(WhenPrecision.Day);
        var partyMembership = ActorOf(result, "Q3874799").Memberships.Single(membership => membership.Organisation == WikidataImporter.ActorIdOf(Party));
        ((CalendarWhen)partyMembership.Start!).Precision.Should().Be(WhenPrecision.Year);
        partyMembership.Start!.ToString().Should().Be("2018");
    }

    [Fact]
    public void A_position_held_becomes_a_membership_in_the_positions_jurisdiction_with_its_labels_as_role_and_its_period()
    {
        var person = ActorOf(ImportFixtures(), "Q3874799");

        var president = person.Memberships[0];
        president.Role.Should().Equal(new LocalizedText("President of Ukraine", "en"), new LocalizedText("Президент України", "uk"), new LocalizedText("Präsident der Ukraine", "de"));
        president.Organisation.Should().Be(WikidataImporter.ActorIdOf("Q212"));
        president.Start!.ToString().Should().Be("2019-05-20");
        president.End.Should().BeNull();
        president.Citations.Should().ContainSingle().Which.Locator.Should().Be("Q3874799$C1");
    }

    [Fact]
    public void Wikidata_is_the_source_of_every_fact_and_the_reference_urls_are_what_it_cites()
    {
        var result = ImportFixtures();
        var record = result.Record;

        var source = record.Sources.Single(source => source.Id == ActorOf(result, "Q3874799").Citations.Single().Source);
        source.Uri.Should().Be(new Uri("https://www.wikidata.org/w/index.php?title=Q3874799&oldid=2100000001"));
        source.Published!.ToString().Should().Be("2024-05-01T12:00:00Z");
        source.Cites.Should().ContainSingle();
        record.Sources.Single(cited => cited.Id == source.Cites[0]).Uri.Should().Be(new Uri("https://www.president.gov.ua/en/president/biografiya"));
        record.Actors.Should().OnlyContain(actor => actor.Citations.Count == 1 && actor.Memberships.All(membership => membership.Citations.Count == 1));
    }

    [Fact]
    public void What_did_not_map_is_reported_per_property_with_counts()
    {
        var report = ImportFixtures().Report;

        report.Unmapped.Should().Contain(new Dictionary<string, int>
        {
            ["claims.P27"] = 1,
            ["claims.P106"] = 2,
            ["claims.P36"] = 1,
            ["claims.P17"] = 1,
            ["claims.P39.qualifiers.P1365"] = 1,
            ["claims.P463 (organisation not in the input)"] = 1,
            ["references[].P813"] = 1,
            ["sitelinks"] = 1,
        });
        report.Warnings.Should().Contain(warning => warning.Contains("Q1065 is not in the input", StringComparison.Ordinal));
    }

    [Fact]
    public void The_record_validates_and_survives_a_json_round_trip()
    {
        var record = ImportFixtures().Record;

        RecordValidator.Default.Validate(record).Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        NegotiationJson.Deserialize(NegotiationJson.Serialize(record)).Should().Be(record);
    }

    [Fact]
    public void A_dump_cut_off_mid_list_reads_as_the_whole_one_and_the_order_of_inputs_does_not_matter()
    {
        var dump = Input("dump-excerpt.json");
        var cutOff = dump with { Text = dump.Text.TrimEnd().TrimEnd(']').TrimEnd() + ",\n" };

        var whole = WikidataImporter.Import([Input("entitydata-zelenskyy.json"), dump], WikidataImportOptions.Default).Record;
        var fromCutOff = WikidataImporter.Import([cutOff, Input("entitydata-zelenskyy.json")], WikidataImportOptions.Default).Record;

        NegotiationJson.Serialize(fromCutOff with { Actors = ValueList.From(fromCutOff.Actors.OrderBy(actor => actor.Id.Value, StringComparer.Ordinal)), Sources = ValueList.From(fromCutOff.Sources.OrderBy(source => source.Id.Value, StringComparer.Ordinal)) })
            .Should().Be(NegotiationJson.Serialize(whole with { Actors = ValueList.From(whole.Actors.OrderBy(actor => actor.Id.Value, StringComparer.Ordinal)), Sources = ValueList.From(whole.Sources.OrderBy(source => source.Id.Value, StringComparer.Ordinal)) }));
    }
}
