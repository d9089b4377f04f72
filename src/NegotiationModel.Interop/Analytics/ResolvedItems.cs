using System.Globalization;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Kinds;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Utility;
using NegotiationModel.Walking;
using NodaTime;

namespace NegotiationModel.Interop.Analytics;

/// <summary>
/// The dated items of a record with their resolved windows and knowledge times, as the analytics exports write them.
/// Nothing here resolves a time by a rule of its own: an entity's window is <see cref="EntityTimes.OwnWindow"/> and
/// its knowledge time <see cref="RecordKnowledge.EntityKnownFrom"/> (the columns the store derives too); a part's are
/// its timeline entry's (<see cref="Timeline.Build"/>); a membership's start and end resolve as values and are known
/// by <see cref="RecordKnowledge.PartKnownFrom"/>, the rule of every part.
/// </summary>
internal static class ResolvedItems
{
    /// <summary>The <see cref="ResolvedItem.Item"/> of an entity's own time.</summary>
    public const string EntityItem = "entity";

    /// <summary>The <see cref="ResolvedItem.Item"/> of a membership's start or end.</summary>
    public const string MembershipItem = "membership";

    /// <summary>Returns every dated item of a record, ordered by window (as <see cref="TimeWindowComparer"/>), then by entry.</summary>
    public static List<ResolvedItem> Of(NegotiationRecord record, string language)
    {
        var context = record.TimeContext();
        var knowledge = new RecordKnowledge(record, context);
        var labels = new EntityLabels(record, language);
        var timeline = Timeline.Build(record, context, language);
        var sites = new Sites();
        using (var paths = new PathTable())
        {
            RecordWalker.Walk(record, sites, paths);
        }

        var items = new List<(TimeWindow Window, ResolvedItem Item)>();
        var entityEntries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entity, path) in sites.Entities)
        {
            if (!EntityTimes.HasTime(entity))
            {
                continue;
            }

            var reference = entity.Reference;
            var shown = timeline.About(reference).FirstOrDefault(e => e.Id == reference.ToString());

            // An entity met again (a provision repeated in a later version of its proposal) keeps its place in the
            // record as a row of its own, told apart by the occurrence.
            var entry = reference.ToString();
            for (var occurrence = 2; !entityEntries.Add(entry); occurrence++)
            {
                entry = string.Create(CultureInfo.InvariantCulture, $"{reference}#occurrence-{occurrence}");
            }

            var (first, second, isSpan) = EntityKinds.Of(entity).TimeOf(entity);
            var window = EntityTimes.OwnWindow(entity, context)!.Value;
            var (actors, topics) = shown is null ? ReferencesOf(entity) : (Ids(shown.Actors), Ids(shown.Topics));
            items.Add((window, Item(
                entry, reference, EntityItem, path, first, isSpan ? second : null, window,

                // The timeline knows a provision only once its version is; for every other kind its knowledge time is the entity's.
                shown is null ? knowledge.EntityKnownFrom(entity) : shown.KnownFrom,
                shown?.Detail, shown?.Label ?? labels.Of(entity), actors, topics)));
        }

        foreach (var entry in timeline.Entries)
        {
            if (entityEntries.Contains(entry.Id))
            {
                continue;
            }

            var path = sites.PathOf(entry.When)?.Parent ?? sites.PathOf(entry.Subject) ?? JsonPath.Root;
            items.Add((entry.Window, Item(entry.Id, entry.Subject, TimelineEntry.KindName(entry.Kind), path, entry.When, null, entry.Window, entry.KnownFrom, entry.Detail, entry.Label, Ids(entry.Actors), Ids(entry.Topics))));
        }

        foreach (var (entity, path) in sites.Entities)
        {
            if (entity is Actor actor)
            {
                AddMemberships(items, actor, path, context, knowledge, labels);
            }
        }

        items.Sort((x, y) =>
        {
            var order = TimeWindowComparer.Instance.Compare(x.Window, y.Window);
            return order != 0 ? order : string.CompareOrdinal(x.Item.Entry, y.Item.Entry);
        });
        return [.. items.Select(pair => pair.Item)];
    }

    /// <summary>An instant floored to a microsecond (a start, a knowledge time), the finest unit Parquet's and most databases' timestamps hold.</summary>
    public static Instant FloorToMicrosecond(Instant instant)
        => Instant.FromUnixTimeTicks((Math.DivRem(instant.ToUnixTimeTicks(), 10, out var rest) - (rest < 0 ? 1 : 0)) * 10);

    /// <summary>An instant raised to a microsecond (an exclusive end), so that the window still holds all it held.</summary>
    public static Instant CeilingToMicrosecond(Instant instant)
        => Instant.FromUnixTimeTicks(-FloorToMicrosecond(Instant.FromUnixTimeTicks(-instant.ToUnixTimeTicks())).ToUnixTimeTicks());

    private static void AddMemberships(List<(TimeWindow, ResolvedItem)> items, Actor actor, JsonPath actorPath, WhenContext context, RecordKnowledge knowledge, EntityLabels labels)
    {
        var actorKnownFrom = knowledge.EntityKnownFrom(actor);
        for (var j = 0; j < actor.Memberships.Count; j++)
        {
            var membership = actor.Memberships[j];
            var path = actorPath.Member(nameof(actor.Memberships)).Index(j);
            List<string> actors = [actor.Id.Value, .. new[] { membership.Organisation, membership.OnBehalfOf }.OfType<ActorId>().Select(id => id.Value)];
            var knownFrom = knowledge.PartKnownFrom(actorKnownFrom, membership.Citations);
            var organisation = membership.Organisation is { } org ? $" of {labels.Of(org)}" : string.Empty;
            foreach (var (when, end) in new[] { (membership.Start, "start"), (membership.End, "end") })
            {
                if (when is null)
                {
                    continue;
                }

                var window = when.Resolve(context);
                var entry = string.Create(CultureInfo.InvariantCulture, $"{actor.Reference}#membership-{j + 1}-{end}");
                var label = string.Create(CultureInfo.InvariantCulture, $"{labels.Of(actor)} — membership {j + 1}{organisation} {(end == "start" ? "begins" : "ends")}");
                items.Add((window, Item(entry, actor.Reference, MembershipItem, path, when, null, window, knownFrom, end, label, [.. actors.Distinct(StringComparer.Ordinal)], [])));
            }
        }
    }

    private static ResolvedItem Item(string entry, EntityReference subject, string item, JsonPath path, When? when, When? until, TimeWindow window, Instant? knownFrom, string? detail, string label, IReadOnlyList<string> actors, IReadOnlyList<string> topics)
        => new(
            entry,
            EnumNames<EntityKind>.Of(subject.Kind),
            subject.Id,
            item,
            path,
            when?.ToString(),
            until?.ToString(),
            (when ?? until) is CalendarWhen calendar ? EntityLabels.JsonName(calendar.Precision) : null,
            window.Earliest is { } start ? FloorToMicrosecond(start) : null,
            window.Latest is { } end ? CeilingToMicrosecond(end) : null,
            knownFrom is { } known ? FloorToMicrosecond(known) : null,
            detail,
            label,
            actors,
            topics);

    private static List<string> Ids<TId>(ValueList<TId> ids)
        where TId : struct, IEntityId<TId>
        => [.. ids.Select(id => id.Value)];

    // The actors and topics an entity without a timeline entry of its own refers to in its own members (an actor: itself too).
    private static (List<string> Actors, List<string> Topics) ReferencesOf(IRecordEntity entity)
    {
        var collector = new ReferenceCollector();
        if (entity is Actor actor)
        {
            collector.Actors.Add(actor.Id.Value);
        }

        RecordWalker.WalkEntity(entity, collector);
        return ([.. collector.Actors.Distinct(StringComparer.Ordinal)], [.. collector.Topics.Distinct(StringComparer.Ordinal)]);
    }

    private sealed class ReferenceCollector : RecordVisitor
    {
        public List<string> Actors { get; } = [];

        public List<string> Topics { get; } = [];

        public override void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
        {
            if (id is not null && kind is EntityKind.Actor or EntityKind.Topic)
            {
                (kind == EntityKind.Actor ? Actors : Topics).Add(id);
            }
        }
    }

    // Where each entity and each time value is, from one walk of the record. A value object used at several places (a
    // record built in code may share one) is found at each place in turn.
    private sealed class Sites : RecordVisitor
    {
        private readonly Dictionary<When, Queue<JsonPath>> whens = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<EntityReference, JsonPath> definitions = [];

        public List<(IRecordEntity Entity, JsonPath Path)> Entities { get; } = [];

        public override void VisitDefinition(EntityReference definition, object value, SitePath path)
        {
            var at = path.ToJsonPath();
            definitions.TryAdd(definition, at);
            if (value is IRecordEntity entity)
            {
                Entities.Add((entity, at));
            }
        }

        public override void VisitWhen(When when, SitePath path, IRecordEntity? owner)
        {
            if (!whens.TryGetValue(when, out var found))
            {
                whens[when] = found = new Queue<JsonPath>(1);
            }

            found.Enqueue(path.ToJsonPath());
        }

        public JsonPath? PathOf(When when)
            => whens.TryGetValue(when, out var found) && found.Count > 0 ? (found.Count > 1 ? found.Dequeue() : found.Peek()) : null;

        public JsonPath? PathOf(EntityReference subject) => definitions.GetValueOrDefault(subject);
    }
}
