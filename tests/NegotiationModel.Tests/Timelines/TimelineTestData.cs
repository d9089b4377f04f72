using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Tests.Timelines;

/// <summary>Small records for the timeline tests.</summary>
internal static class TimelineTestData
{
    public static readonly ActorId Trump = new("trump");
    public static readonly ActorId Putin = new("putin");
    public static readonly ActorId Russia = new("russia");
    public static readonly SourceId Nhk = new("nhk");

    public static NegotiationEvent Event(string id, string? when, Duration? duration = null) =>
        new(new NegotiationEventId(id), EventKind.Meeting, [new LocalizedText($"Event {id}", "en")])
        {
            When = when is null ? null : When.Parse(when),
            Duration = duration,
        };

    public static Statement Statement(string id, string? when, params Citation[] citations) =>
        new(new StatementId(id), [Trump], [new LocalizedText($"Statement {id}", "en")])
        {
            When = when is null ? null : When.Parse(when),
            Citations = [.. citations],
        };

    public static Source Source(string id, string? published, params SourceRevision[] revisions) =>
        new(new SourceId(id), SourceKind.NewsReport)
        {
            Published = published is null ? null : When.Parse(published),
            Revisions = [.. revisions],
        };

    public static SourceRevision Revision(int number, string at) => new(number, When.Parse(at));

    public static Citation Cite(string source, int? revision = null, Instant? recordedAt = null)
        => new(new SourceId(source)) { Revision = revision, RecordedAt = recordedAt };

    public static NegotiationRecord Record(params NegotiationEvent[] events) => new("Test record") { Events = [.. events] };

    public static EntityReference EventRef(string id) => EntityReference.To(new NegotiationEventId(id));

    public static Instant Utc(int year, int month, int day, int hour = 0, int minute = 0) => Instant.FromUtc(year, month, day, hour, minute);

    public static TimeWindow Window(Instant? earliest, Instant? latest) => new(earliest, latest);
}
