using System.Text.Json.Nodes;
using NegotiationModel.Interop.Analytics;
using NegotiationModel.Utility;
using NegotiationModel.Serialization;
using NegotiationModel.Storage;
using NegotiationModel.Timelines;
using NodaTime;

namespace NegotiationModel.Interop.Tests.Analytics;

/// <summary>
/// The exported windows and knowledge times are the library's, never derived anew: an entity's equal the columns the
/// store derives (<c>RecordRows</c>) and <c>EntityTimes</c>; a part's equal its timeline entry's; every timeline entry is exported.
/// </summary>
public sealed class ResolvedItemsDifferentialTest
{
    public static TheoryData<string> Records => AnalyticsRecords.Names;

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_entity_has_the_window_and_knowledge_time_the_store_derives(string name)
    {
        var record = AnalyticsRecords.Load(name);
        var entities = ResolvedItems.Of(record, "en").Where(item => item.Item == ResolvedItems.EntityItem).ToList();

        var (_, rows) = RecordRows.Split(record);
        var dated = rows.SelectMany(ofKind => ofKind).Where(row => row.ValidFrom is not null).ToList();
        dated.Should().NotBeEmpty();
        var stored = dated.Select(row => (Entry: new EntityReference(row.Kind, row.Id).ToString(), Start: Start(row.ValidFrom!.Value), End: End(row.ValidTo!.Value), Known: Start(row.KnownFrom)));
        var held = RecordRows.Kinds.Select(kind => EnumNames<EntityKind>.Of(kind.Kind)).ToHashSet();
        var exported = entities.Where(item => held.Contains(item.Kind))
            .Select(item => (item.Entry, item.Start, item.End, Known: item.KnownFrom));
        // Ordered and compared with Equal: equivalence of unordered lists costs the square of their length.
        exported.OrderBy(item => item.Entry, StringComparer.Ordinal).Should().Equal(stored.OrderBy(item => item.Entry, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_entity_nested_or_not_has_its_own_window_and_each_part_its_timeline_entry(string name)
    {
        var record = AnalyticsRecords.Load(name);
        var context = record.TimeContext();
        var items = ResolvedItems.Of(record, "en");
        var timeline = Timeline.Build(record, context, "en");

        var windows = record.Entities().Where(EntityTimes.HasTime).ToDictionary(entity => entity.Reference.ToString(), entity => EntityTimes.OwnWindow(entity, context)!.Value);
        var entityItems = items.Where(item => item.Item == ResolvedItems.EntityItem).ToList();
        entityItems.Select(item => item.Entry).Order(StringComparer.Ordinal).Should().Equal(windows.Keys.Order(StringComparer.Ordinal));
        entityItems.Where(item => (item.Start, item.End) != (Floor(windows[item.Entry].Earliest), Ceiling(windows[item.Entry].Latest))).Should().BeEmpty();

        var entries = timeline.Entries.ToDictionary(entry => entry.Id);
        var parts = items.Where(item => item.Item is not ResolvedItems.EntityItem and not ResolvedItems.MembershipItem).ToList();
        parts.Select(item => item.Entry).Concat(entityItems.Select(item => item.Entry).Where(entries.ContainsKey)).Order(StringComparer.Ordinal)
            .Should().Equal(entries.Keys.Order(StringComparer.Ordinal), "every timeline entry is exported once");
        parts.Select(item => (item.Entry, item.When, item.Start, item.End, item.KnownFrom, item.Item)).Should().Equal(parts.Select(item => entries[item.Entry])
            .Select(entry => (entry.Id, (string?)entry.When.ToString(), Floor(entry.Window.Earliest), Ceiling(entry.Window.Latest), Floor(entry.KnownFrom), TimelineEntry.KindName(entry.Kind))));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_path_leads_to_the_item_in_the_records_json_and_entries_are_unique(string name)
    {
        var record = AnalyticsRecords.Load(name);
        var json = JsonNode.Parse(NegotiationJson.Serialize(record))!;

        var items = ResolvedItems.Of(record, "en");

        items.Select(item => item.Entry).Should().OnlyHaveUniqueItems();
        items.Where(item => !(Follow(json, item.Path) is JsonObject found && found.ToJsonString().Contains(JsonValue.Create(item.When ?? item.Until)!.ToJsonString(), StringComparison.Ordinal)))
            .Select(item => $"{item.Entry} at {item.Path}").Should().BeEmpty("each item's path leads to an object that holds its time");
    }

    [Fact]
    public void A_membership_gives_its_start_and_end_known_once_the_actor_and_its_citations_are()
    {
        var record = NegotiationJson.Deserialize("""
            {"schemaVersion": "1.1", "title": "t",
             "actors": [{"id": "ana", "kind": "person", "names": [{"text": "Ana", "language": "en"}], "citations": [{"source": "s"}],
                         "memberships": [{"organisation": "parl", "start": "2015-07", "end": "2019", "citations": [{"source": "later"}]}]},
                        {"id": "parl", "kind": "organisation", "names": [{"text": "Parliament", "language": "en"}]}],
             "sources": [{"id": "s", "kind": "news-report", "published": "2015-08-01"}, {"id": "later", "kind": "news-report", "published": "2016-01-01"}]}
            """);

        var memberships = ResolvedItems.Of(record, "en").Where(item => item.Item == ResolvedItems.MembershipItem).ToList();

        memberships.Select(item => (item.Entry, item.Detail, item.Path.ToString(), item.When, item.Precision, item.Start, item.End, item.KnownFrom)).Should().Equal(
            ("actor:ana#membership-1-start", "start", "$['actors'][0]['memberships'][0]", "2015-07", "month", Instant.FromUtc(2015, 7, 1, 0, 0), Instant.FromUtc(2015, 8, 1, 0, 0), Instant.FromUtc(2016, 1, 1, 0, 0)),
            ("actor:ana#membership-1-end", "end", "$['actors'][0]['memberships'][0]", "2019", "year", Instant.FromUtc(2019, 1, 1, 0, 0), Instant.FromUtc(2020, 1, 1, 0, 0), Instant.FromUtc(2016, 1, 1, 0, 0)));
        memberships[0].Actors.Should().Equal("ana", "parl");
    }

    [Fact]
    public void A_provision_repeated_in_a_later_version_is_a_row_at_each_place()
    {
        var record = NegotiationJson.Deserialize("""
            {"schemaVersion": "1.1", "title": "t",
             "proposals": [{"id": "plan", "title": [{"text": "Plan", "language": "en"}], "kind": "other", "versions": [
               {"number": 1, "when": "2015-02-12", "provisions": [{"kind": "ceasefire", "id": "p1", "effective": "2015-02-15"}]},
               {"number": 2, "when": "2015-03-01", "provisions": [{"kind": "ceasefire", "id": "p1", "effective": "2015-03-05"}]}]}]}
            """);

        var provisions = ResolvedItems.Of(record, "en").Where(item => item.Kind == "provision").ToList();

        provisions.Select(item => (item.Entry, item.Path.ToString(), item.When)).Should().Equal(
            ("provision:p1", "$['proposals'][0]['versions'][0]['provisions'][0]", "2015-02-15"),
            ("provision:p1#occurrence-2", "$['proposals'][0]['versions'][1]['provisions'][0]", "2015-03-05"));
    }

    private static JsonNode? Follow(JsonNode root, JsonPath path)
    {
        var node = root;
        foreach (var segment in path.Segments)
        {
            node = segment.IsMember ? node![segment.Name!] : node![segment.Index];
        }

        return node;
    }

    private static Instant? Start(long micros) => micros == long.MinValue ? null : Instant.FromUnixTimeTicks(micros * 10);

    private static Instant? End(long micros) => micros == long.MaxValue ? null : Instant.FromUnixTimeTicks(micros * 10);

    private static Instant? Floor(Instant? instant) => instant is { } value ? ResolvedItems.FloorToMicrosecond(value) : null;

    private static Instant? Ceiling(Instant? instant) => instant is { } value ? ResolvedItems.CeilingToMicrosecond(value) : null;
}
