using System.Globalization;
using System.Text.Json;
using CsCheck;
using Json.Schema;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Mandates;
using NegotiationModel.Monitoring;
using NegotiationModel.Serialization;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using NodaTime;

namespace NegotiationModel.Tests.Mandates;

public sealed class MandateTest
{
    private static readonly ActorId Council = new("unsc");
    private static readonly ActorId Colombia = new("colombia");
    private static readonly MonitoringMissionId Mission = new("un-mission-colombia");
    private static readonly SourceId Resolution2261 = new("unsc-resolution-2261");
    private static readonly SourceId Resolution2381 = new("unsc-resolution-2381");
    private static readonly MandateId MandateId = new("unsc-2261");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(NegotiationJsonSchema.Generate(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static Mandate Mandate() => new(MandateId, EntityReference.To(Mission))
    {
        Title = [new LocalizedText("Mandate of the UN Mission in Colombia", "en")],
        GrantedBy = [Council],
        Instrument = Resolution2261,
        Tasks = [new LocalizedText("Monitor and verify the definitive bilateral ceasefire and the laying down of arms", "en")],
        TermStart = When.Parse("2016-01-25"),
        TermEnd = When.Parse("2017-01-25"),
        Renewals = [new MandateRenewal { Instrument = Resolution2381, TermStart = When.Parse("2017-01-26"), TermEnd = When.Parse("2017-09-25"), Citations = [new Citation(Resolution2381)] }],
        Citations = [new Citation(Resolution2261)],
    };

    private static NegotiationRecord Record(params Mandate[] mandates) => new("Colombia verification")
    {
        Actors = [new Actor(Council, ActorKind.Organisation, [new LocalizedName("UN Security Council", "en")]), new Actor(Colombia, ActorKind.State, [new LocalizedName("Colombia", "en")])],
        Sources =
        [
            new Source(Resolution2261, SourceKind.OfficialStatement) { Published = When.Parse("2016-01-25") },
            new Source(Resolution2381, SourceKind.OfficialStatement) { Published = When.Parse("2017-10-06") },
        ],
        MonitoringMissions = [new MonitoringMission(Mission, [new LocalizedName("UN Mission in Colombia", "en")]) { ConductedBy = [Council] }],
        Mandates = [.. mandates],
    };

    private static List<string> Diagnostics(NegotiationRecord record)
        => [.. RecordValidator.Default.Validate(record).Diagnostics.Select(d => $"{d.Code} at {d.Path}")];

    [Fact]
    public void A_mandate_needs_an_identifier_and_a_holder()
    {
        FluentActions.Invoking(() => new Mandate(default, EntityReference.To(Mission))).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
        FluentActions.Invoking(() => new Mandate(MandateId, default)).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Holder");
        FluentActions.Invoking(() => Mandate() with { Instrument = default(SourceId) }).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Instrument");
        FluentActions.Invoking(() => new MandateRenewal { Instrument = default(SourceId) }).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Instrument");
        Mandate().ToString().Should().Be("unsc-2261 (monitoring-mission:un-mission-colombia)");
        Mandate().Renewals[0].ToString().Should().Be("renewal 2017-01-26/2017-09-25");
    }

    [Fact]
    public void A_record_with_a_mandate_round_trips_and_writes_it_after_the_monitoring_missions_whose_mandate_it_may_be()
    {
        var record = Record(Mandate());
        var json = NegotiationJson.Serialize(record);

        NegotiationJson.Deserialize(json).Should().Be(record);
        json.Should().Contain("\"kind\": \"monitoring-mission\"").And.Contain("\"grantedBy\": [").And.Contain("\"termStart\": \"2017-01-26\"");
        json.IndexOf("\"mandates\"", StringComparison.Ordinal).Should().BeGreaterThan(json.IndexOf("\"monitoringMissions\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mandate_is_an_entity_found_by_reference_and_name_and_involving_its_actors()
    {
        var record = Record(Mandate());

        record.Find(MandateId).Should().Be(Mandate());
        record.Find(new EntityReference(EntityKind.Mandate, "unsc-2261")).Should().Be(Mandate());
        record.FindByName("mission in colombia").Should().Contain(Mandate());
        record.Involving(Council).Should().Contain(Mandate());
        record.Replace(Mandate() with { Notes = "Renewed" }).Mandates[0].Notes.Should().Be("Renewed");
    }

    [Fact]
    public void A_well_formed_mandate_validates_without_diagnostics()
    {
        Diagnostics(Record(Mandate())).Should().BeEmpty();
    }

    [Fact]
    public void Every_reference_of_a_mandate_is_checked_and_its_holder_must_be_an_actor_a_mission_or_a_working_group()
    {
        var record = Record(Mandate() with
        {
            Holder = EntityReference.To(new MonitoringMissionId("no-such-mission")),
            GrantedBy = [new ActorId("no-such-council")],
            Instrument = new SourceId("no-such-resolution"),
            Renewals = [Mandate().Renewals[0] with { GrantedBy = [new ActorId("nobody")] }],
        });

        Diagnostics(record).Should().BeEquivalentTo(
            "NM1002 at $['mandates'][0]['holder']",
            "NM1002 at $['mandates'][0]['grantedBy'][0]",
            "NM1002 at $['mandates'][0]['instrument']",
            "NM1002 at $['mandates'][0]['renewals'][0]['grantedBy'][0]");
        Diagnostics(Record(Mandate() with { Holder = EntityReference.To(Resolution2261) })).Should().Equal("NM1003 at $['mandates'][0]['holder']");
        Diagnostics(Record(Mandate() with { Holder = EntityReference.To(Colombia) })).Should().BeEmpty();
    }

    [Fact]
    public void A_term_that_ends_before_it_starts_and_a_renewal_before_the_term_it_renews_are_reported()
    {
        var reversed = Mandate() with { TermEnd = When.Parse("2015-12-31"), Renewals = [Mandate().Renewals[0] with { TermEnd = When.Parse("2017-01-01") }] };
        Diagnostics(Record(reversed)).Should().Equal("NM2001 at $['mandates'][0]['termEnd']", "NM2001 at $['mandates'][0]['renewals'][0]['termEnd']");

        var early = Mandate() with { Renewals = [Mandate().Renewals[0] with { TermStart = When.Parse("2015-06-01"), TermEnd = null }] };
        var report = RecordValidator.Default.Validate(Record(early));
        report.Diagnostics.Select(d => $"{d.Code} at {d.Path}").Should().Equal("NM2014 at $['mandates'][0]['renewals'][0]['termStart']");
        report.Diagnostics[0].Message.Should().Be("Renewal 1 of mandate 'unsc-2261' starts its term at 2015-06-01, before the first term starts at 2016-01-25: a renewal continues the term it renews. List renewals oldest first, or correct the dates.");
    }

    [Fact]
    public void A_renewal_before_the_renewal_it_follows_names_that_renewal()
    {
        var renewal = Mandate().Renewals[0];
        var backwards = Mandate() with { Renewals = [renewal, renewal with { TermStart = When.Parse("2017-01-20"), TermEnd = null }] };

        var report = RecordValidator.Default.Validate(Record(backwards));

        report.Diagnostics.Select(d => $"{d.Code} at {d.Path}").Should().Equal("NM2014 at $['mandates'][0]['renewals'][1]['termStart']");
        report.Diagnostics[0].Message.Should().StartWith("Renewal 2 of mandate 'unsc-2261' starts its term at 2017-01-20, before renewal 1 starts at 2017-01-26:");
    }

    [Fact]
    public void The_timeline_shows_the_start_each_renewal_and_the_end_of_the_last_term()
    {
        var entries = Timeline.Build(Record(Mandate())).Entries.Where(e => e.Kind == TimelineEntryKind.Mandate).ToList();

        entries.Select(e => (e.Id, e.Detail, e.When.ToString())).Should().Equal(
            ("mandate:unsc-2261#start", "start", "2016-01-25"),
            ("mandate:unsc-2261#renewal-1", "renewal", "2017-01-26"),
            ("mandate:unsc-2261#end", "end", "2017-09-25"));
        entries[1].Label.Should().Be("Mandate of the UN Mission in Colombia — mandate renewed until 2017-09-25");
        entries[1].Citations.Should().Equal(new Citation(Resolution2381));
        entries.Should().OnlyContain(e => e.Actors.Contains(Council));
    }

    [Fact]
    public void A_renewal_is_not_known_before_the_source_that_reports_it()
    {
        var record = Record(Mandate());

        record.AsKnownAt(Instant.FromUtc(2017, 3, 1, 0, 0)).Mandates.Should().ContainSingle().Which.Renewals.Should().BeEmpty();
        record.AsKnownAt(Instant.FromUtc(2017, 11, 1, 0, 0)).Mandates[0].Renewals.Should().HaveCount(1);
    }

    [Fact]
    public void Writer_reader_schema_validator_and_timeline_agree_on_any_mandate()
    {
        var holders = new[] { EntityReference.To(Council), EntityReference.To(Mission), EntityReference.To(Resolution2261), EntityReference.To(new TopicId("security")) };
        var day = Gen.Select(Gen.Bool, Gen.Int[0, 400], (dated, offset) => dated ? offset : (int?)null);
        var terms = Gen.Select(day, day);
        Gen.Select(Gen.Int[0, holders.Length - 1], terms, terms.Array[0, 4]).Sample((holder, first, renewals) =>
        {
            static When? Day(int? offset) => offset is { } days ? When.Parse(new LocalDate(2016, 1, 1).PlusDays(days).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)) : null;
            var mandate = new Mandate(MandateId, holders[holder])
            {
                GrantedBy = [Council],
                TermStart = Day(first.Item1),
                TermEnd = Day(first.Item2),
                Renewals = [.. renewals.Select(r => new MandateRenewal { TermStart = Day(r.Item1), TermEnd = Day(r.Item2) })],
            };
            var record = Record(mandate) with { Topics = [new global::NegotiationModel.Topics.Topic(new TopicId("security"), [new LocalizedName("Security", "en")])] };

            // The writer's JSON is what the reader reads back and what the schema accepts.
            var json = NegotiationJson.Serialize(record);
            NegotiationJson.Deserialize(json).Should().Be(record);
            using (var document = JsonDocument.Parse(json))
            {
                Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid.Should().BeTrue();
            }

            // The validator reports exactly what a direct reading of the terms finds.
            var expected = new List<string>();
            if (holder >= 2)
            {
                expected.Add("NM1003 at $['mandates'][0]['holder']");
            }

            var spans = new[] { (Path: "$['mandates'][0]['termEnd']", first.Item1, first.Item2) }
                .Concat(renewals.Select((r, i) => (Path: $"$['mandates'][0]['renewals'][{i}]['termEnd']", r.Item1, r.Item2)));
            expected.AddRange(spans.Where(s => s.Item2 is { } start && s.Item3 is { } end && end < start).Select(s => $"NM2001 at {s.Path}"));
            var renewed = first.Item1;
            for (var i = 0; i < renewals.Length; i++)
            {
                if (renewals[i].Item1 is not { } start)
                {
                    continue;
                }

                if (renewed is { } previous && start < previous)
                {
                    expected.Add($"NM2014 at $['mandates'][0]['renewals'][{i}]['termStart']");
                }

                renewed = start;
            }

            Diagnostics(record).Should().BeEquivalentTo(expected);

            // The timeline has a start, one entry per dated renewal, and the end of the last term that states one.
            var entries = Timeline.Build(record).Entries.Where(e => e.Kind == TimelineEntryKind.Mandate).Select(e => e.Detail).ToList();
            var lastEnd = renewals.LastOrDefault(r => r.Item2 is not null).Item2 ?? first.Item2;
            var expectedCount = (first.Item1 is null ? 0 : 1) + renewals.Count(r => r.Item1 is not null) + (lastEnd is null ? 0 : 1);
            entries.Should().HaveCount(expectedCount);
            entries.Count(d => d == "renewal").Should().Be(renewals.Count(r => r.Item1 is not null));
        });
    }
}
