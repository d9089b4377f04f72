using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Timelines;

/// <summary>
/// Time over a whole record: resolving relative values through the record's entities, the record as it was
/// known at an instant, and actors' position histories; the timeline itself is <see cref="Timeline.Build"/>.
/// Extension methods, so that the record (the model) knows nothing of timelines.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class NegotiationRecordTimeExtensions
{
    /// <summary>
    /// Returns the context that resolves the record's time values: floating values in UTC, and relative
    /// values through the record's entities (see <see cref="TimeContext(NegotiationRecord, DateTimeZone?)"/>).
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The context; the same for every call on the same record.</returns>
    public static WhenContext TimeContext(this NegotiationRecord record) => TimeContext(record, DateTimeZone.Utc);

    /// <summary>
    /// Returns the context that resolves the record's time values: floating values in
    /// <paramref name="floatingZone"/>, and relative values through the record's entities, whose
    /// <see cref="WhenContext.Anchors"/> resolves a reference to the entity's own window.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="floatingZone">Where values without a zone or offset are placed, or <see langword="null"/> to widen them to every civil zone.</param>
    /// <returns>The context; the same for every call on the same record with the same zone.</returns>
    /// <remarks>
    /// <para>
    /// An entity's own window is that of: an event's <c>When</c> (a clock time, such as <c>2025-12-28T14:05</c>,
    /// is read as the start, and the window's end moves later by the event's <c>Duration</c>); a statement's,
    /// position's, assessment's, control observation's or line's <c>When</c>; a source's <c>Published</c>;
    /// a claim's <c>Since</c>; the span of an actor's <c>ExistsFrom</c>–<c>ExistsUntil</c> or a guarantee's
    /// <c>ValidFrom</c>–<c>ValidUntil</c>; a proposal's first dated version; else the first status change of
    /// a working group, proposal or guarantee. Other entities, and entities the record does not hold, resolve
    /// to <see langword="null"/>, so values relative to them are <see cref="TimeWindow.Unbounded"/>.
    /// </para>
    /// <para>
    /// Anchors chain (the second call is after the press conference, which is after the meeting). An entity
    /// whose time depends on itself through a cycle of anchors resolves to <see langword="null"/>. Every window
    /// is computed once per record and zone, in time linear in the record's size; look-ups then take O(1).
    /// </para>
    /// </remarks>
    public static WhenContext TimeContext(this NegotiationRecord record, DateTimeZone? floatingZone)
    {
        Guard.Against.Null(record);
        return RecordAnchors.Of(record, floatingZone).Context;
    }

    /// <summary>Returns the record as it stood at an instant, resolving times with <see cref="TimeContext(NegotiationRecord)"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="instant">The instant.</param>
    /// <returns>A new record holding only what could be known at <paramref name="instant"/>.</returns>
    /// <remarks>See <see cref="AsKnownAt(NegotiationRecord, Instant, WhenContext)"/>.</remarks>
    public static NegotiationRecord AsKnownAt(this NegotiationRecord record, Instant instant) => AsKnownAt(record, instant, TimeContext(record));

    /// <summary>
    /// Returns the record as it stood at an instant: without the entities, status changes, milestones,
    /// framings, versions, phases, memberships and source revisions that could not yet be known then.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="instant">The instant.</param>
    /// <param name="context">How to resolve publication and revision times; normally one of <see cref="TimeContext(NegotiationRecord, DateTimeZone?)"/>.</param>
    /// <returns>A new record holding only what could be known at <paramref name="instant"/>; the record-level members (title, description...) are kept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="context"/> is null.</exception>
    /// <remarks>
    /// <para>The knowledge time of each fact is the earliest instant at which it can have been known:</para>
    /// <list type="bullet">
    /// <item>a <b>citation</b>: the earliest instant of the window of the revision it names, or else of its
    /// source's publication; when that window is open towards the past (or the source has no publication
    /// time, or the record does not hold the source), the instant the citation was recorded
    /// (<c>RecordedAt</c>); when that is not given either, always. Never before its source is known.</item>
    /// <item>a <b>source</b>: the earliest instant of its publication window; always when that is open towards the past or not given.</item>
    /// <item>a source's <b>revision</b>: the earliest instant of its window, and not before the source.</item>
    /// <item>any other <b>entity</b>: the earliest knowledge time of its own citations and of its parts'
    /// citations; an entity without citations of its own (such as a well-known topic) is always known.</item>
    /// <item>a <b>part</b> (status change, milestone, framing, version, phase, membership): once its entity is
    /// known and, if it has citations, once one of them is. A provision is an entity inside a version: once both are known.</item>
    /// </list>
    /// <para>
    /// A fact is kept when its knowledge time is at or before <paramref name="instant"/>. Knowledge times are
    /// computed from this whole record before anything is removed, so knowing later never removes a fact:
    /// everything in <c>AsKnownAt(t1)</c> is in <c>AsKnownAt(t2)</c> for t1 ≤ t2. References to removed
    /// entities are kept as they are (validation reports them if the result is validated).
    /// </para>
    /// </remarks>
    public static NegotiationRecord AsKnownAt(this NegotiationRecord record, Instant instant, WhenContext context)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(context);
        return new RecordKnowledge(record, context).AsKnownAt(instant);
    }

    /// <summary>Returns an actor's stances on one subject over time, with the points where they shifted.</summary>
    /// <param name="record">The record.</param>
    /// <param name="holder">The actor.</param>
    /// <param name="subject">What the positions are on.</param>
    /// <param name="context">How to resolve the positions' times; <see langword="null"/> for <see cref="TimeContext(NegotiationRecord)"/>.</param>
    /// <returns>The history: the holder's positions on the subject that are not deprecated, in display order; empty when there are none.</returns>
    public static PositionHistory PositionHistory(this NegotiationRecord record, ActorId holder, EntityReference subject, WhenContext? context = null)
    {
        Guard.Against.Null(record);
        return new(holder, subject, DatedPositions(record, holder, subject, context ?? TimeContext(record)));
    }

    /// <summary>
    /// Returns an actor's stances on a proposal and on every proposal it supersedes or derives from (its lineage), as one
    /// history, so that a shift from a stance on a text to a stance on its successor is detected: opposed to the first draft,
    /// in favour of the revision that superseded it.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="holder">The actor.</param>
    /// <param name="proposal">The latest text of the lineage to follow back.</param>
    /// <param name="context">How to resolve the positions' times; <see langword="null"/> for <see cref="TimeContext(NegotiationRecord)"/>.</param>
    /// <returns>
    /// The history, whose <see cref="Timelines.PositionHistory.Subject"/> is <paramref name="proposal"/>: the holder's positions that
    /// are not deprecated on it or on any proposal of its lineage, in display order; each keeps its own subject and version.
    /// </returns>
    /// <remarks>
    /// <para>Opt-in: a stance on a text is no stance on the text that follows it, and <see cref="PositionHistory(NegotiationRecord, ActorId, EntityReference, WhenContext?)"/>
    /// keeps them apart. Following the lineage is a reading the caller chooses, so the record holds no such claim.</para>
    /// <para>The lineage is the proposal's <c>Supersedes</c>, <c>AlsoSupersedes</c> and <c>DerivedFrom</c>, followed back through every proposal the
    /// record holds, each once (a cycle, which validation reports, ends where it closes). Positions on the proposals' provisions are
    /// not included: a provision's history across versions is <see cref="PositionHistory(NegotiationRecord, ActorId, EntityReference, WhenContext?)"/>.</para>
    /// </remarks>
    public static PositionHistory PositionHistoryAcrossLineage(this NegotiationRecord record, ActorId holder, ProposalId proposal, WhenContext? context = null)
    {
        Guard.Against.Null(record);
        var subjects = ProposalLineage.LineageOf(record, proposal).Select(EntityReference.To).ToHashSet();
        return new(holder, EntityReference.To(proposal), DatedPositions(record, holder, subjects.Contains, context ?? TimeContext(record)));
    }

    /// <summary>Returns an actor's position histories on every subject it has taken a position on.</summary>
    /// <param name="record">The record.</param>
    /// <param name="holder">The actor.</param>
    /// <param name="context">How to resolve the positions' times; <see langword="null"/> for <see cref="TimeContext(NegotiationRecord)"/>.</param>
    /// <returns>One history per subject, ordered by the subject's text (<c>kind:id</c>, ordinally); empty when the actor holds no positions.</returns>
    public static ValueList<PositionHistory> PositionHistories(this NegotiationRecord record, ActorId holder, WhenContext? context = null)
    {
        Guard.Against.Null(record);
        var resolved = context ?? TimeContext(record);
        return ValueList.From(record.Positions
            .Where(p => p.Holder == holder && p.Rank != FactRank.Deprecated)
            .Select(p => p.Subject)
            .Distinct()
            .OrderBy(subject => subject.ToString(), StringComparer.Ordinal)
            .Select(subject => new PositionHistory(holder, subject, DatedPositions(record, holder, subject, resolved))));
    }

    private static ValueList<DatedPosition> DatedPositions(NegotiationRecord record, ActorId holder, EntityReference subject, WhenContext context)
        => DatedPositions(record, holder, s => s == subject, context);

    private static ValueList<DatedPosition> DatedPositions(NegotiationRecord record, ActorId holder, Func<EntityReference, bool> isSubject, WhenContext context)
        => ValueList.From(record.Positions
            .Where(p => p.Holder == holder && isSubject(p.Subject) && p.Rank != FactRank.Deprecated)
            .Select(p => new DatedPosition(p, p.When?.Resolve(context) ?? TimeWindow.Unbounded))
            .OrderBy(p => p.Window, TimeWindowComparer.Instance)
            .ThenBy(p => p.Position.Id.Value, StringComparer.Ordinal));
}
