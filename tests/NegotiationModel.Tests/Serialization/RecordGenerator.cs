using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CsCheck;
using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Tests.Proposals;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// CsCheck generators of records built in code, covering every kind of entity, nested value and text the
/// format has to carry (scripts, emoji, quotes, control characters), and of hostile-but-valid variations
/// of their JSON: unknown members anywhere, members in any order.
/// </summary>
internal static class RecordGenerator
{
    // Texts the writer must escape or keep as they are, in several scripts.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abcdefghij KLMNOP\"\\/\n\t<>&'+"], 1, 24].Select(s => "t" + s),
        Gen.OneOf("トランプ", "Дональд Трамп", "Володимир Зеленський", "🇺🇦 and 🇷🇺", "café", "x\u0000y", "a\u2028b", "$['actors'][0]", "\u00e9\u0301"));

    private static readonly Gen<string> Language = Gen.OneOf("en", "ja", "ru", "uk", "de-CH", "zh-Hant-TW");

    private static readonly Gen<string> IdText = Gen.String[Gen.Char["abcxyz0129-._:/"], 0, 12].Select(s => "i" + s);

    // Forms of the When text the sample uses, so that the generated records stay valid as the time model grows.
    private static readonly Gen<When> Whens = Gen.OneOf("2025-12-28", "2025-12-28[Europe/Moscow]!", "2025-12-29", "before(event:miami-meeting)").Select(When.Parse);

    private static readonly Gen<Instant> Instants = Gen.Long[0, 4_000_000_000L * 10_000_000L].Select(Instant.FromUnixTimeTicks);

    private static readonly Gen<LocalizedText> LocalizedTexts = Gen.Select(Text, Language, Gen.Bool, (t, l, o) => new LocalizedText(t, l, o));

    private static readonly Gen<ValueList<LocalizedText>> Texts = LocalizedTexts.Array[1, 3].Select(a => (ValueList<LocalizedText>)[.. a]);

    private static readonly Gen<ValueList<LocalizedText>> OptionalTexts = LocalizedTexts.Array[0, 2].Select(a => (ValueList<LocalizedText>)[.. a]);

    private static readonly Gen<ValueList<ActorId>> ActorIds = IdText.Array[0, 3].Select(a => (ValueList<ActorId>)[.. a.Select(i => new ActorId(i))]);

    private static readonly Gen<Citation> Citations = Gen.Select(IdText, Gen.Int[1, 5].Nullable(), LocalizedTexts.Null(), Gen.Enum<CredibilityGrade>().Nullable(), Instants.Nullable(), Text.Null())
        .Select(c => new Citation(new SourceId(c.Item1)) { Revision = c.Item2, Quote = c.Item3, Credibility = c.Item4, RecordedAt = c.Item5, Notes = c.Item6 });

    private static readonly Gen<ValueList<Citation>> CitationLists = Citations.Array[0, 2].Select(a => (ValueList<Citation>)[.. a]);

    private static readonly Gen<EntityReference> References = Gen.Select(Gen.Enum<EntityKind>(), IdText, (k, i) => new EntityReference(k, i));

    private static readonly Gen<Actor> Actors = Gen.Select(IdText, Gen.Enum<ActorKind>(), Gen.Select(Text, Language, Gen.Enum<NameKind>(), (t, l, k) => new LocalizedName(t, l, k)).Array[1, 3], CitationLists, Text.Null())
        .Select(a => new Actor(new ActorId(a.Item1), a.Item2, [.. a.Item3]) { Citations = a.Item4, Notes = a.Item5 });

    private static readonly Gen<Place> Places = Gen.Select(Text.Null(), Gen.OneOf<string?>("America/New_York", "Europe/Moscow", null), Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], (la, lo) => new GeoCoordinates(la, lo)).Nullable())
        .Select(p => new Place { Name = p.Item1, TimeZone = p.Item2, Coordinates = p.Item3 });

    private static readonly Gen<NegotiationEvent> Events = Gen.Select(IdText, Gen.Enum<EventKind>(), Texts, Whens.Null(), Gen.Long[0, 100_000_000].Select(Duration.FromSeconds).Nullable(), Places.Null(), Gen.Select(IdText, Gen.Enum<ParticipantRole>(), (a, r) => new Participant(new ActorId(a), r)).Array[0, 3], Gen.Select(Gen.Enum<EventStatus>(), Whens, CitationLists, (s, w, c) => new StatusChange<EventStatus>(s, w) { Citations = c }).Array[0, 2])
        .Select(e => new NegotiationEvent(new NegotiationEventId(e.Item1), e.Item2, e.Item3) { When = e.Item4, Duration = e.Item5, Place = e.Item6, Participants = [.. e.Item7], StatusHistory = [.. e.Item8] });

    private static readonly Gen<Statement> Statements = Gen.Select(IdText, ActorIds.Where(a => a.Count > 0), Texts, Gen.Enum<StatementMode>(), Gen.Enum<ActType>().Nullable(), Gen.Enum<Modality>(), References.Array[0, 3], CitationLists)
        .Select(s => new Statement(new StatementId(s.Item1), s.Item2, s.Item3) { Mode = s.Item4, Act = s.Item5, Modality = s.Item6, About = [.. s.Item7], Citations = s.Item8 });

    private static readonly Gen<string> Numbers = Gen.OneOf("2", "5(a)", "point 2", "Article 5", "Strand Two", "Пункт 2");

    /// <summary>Gets a generator of quantities in the format's amount grammar and unit vocabulary, with or without a bound.</summary>
    public static Gen<Quantity> Quantities { get; } = Gen.Select(
            Gen.Long[0, 1_000_000_000_000L], Gen.Byte[0, 3], Gen.OneOf("km", "m", "mm", "km2", "t", "kg", "km/h", "[nmi_i]", "{troop}", "{monitor}", "{heavy-weapon}"), Gen.Enum<QuantityComparator>().Nullable())
        .Select((units, scale, unit, comparator) => new Quantity(new decimal(units) / (decimal)Math.Pow(10, scale), unit) { Comparator = comparator });

    private static readonly Gen<Provision> Provisions = Gen.Select(
            Gen.Select(Gen.OneOf([.. typeof(Provision).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType.Name)]), IdText, Gen.Bool, OptionalTexts),
            Gen.Select(Numbers.Null(), OptionalTexts, Quantities.Null(), Quantities.Null()))
        .Select((p, q) => WithQuantities(ProvisionSamples.Create(p.Item1) with { Id = new ProvisionId(p.Item2), Summary = p.Item4, IsOptional = p.Item3, Number = q.Item1, Title = q.Item2 }, q.Item3, q.Item4));

    private static readonly Gen<Proposal> Proposals = Gen.Select(IdText, Gen.Enum<ProposalKind>(), Texts, Gen.Select(Gen.Int[1, 9], Provisions.Array[0, 4], (n, p) => new ProposalVersion(n) { Provisions = [.. p] }).Array[0, 2], ActorIds)
        .Select(p => new Proposal(new ProposalId(p.Item1), p.Item2, p.Item3) { Versions = [.. p.Item4], Proposers = p.Item5 });

    private static readonly Gen<Money> Amounts = Gen.Select(Gen.Long[0, 1_000_000_000_000_000L], Gen.Byte[0, 4], Gen.OneOf("USD", "EUR", "RUB"), (units, scale, currency) => new Money(new decimal(units) / (decimal)Math.Pow(10, scale), currency));

    private static readonly Gen<Guarantee> Guarantees = Gen.Select(IdText, Gen.Enum<GuaranteeKind>(), ActorIds, Gen.Select(Gen.Enum<FinancialInstrumentKind>(), Amounts.Null(), OptionalTexts, (k, a, d) => new FinancialInstrument(k) { Amount = a, Description = d }).Array[0, 3], Numbers.Null(), OptionalTexts)
        .Select(g => new Guarantee(new GuaranteeId(g.Item1), g.Item2) { Guarantors = g.Item3, Instruments = [.. g.Item4], Number = g.Item5, Title = g.Item6 });

    private static readonly Gen<Position> Positions = Gen.Select(IdText, IdText, References, Gen.Enum<Stance>(), Gen.Enum<FactRank>(), Whens.Null())
        .Select(p => new Position(new PositionId(p.Item1), new ActorId(p.Item2), p.Item3, p.Item4) { Rank = p.Item5, When = p.Item6 });

    private static readonly Gen<Assessment> Assessments = Gen.Select(IdText, Gen.Enum<AssessmentKind>(), Texts, Gen.Select(Gen.Enum<EstimativeProbability>(), LocalizedTexts.Null(), (w, t) => new Likelihood(w, text: t)).Null(), References.Array[0, 2])
        .Select(a => new Assessment(new AssessmentId(a.Item1), a.Item2, a.Item3) { Likelihood = a.Item4, About = [.. a.Item5] });

    private static readonly Gen<Source> Sources = Gen.Select(IdText, Gen.Enum<SourceKind>(), Language.Null(), (i, k, l) => new Source(new SourceId(i), k) { Language = l });

    private static Provision WithQuantities(Provision provision, Quantity? one, Quantity? other) => provision switch
    {
        DemilitarisedZoneProvision zone => zone with { Width = one },
        WeaponsLimitsProvision weapons => weapons with { Calibre = one, Range = other, Distance = other, Count = one },
        DeploymentLimitsProvision deployment => deployment with { Strength = one, Distance = other },
        _ => provision,
    };

    /// <summary>Gets a generator of whole records.</summary>
    public static Gen<NegotiationRecord> Records { get; } = Gen.Select(
            Gen.Select(Text, Text.Null(), Instants.Nullable(), Actors.Array[0, 3], Sources.Array[0, 2]),
            Gen.Select(Events.Array[0, 2], Statements.Array[0, 3], Proposals.Array[0, 2]),
            Gen.Select(Guarantees.Array[0, 2], Positions.Array[0, 2], Assessments.Array[0, 2]))
        .Select((head, middle, tail) => new NegotiationRecord(head.Item1)
        {
            Description = head.Item2,
            LastUpdated = head.Item3,
            Actors = [.. head.Item4],
            Sources = [.. head.Item5],
            Events = [.. middle.Item1],
            Statements = [.. middle.Item2],
            Proposals = [.. middle.Item3],
            Guarantees = [.. tail.Item1],
            Positions = [.. tail.Item2],
            Assessments = [.. tail.Item3],
        });

    /// <summary>Gets a generator of JSON values an unknown member may hold.</summary>
    public static Gen<JsonNode?> UnknownValues { get; } = Gen.OneOf<JsonNode?>(
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Double[-1e6, 1e6].Select(d => (JsonNode?)JsonValue.Create(d)),
        Text.Select(t => (JsonNode?)JsonValue.Create(t)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Const(() => (JsonNode?)null),
        Text.Array[0, 3].Select(a => (JsonNode?)new JsonArray([.. a.Select(t => (JsonNode?)JsonValue.Create(t))])),
        Gen.Select(Text, Gen.Int, (t, i) => (JsonNode?)new JsonObject { ["name"] = t, ["n"] = i, ["nested"] = new JsonObject { ["deep"] = new JsonArray(1, 2) } }));

    /// <summary>
    /// Adds unknown members (named <c>x-…</c>, which the format never uses) to objects of the document chosen
    /// by <paramref name="random"/>, and shuffles the members of every object, as producers that do not order
    /// keys do. Returns how many members it added.
    /// </summary>
    public static int Scramble(JsonNode document, Random random, Func<JsonNode?> unknownValue)
    {
        var added = 0;
        foreach (var node in Objects(document).ToList())
        {
            if (random.NextDouble() < 0.3)
            {
                node["x-" + random.Next(1000)] = unknownValue();
                added++;
            }

            var members = node.ToList();
            node.Clear();
            foreach (var (name, value) in members.OrderBy(_ => random.Next()))
            {
                node[name] = value;
            }
        }

        return added;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, value) in obj.ToList())
                {
                    foreach (var inner in Objects(value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Objects(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
