using CsCheck;
using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Time;
using NegotiationModel.WorkingGroups;
using NodaTime;

namespace NegotiationModel.Tests.Robustness;

/// <summary>
/// CsCheck generators of attempts to build a record through the public API only, leaning on edge values: default
/// identifiers and references, empty, blank and odd texts (noncharacters, lone surrogates, NUL, very long), the
/// ends of the time range, extreme numbers and amounts, empty lists and lists holding defaults. An attempt is a
/// function, so that a test can tell construction refusing (it throws) from construction accepting.
/// </summary>
internal static class EdgeRecordGenerator
{
    // Edge values are rare enough that most attempts build a record, so the property sees them written and read.
    private static readonly Gen<string> Texts = Gen.Frequency(
        (12, Gen.OneOf("x", "Donald Trump", "\uFFFE", "\uFFFF", "a\uFDD0b", "\U0010FFFF", "\U0001F1FA\U0001F1E6", "nul\u0000", "e\u0301", "\"\\</script>", new string('w', 3000))),
        (1, Gen.OneOf(string.Empty, " ", "\t\n", "a\uD800b", "\uDC00")));

    private static readonly Gen<string?> OptionalTexts = Gen.OneOf(Texts.Select(t => (string?)t), Gen.Const((string?)null));

    private static readonly Gen<string> Languages = Gen.Frequency((12, Gen.OneOf("en", "ja", "zh-Hant-TW", "x\uFFFE")), (1, Gen.OneOf(string.Empty, " ")));

    // null stands for the default identifier.
    private static readonly Gen<string?> IdTexts = Gen.Frequency((20, Gen.OneOf<string?>("a", "b-1", "z.9:/_")), (1, Gen.Const((string?)null)));

    // null stands for none, the empty text for the default identifier.
    private static readonly Gen<string?> OptionalIdTexts = Gen.Frequency((10, Gen.OneOf<string?>("a", null)), (1, Gen.Const((string?)string.Empty)));

    private static readonly Gen<When> Whens = Gen.OneOf(
        "2025-12-28", "9999-12-31T23:59Z", "9999-12-31Tevening[UTC]", "9999-12-31", "0001-01-01",
        "0001-01-01T00:00+14:00", "9999-12-31T23:59:59-14:00", "2025-12-28[Europe/Moscow]!").Select(When.Parse);

    private static readonly Gen<Instant> Instants = Gen.OneOf(
        Gen.Const(Instant.MinValue), Gen.Const(Instant.MaxValue), Gen.Const(Instant.FromUnixTimeTicks(0)), Gen.Const(Instant.FromUnixTimeTicks(1)),
        Gen.Long[-100_000_000_000_000_000L, 100_000_000_000_000_000L].Select(Instant.FromUnixTimeTicks));

    private static readonly Gen<Duration> Durations = Gen.OneOf(
        Gen.Const(Duration.Zero), Gen.Const(Duration.Epsilon), Gen.Const(-Duration.Epsilon), Gen.Const(Duration.MaxValue), Gen.Const(Duration.MinValue),
        Gen.Const(Duration.FromDays(100_000)), Gen.Const(Duration.FromNanoseconds(123_456_789)));

    private static readonly Gen<double> Doubles = Gen.Frequency((3, Gen.Double[0, 1]), (1, Gen.OneOf(
        Gen.Const(0d), Gen.Const(-0d), Gen.Const(0.5), Gen.Const(1d), Gen.Const(90d), Gen.Const(-180d), Gen.Const(180.0000001),
        Gen.Const(double.Epsilon), Gen.Const(1e-300), Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.MaxValue),
        Gen.Double[-180, 180])));

    private static readonly Gen<decimal> Amounts = Gen.OneOf(
        Gen.Const(0m), Gen.Const(decimal.MaxValue), Gen.Const(decimal.MinValue), Gen.Const(0.0000000000000000000000000001m), Gen.Const(1.10m),
        Gen.Const(-5m), Gen.Long.Select(l => new decimal(l) / 1000));

    private static readonly Gen<Func<ValueList<ActorId>>> ActorIdLists = IdTexts.Array[1, 2].Select(ids => (Func<ValueList<ActorId>>)(() => [.. ids.Select(Actor)]));

    private static readonly Gen<Func<EntityReference>> References = Gen.Select(Gen.Frequency((10, Gen.Int[1, 16]), (1, Gen.OneOf(0, 99))), IdTexts).Select(r =>
        (Func<EntityReference>)(() => r.Item2 is null ? default : new EntityReference((EntityKind)r.Item1, r.Item2)));

    private static readonly Gen<Func<LocalizedText>> LocalizedTexts = Gen.Select(Texts, Languages, Gen.Bool)
        .Select(t => (Func<LocalizedText>)(() => new LocalizedText(t.Item1, t.Item2, t.Item3)));

    private static readonly Gen<Func<ValueList<LocalizedText>>> TextLists = Gen.Frequency((8, LocalizedTexts.Array[1, 2]), (1, LocalizedTexts.Array[0])).Select(a => (Func<ValueList<LocalizedText>>)(() => [.. a.Select(f => f())]));

    private static readonly Gen<Func<ValueList<LocalizedName>>> NameLists = Gen.Frequency((8, Gen.Select(Texts, Languages, Gen.Enum<NameKind>()).Array[1, 2]), (1, Gen.Select(Texts, Languages, Gen.Enum<NameKind>()).Array[0]))
        .Select(a => (Func<ValueList<LocalizedName>>)(() => [.. a.Select(n => new LocalizedName(n.Item1, n.Item2, n.Item3))]));

    private static readonly Gen<Func<Citation>> Citations = Gen.Select(IdTexts, Gen.Int[-1, 2].Nullable(), Instants.Nullable(), OptionalTexts)
        .Select(c => (Func<Citation>)(() => new Citation(Source(c.Item1)) { Revision = c.Item2, RecordedAt = c.Item3, Locator = c.Item4 }));

    private static readonly Gen<Func<Actor>> Actors = Gen.Select(IdTexts, NameLists, OptionalIdTexts, Citations.Array[0, 2], Whens.Null(), OptionalTexts)
        .Select(a => (Func<Actor>)(() => new Actor(Actor(a.Item1), ActorKind.State, a.Item2())
        {
            Parent = a.Item3 is null ? null : Actor(a.Item3.Length == 0 ? null : a.Item3),
            Citations = [.. a.Item4.Select(f => f())],
            ExistsFrom = a.Item5,
            Notes = a.Item6,
        }));

    private static readonly Gen<Func<Place>> Places = Gen.Select(OptionalTexts, Gen.OneOf<string?>("Europe/Kyiv", "UTC", "Not/AZone", null), Doubles, Doubles, Gen.Bool, IdTexts)
        .Select(p => (Func<Place>)(() => new Place
        {
            Name = p.Item1,
            TimeZone = p.Item2,
            Coordinates = p.Item5 ? new GeoCoordinates(p.Item3, p.Item4) : null,
            Territory = p.Item6 is null ? default(TerritoryId) : new TerritoryId(p.Item6),
        }));

    private static readonly Gen<Func<NegotiationEvent>> Events = Gen.Select(IdTexts, TextLists, Whens.Null(), Durations.Nullable(), Places.Null(0.7), IdTexts.Array[0, 2])
        .Select(e => (Func<NegotiationEvent>)(() => new NegotiationEvent(Event(e.Item1), EventKind.Meeting, e.Item2())
        {
            When = e.Item3,
            Duration = e.Item4,
            Place = e.Item5?.Invoke(),
            Participants = [.. e.Item6.Select(a => new Participant(Actor(a), ParticipantRole.Host))],
        }));

    private static readonly Gen<Func<Statement>> Statements = Gen.Select(IdTexts, ActorIdLists, TextLists, References.Array[0, 2], ActorIdLists, Whens.Null(), OptionalTexts)
        .Select(s => (Func<Statement>)(() => new Statement(new StatementId(s.Item1!), s.Item2(), s.Item3())
        {
            About = [.. s.Item4.Select(f => f())],
            Audience = s.Item5(),
            When = s.Item6,
            Notes = s.Item7,
        }));

    private static readonly Gen<Func<WorkingGroup>> WorkingGroups = Gen.Select(IdTexts, NameLists, ActorIdLists, ActorIdLists, IdTexts.Array[0, 2])
        .Select(w => (Func<WorkingGroup>)(() => new WorkingGroup(new WorkingGroupId(w.Item1!), w.Item2())
        {
            ProposedBy = w.Item3(),
            AcceptedBy = w.Item4(),
            Members = [.. w.Item5.Select(a => new WorkingGroupMember(Actor(a), WorkingGroupRole.Member))],
        }));

    private static readonly Gen<Func<Source>> Sources = Gen.Select(IdTexts, OptionalIdTexts, Gen.OneOf<string?>("en", string.Empty, null), Whens.Null(), Gen.Int[-1, 2])
        .Select(s => (Func<Source>)(() => new Source(Source(s.Item1), SourceKind.NewsReport)
        {
            Outlet = s.Item2 is null ? null : Actor(s.Item2.Length == 0 ? null : s.Item2),
            Language = s.Item3,
            Published = s.Item4,
            Revisions = s.Item5 < 0 ? [] : [new SourceRevision(s.Item5, When.Parse("2025-12-28"))],
        }));

    private static readonly Gen<Func<Guarantee>> Guarantees = Gen.Select(IdTexts, ActorIdLists, Amounts, Gen.OneOf("USD", "usd", string.Empty, "\uFFFE"), Gen.Bool)
        .Select(g => (Func<Guarantee>)(() => new Guarantee(new GuaranteeId(g.Item1!), GuaranteeKind.Financial)
        {
            Guarantors = g.Item2(),
            Instruments = [new FinancialInstrument(FinancialInstrumentKind.Loan) { Amount = g.Item5 ? new Money(g.Item3, g.Item4) : null }],
        }));

    private static readonly Gen<Func<Position>> Positions = Gen.Select(IdTexts, IdTexts, References, Gen.Enum<Stance>(), Whens.Null())
        .Select(p => (Func<Position>)(() => new Position(new PositionId(p.Item1!), Actor(p.Item2), p.Item3(), p.Item4) { When = p.Item5 }));

    private static readonly Gen<Func<Assessment>> Assessments = Gen.Select(IdTexts, TextLists, Gen.Enum<EstimativeProbability>().Nullable(), Doubles.Nullable(0.7), Doubles.Nullable(0.7), References.Array[0, 2])
        .Select(a => (Func<Assessment>)(() => new Assessment(new AssessmentId(a.Item1!), AssessmentKind.Forecast, a.Item2())
        {
            Likelihood = a.Item3 is null && a.Item4 is null && a.Item5 is null ? null : new Likelihood(a.Item3, a.Item4, a.Item5),
            About = [.. a.Item6.Select(f => f())],
        }));

    /// <summary>Gets a generator of attempts to build a whole record; calling one either throws or returns the record.</summary>
    public static Gen<Func<NegotiationRecord>> Attempts { get; } = Gen.Select(
            Gen.Select(Texts, OptionalTexts, Instants.Nullable(), Actors.Array[0, 2], Sources.Array[0, 1]),
            Gen.Select(Events.Array[0, 2], Statements.Array[0, 2], WorkingGroups.Array[0, 1]),
            Gen.Select(Guarantees.Array[0, 1], Positions.Array[0, 1], Assessments.Array[0, 1]))
        .Select((head, middle, tail) => (Func<NegotiationRecord>)(() => new NegotiationRecord(head.Item1)
        {
            Description = head.Item2,
            LastUpdated = head.Item3,
            Actors = [.. head.Item4.Select(f => f())],
            Sources = [.. head.Item5.Select(f => f())],
            Events = [.. middle.Item1.Select(f => f())],
            Statements = [.. middle.Item2.Select(f => f())],
            WorkingGroups = [.. middle.Item3.Select(f => f())],
            Guarantees = [.. tail.Item1.Select(f => f())],
            Positions = [.. tail.Item2.Select(f => f())],
            Assessments = [.. tail.Item3.Select(f => f())],
        }));

    private static ActorId Actor(string? id) => id is null ? default : new ActorId(id);

    private static SourceId Source(string? id) => id is null ? default : new SourceId(id);

    private static NegotiationEventId Event(string? id) => id is null ? default : new NegotiationEventId(id);
}
