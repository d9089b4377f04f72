using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Mandates;
using NegotiationModel.Monitoring;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Time;
using NegotiationModel.Topics;
using NegotiationModel.Votes;
using NodaTime;

namespace NegotiationModel.TestData;

/// <summary>
/// Builds valid records of any size, the same for the same size and seed: per 1,000 statements about 60
/// actors, 250 sources (a third revised, each citing an earlier one), 120 events, 30 positions, 10
/// assessments, 4 proposals of 12 provisions, 24 territories with claims and control observations. Texts
/// run to the lengths of real reporting (a 150–400 character statement with a Japanese translation).
/// </summary>
public static class SyntheticRecord
{
    private static readonly string[] Zones = ["Europe/Moscow", "Europe/Kyiv", "America/New_York", "Asia/Tokyo", "Europe/Brussels"];
    private static readonly string[] Words =
    [
        "ceasefire", "referendum", "security", "guarantees", "reconstruction", "territory", "negotiations", "delegation",
        "proposal", "withdrawal", "monitoring", "sanctions", "agreement", "framework", "sovereignty", "elections",
        "humanitarian", "prisoners", "corridor", "infrastructure", "principles", "working", "group", "economic",
    ];

    private static readonly string[] Kana = ["停戦", "国民投票", "安全保障", "保証", "復興", "領土", "交渉", "代表団", "提案", "撤退", "監視", "制裁", "合意"];

    /// <summary>Builds a record with <paramref name="statements"/> statements and everything else in proportion.</summary>
    /// <param name="statements">The number of statements, at least 1.</param>
    /// <param name="seed">The seed; the same seed and size give the same record.</param>
    /// <returns>The record; it validates with no errors.</returns>
    public static NegotiationRecord Generate(int statements, int seed = 20251228)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statements, 1);
        var random = new Random(seed);
        var scale = Math.Max(1, statements / 1000.0);
        var actorCount = (int)Math.Max(8, 60 * scale);
        var sourceCount = (int)Math.Max(4, 250 * scale);
        var eventCount = (int)Math.Max(2, 120 * scale);
        var start = Instant.FromUtc(2022, 2, 1, 0, 0);

        var actors = Enumerable.Range(0, actorCount).Select(i => Actor(random, i)).ToArray();
        var sources = Enumerable.Range(0, sourceCount).Select(i => Source(random, i, start, actorCount)).ToArray();
        var events = Enumerable.Range(0, eventCount).Select(i => Event(random, i, start, actorCount, sourceCount)).ToArray();

        // A source reports a statement after it was made, so a statement cites a source published at least two
        // days after it (a margin for time zones and whole days): otherwise validation finds NM2002.
        var publications = sources
            .Select((source, i) => (Local: ((CalendarWhen)source.Published!).LocalStart, Index: i))
            .OrderBy(p => p.Local)
            .ThenBy(p => p.Index)
            .ToArray();
        var statementList = new Statement[statements];
        for (var i = 0; i < statements; i++)
        {
            statementList[i] = Statement(random, i, start, actorCount, publications, eventCount);
        }

        var territories = Enumerable.Range(0, (int)Math.Max(4, 24 * Math.Min(scale, 40))).Select(Territory).ToArray();
        var proposals = Enumerable.Range(0, (int)Math.Max(1, 4 * scale)).Select(i => Proposal(random, i, start, actorCount, sourceCount, territories.Length)).ToArray();

        return new NegotiationRecord(string.Create(CultureInfo.InvariantCulture, $"Synthetic negotiation ({statements} statements, seed {seed})"))
        {
            Description = "Generated for tests and benchmarks; every fact is invented.",
            Actors = ValueList.From(actors),
            Sources = ValueList.From(sources),
            Events = ValueList.From(events),
            Statements = ValueList.From(statementList),
            Proposals = ValueList.From(proposals),

            // From a generator of their own, so that adding votes left every other entity as it was.
            Votes = ValueList.From(Enumerable.Range(0, (int)Math.Max(1, 2 * scale)).Select(i => Vote(new Random(seed + 1 + i), i, start, actorCount, sourceCount, proposals.Length))),
            Agendas = ValueList.From(Enumerable.Range(0, (int)Math.Max(1, scale)).Select(i => Agenda(new Random(seed + 101 + i), i, start, actorCount, sourceCount, proposals.Length))),
            Territories = ValueList.From(territories),
            Claims = ValueList.From(territories.Select((t, i) => Claim(random, t, i, actorCount, sourceCount))),
            ControlObservations = ValueList.From(territories.Select((t, i) => Control(random, t, i, start, actorCount, sourceCount))),
            Positions = ValueList.From(Enumerable.Range(0, (int)Math.Max(1, 30 * scale)).Select(i => Position(random, i, start, actorCount, sourceCount, proposals.Length, statements))),
            Assessments = ValueList.From(Enumerable.Range(0, (int)Math.Max(1, 10 * scale)).Select(i => Assessment(random, i, actorCount, sourceCount, statements))),
            MonitoringMissions = ValueList.From(Enumerable.Range(0, (int)Math.Max(1, 2 * scale)).Select(i => Mission(random, i, start, actorCount, sourceCount, territories))),

            // From a generator of their own, so that adding mandates left every other entity as it was.
            Mandates = ValueList.From(Enumerable.Range(0, (int)Math.Max(1, 2 * scale)).Select(i => Mandate(new Random(seed + 7919 + i), i, start, actorCount, sourceCount))),
            Topics = WellKnownTopics.All,
        };
    }

    private static ActorId ActorAt(int i) => new(string.Create(CultureInfo.InvariantCulture, $"actor-{i}"));

    private static SourceId SourceAt(int i) => new(string.Create(CultureInfo.InvariantCulture, $"source-{i}"));

    private static Citation Cite(Random random, int sourceCount) => new(SourceAt(random.Next(sourceCount))) { Credibility = (CredibilityGrade)random.Next(1, 7) };

    private static string Sentence(Random random, int minLength, int maxLength)
    {
        var length = random.Next(minLength, maxLength);
        var builder = new System.Text.StringBuilder(length + 16);
        while (builder.Length < length)
        {
            builder.Append(Words[random.Next(Words.Length)]).Append(' ');
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        builder[^1] = '.';
        return builder.ToString();
    }

    private static string Japanese(Random random, int parts) => string.Concat(Enumerable.Range(0, parts).Select(_ => Kana[random.Next(Kana.Length)])) + "。";

    private static When Day(Random random, Instant start, string zone)
    {
        var date = start.Plus(Duration.FromDays(random.Next(0, 1400))).InUtc().Date;
        return When.Parse(string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}[{zone}]"));
    }

    private static When Minute(Random random, Instant start, string zone)
    {
        var local = start.Plus(Duration.FromMinutes(random.Next(0, 1400 * 24 * 60))).InUtc().LocalDateTime;
        return When.Parse(string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-ddTHH:mm}[{zone}]"));
    }

    private static Actor Actor(Random random, int i)
    {
        var kind = (ActorKind)(i % 6 + 1);
        return new Actor(ActorAt(i), kind,
        [
            new LocalizedName(string.Create(CultureInfo.InvariantCulture, $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {i}"), "en"),
            new LocalizedName(Japanese(random, 2), "ja"),
        ])
        {
            OrganisationKind = kind == ActorKind.Organisation ? OrganisationKind.Intergovernmental : null,
            Identifiers = [new ExternalIdentifier(IdentifierSchemes.Wikidata, string.Create(CultureInfo.InvariantCulture, $"Q{100000 + i}"))],
        };
    }

    private static Source Source(Random random, int i, Instant start, int actorCount)
    {
        var zone = Zones[i % Zones.Length];
        var local = start.Plus(Duration.FromMinutes(random.Next(0, 1400 * 24 * 60))).InUtc().LocalDateTime;
        var published = When.Parse(string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-ddTHH:mm}[{zone}]"));
        var revised = local.PlusHours(random.Next(1, 12));
        ValueList<SourceRevision> revisions = i % 3 == 0
            ? [new SourceRevision(1, When.Parse(string.Create(CultureInfo.InvariantCulture, $"{revised:yyyy-MM-ddTHH:mm}[{zone}]")))]
            : [];
        return new Source(SourceAt(i), (SourceKind)(i % 10 + 1))
        {
            Title = [new LocalizedText(Sentence(random, 40, 90), "en")],
            Outlet = ActorAt(random.Next(actorCount)),
            Language = i % 2 == 0 ? "en" : "ja",
            Uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"https://news.example/{i}")),
            Published = published,
            Revisions = revisions,
            Cites = i > 0 && i % 4 == 0 ? [SourceAt(random.Next(i))] : [],
            Reliability = (ReliabilityGrade)random.Next(1, 7),
        };
    }

    private static NegotiationEvent Event(Random random, int i, Instant start, int actorCount, int sourceCount)
    {
        var zone = Zones[random.Next(Zones.Length)];
        return new NegotiationEvent(new NegotiationEventId(string.Create(CultureInfo.InvariantCulture, $"event-{i}")), (EventKind)random.Next(1, 10), [new LocalizedText(Sentence(random, 30, 80), "en")])
        {
            When = random.Next(4) == 0 ? Day(random, start, zone) : Minute(random, start, zone),
            Duration = Duration.FromMinutes(random.Next(15, 240)),
            Place = new Place { Name = "Somewhere", TimeZone = zone },
            Participants = [new Participant(ActorAt(random.Next(actorCount)), ParticipantRole.Principal), new Participant(ActorAt(random.Next(actorCount)), ParticipantRole.Principal)],
            Topics = [WellKnownTopics.All[random.Next(WellKnownTopics.All.Count)].Id],
            Citations = [Cite(random, sourceCount)],
        };
    }

    private static Statement Statement(Random random, int i, Instant start, int actorCount, (LocalDateTime Local, int Index)[] publications, int eventCount)
    {
        var zone = Zones[random.Next(Zones.Length)];
        var wholeDay = random.Next(3) == 0;
        var local = wholeDay
            ? start.Plus(Duration.FromDays(random.Next(0, 1400))).InUtc().LocalDateTime
            : start.Plus(Duration.FromMinutes(random.Next(0, 1400 * 24 * 60))).InUtc().LocalDateTime;
        var first = FirstPublishedAfter(publications, local.PlusDays(wholeDay ? 3 : 2));
        if (first == publications.Length)
        {
            // Said after every source was published: move it back before the last one.
            first = publications.Length - 1;
            local = publications[first].Local.PlusDays(-3);
        }

        var when = When.Parse(wholeDay
            ? string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd}[{zone}]")
            : string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-ddTHH:mm}[{zone}]"));
        var source = SourceAt(publications[first + random.Next(publications.Length - first)].Index);
        return new Statement(
            new StatementId(string.Create(CultureInfo.InvariantCulture, $"statement-{i}")),
            [ActorAt(random.Next(actorCount))],
            [new LocalizedText(Sentence(random, 150, 400), "en", isOriginal: true), new LocalizedText(Japanese(random, 12), "ja")])
        {
            When = when,
            Event = random.Next(3) == 0 ? new NegotiationEventId(string.Create(CultureInfo.InvariantCulture, $"event-{random.Next(eventCount)}")) : null,
            Mode = (StatementMode)random.Next(1, 7),
            Act = (ActType)random.Next(1, 19),
            Modality = (Modality)random.Next(1, 5),
            Topics = [WellKnownTopics.All[random.Next(WellKnownTopics.All.Count)].Id],
            Citations = [new Citation(source) { Credibility = (CredibilityGrade)random.Next(1, 7) }],
        };
    }

    // The index of the first publication at or after a local time; the length when there is none.
    private static int FirstPublishedAfter((LocalDateTime Local, int Index)[] publications, LocalDateTime local)
    {
        var (low, high) = (0, publications.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = publications[middle].Local < local ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private static Territory Territory(int i) => new(
        new TerritoryId(string.Create(CultureInfo.InvariantCulture, $"XA-{i + 10}")),
        TerritoryKind.Region,
        [new LocalizedName(string.Create(CultureInfo.InvariantCulture, $"Region {i}"), "en")])
    {
        Iso3166Code = string.Create(CultureInfo.InvariantCulture, $"XA-{i + 10}"),
    };

    private static TerritorialClaim Claim(Random random, Territory territory, int i, int actorCount, int sourceCount) =>
        new(new TerritorialClaimId(string.Create(CultureInfo.InvariantCulture, $"claim-{i}")), ActorAt(random.Next(actorCount)), territory.Id)
        {
            Bases = [(ClaimBasis)random.Next(1, 8)],
            Citations = [Cite(random, sourceCount)],
        };

    private static ControlObservation Control(Random random, Territory territory, int i, Instant start, int actorCount, int sourceCount) =>
        new(new ControlObservationId(string.Create(CultureInfo.InvariantCulture, $"control-{i}")), territory.Id, ActorAt(random.Next(actorCount)), ControlExtent.Part, Day(random, start, "Europe/Kyiv"))
        {
            Citations = [Cite(random, sourceCount)],
        };

    private static MonitoringMission Mission(Random random, int i, Instant start, int actorCount, int sourceCount, Territory[] territories) =>
        new(new MonitoringMissionId(string.Create(CultureInfo.InvariantCulture, $"mission-{i}")), [new LocalizedName(Sentence(random, 10, 30), "en")])
        {
            ConductedBy = [ActorAt(random.Next(actorCount))],
            Monitors = [EntityReference.To(territories[random.Next(territories.Length)].Id)],
            Methods = [(MonitoringMethod)random.Next(1, 11)],
            MandateStart = Day(random, start, "Europe/Vienna"),
            Funding = [new FundingClaim(ActorAt(random.Next(actorCount)), (FundingClaimKind)random.Next(1, 5)) { ClaimedBy = [ActorAt(random.Next(actorCount))], Citations = [Cite(random, sourceCount)] }],
            Citations = [Cite(random, sourceCount)],
        };

    /// <summary>The mandate of mission i: a first term of a year and up to two renewals, each a year from the day after the last.</summary>
    private static Mandate Mandate(Random random, int i, Instant start, int actorCount, int sourceCount)
    {
        var first = start.Plus(Duration.FromDays(random.Next(0, 1400))).InUtc().Date;
        When Date(LocalDate date) => When.Parse(string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}"));
        var renewals = Enumerable.Range(1, random.Next(0, 3)).Select(n => new MandateRenewal
        {
            Instrument = SourceAt(random.Next(sourceCount)),
            TermStart = Date(first.PlusYears(n)),
            TermEnd = Date(first.PlusYears(n + 1).PlusDays(-1)),
            Citations = [Cite(random, sourceCount)],
        });
        return new Mandate(new MandateId(string.Create(CultureInfo.InvariantCulture, $"mandate-{i}")), EntityReference.To(new MonitoringMissionId(string.Create(CultureInfo.InvariantCulture, $"mission-{i}"))))
        {
            Title = [new LocalizedText(Sentence(random, 10, 30), "en")],
            GrantedBy = [ActorAt(random.Next(actorCount))],
            Instrument = SourceAt(random.Next(sourceCount)),
            Tasks = [new LocalizedText(Sentence(random, 20, 60), "en")],
            TermStart = Date(first),
            TermEnd = Date(first.PlusYears(1).PlusDays(-1)),
            Renewals = ValueList.From(renewals),
            Citations = [Cite(random, sourceCount)],
        };
    }

    private static Proposal Proposal(Random random, int i, Instant start, int actorCount, int sourceCount, int territoryCount)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"proposal-{i}");
        ValueList<Provision> provisions = ValueList.From(Enumerable.Range(0, 16).Select(p => ProvisionOfKind(random, ((i * 16) + p) % ProvisionKinds.Length, new ProvisionId(string.Create(CultureInfo.InvariantCulture, $"{prefix}-p{p}")), actorCount, territoryCount)));
        return new Proposal(new ProposalId(prefix), ProposalKind.PeacePlan, [new LocalizedText(Sentence(random, 20, 60), "en")])
        {
            Proposers = [ActorAt(random.Next(actorCount))],
            Versions = [new ProposalVersion(1) { Provisions = provisions, When = Day(random, start, "Europe/Brussels") }],
            StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Tabled, Day(random, start, "Europe/Brussels"))],
            Citations = [Cite(random, sourceCount)],
        };
    }

    // The kinds of provision in the order the JSON contract declares them: the proposals take them in turn, so that
    // every kind's JSON is exercised in a record of four proposals or more.
    private static readonly Type[] ProvisionKinds = [.. typeof(Provision).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(attribute => attribute.DerivedType)];

    private static Provision ProvisionOfKind(Random random, int kind, ProvisionId id, int actorCount, int territoryCount)
    {
        var summary = ValueList.Create(new LocalizedText(Sentence(random, 60, 160), "en"));
        var territory = new TerritoryId(string.Create(CultureInfo.InvariantCulture, $"XA-{random.Next(territoryCount) + 10}"));
        Provision provision = ProvisionKinds[kind].Name switch
        {
            nameof(CeasefireProvision) => new CeasefireProvision(id) { IsTemporary = true },
            nameof(EndOfHostilitiesProvision) => new EndOfHostilitiesProvision(id),
            nameof(ForceWithdrawalProvision) => new ForceWithdrawalProvision(id, ActorAt(random.Next(actorCount)), WithdrawalExtent.Complete) { From = [territory] },
            nameof(DemilitarisedZoneProvision) => new DemilitarisedZoneProvision(id) { Monitors = [ActorAt(random.Next(actorCount))], MonitoringMethods = [MonitoringMethod.Patrols] },
            nameof(NeutralityProvision) => new NeutralityProvision(id, ActorAt(random.Next(actorCount))),
            nameof(SecurityGuaranteeProvision) => new SecurityGuaranteeProvision(id) { Guarantors = [ActorAt(random.Next(actorCount))] },
            nameof(ReconstructionFinancingProvision) => new ReconstructionFinancingProvision(id) { Lenders = [ActorAt(random.Next(actorCount))], Amount = new Money(random.Next(1, 100) * 100_000_000m, "USD") },
            nameof(ReferendumProvision) => new ReferendumProvision(id) { Question = summary },
            nameof(TransitionalGovernmentProvision) => new TransitionalGovernmentProvision(id),
            nameof(ElectionsProvision) => new ElectionsProvision(id),
            nameof(DeploymentLimitsProvision) => new DeploymentLimitsProvision(id) { Limits = summary },
            nameof(WeaponsLimitsProvision) => new WeaponsLimitsProvision(id) { Limits = summary },
            nameof(SanctionsReliefProvision) => new SanctionsReliefProvision(id),
            nameof(PrisonerExchangeProvision) => new PrisonerExchangeProvision(id),
            nameof(BorderSettlementProvision) => new BorderSettlementProvision(id) { Deferred = true },
            _ => (Provision)Activator.CreateInstance(ProvisionKinds[kind], id)!,
        };
        return provision with { Summary = summary, Territories = [territory], Depth = (ProvisionDepth)random.Next(1, 4) };
    }

    /// <summary>A popular or legislative vote on a proposal, its shares computed from its counts as a source rounds them.</summary>
    private static Agenda Agenda(Random random, int i, Instant start, int actorCount, int sourceCount, int proposalCount)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"agenda-{i}");
        var agreed = start.Plus(Duration.FromDays(random.Next(0, 400)));
        When DayOf(Instant instant) => When.Parse(string.Create(CultureInfo.InvariantCulture, $"{instant.InUtc().Date:yyyy-MM-dd}[Europe/Kyiv]"));
        return new Agenda(new AgendaId(id), [new LocalizedText(Sentence(random, 10, 40), "en")])
        {
            AgreedBy = [ActorAt(random.Next(actorCount)), ActorAt(random.Next(actorCount))],
            When = DayOf(agreed),
            Citations = [Cite(random, sourceCount)],
            Items = ValueList.From(Enumerable.Range(1, random.Next(3, 7)).Select(k =>
            {
                var discussed = agreed.Plus(Duration.FromDays(random.Next(1, 300)));
                var settled = discussed.Plus(Duration.FromDays(random.Next(0, 300)));
                return new AgendaItem(new AgendaItemId(string.Create(CultureInfo.InvariantCulture, $"{id}-point-{k}")), [new LocalizedText(Sentence(random, 10, 40), "en")])
                {
                    Number = string.Create(CultureInfo.InvariantCulture, $"point {k}"),
                    SettledBy = [new ProposalId(string.Create(CultureInfo.InvariantCulture, $"proposal-{random.Next(proposalCount)}"))],
                    StatusHistory =
                    [
                        new StatusChange<AgendaItemStatus>(AgendaItemStatus.UnderDiscussion, DayOf(discussed)),
                        new StatusChange<AgendaItemStatus>(AgendaItemStatus.Agreed, DayOf(settled)) { Citations = [Cite(random, sourceCount)] },
                    ],
                };
            })),
        };
    }

    private static Vote Vote(Random random, int i, Instant start, int actorCount, int sourceCount, int proposalCount)
    {
        var popular = i % 2 == 0;
        var eligible = popular ? random.Next(1_000_000, 40_000_000) : random.Next(50, 400);
        var cast = random.Next(eligible / 4, eligible + 1);
        var yes = random.Next(0, cast + 1);
        var no = cast - yes;
        double Share(int part) => cast == 0 ? 0 : Math.Round(100.0 * part / cast, 2);
        return new Vote(new VoteId(string.Create(CultureInfo.InvariantCulture, $"vote-{i}")), popular ? VoteKind.Referendum : VoteKind.Legislative)
        {
            Title = [new LocalizedText(Sentence(random, 10, 40), "en")],
            Body = popular ? null : ActorAt(random.Next(actorCount)),
            Electorate = popular ? [new LocalizedText("Registered voters", "en")] : [],
            When = Day(random, start, "Europe/Kyiv"),
            Proposal = new ProposalId(string.Create(CultureInfo.InvariantCulture, $"proposal-{random.Next(proposalCount)}")),
            Threshold = popular ? new VoteThreshold { Share = 25, Of = ThresholdBase.Eligible } : null,
            Binding = popular ? random.Next(2) == 0 : null,
            Results =
            [
                new VoteResult
                {
                    Counts = [new VoteCount(VoteChoice.Yes) { Count = yes, Share = Share(yes) }, new VoteCount(VoteChoice.No) { Count = no, Share = Share(no) }],
                    Eligible = eligible,
                    Cast = cast,
                    Turnout = Math.Round(100.0 * cast / eligible, 2),
                    Outcome = yes > no ? VoteOutcome.Approved : VoteOutcome.Rejected,
                    Citations = [Cite(random, sourceCount)],
                },
            ],
        };
    }

    private static Position Position(Random random, int i, Instant start, int actorCount, int sourceCount, int proposalCount, int statementCount) =>
        new(new PositionId(string.Create(CultureInfo.InvariantCulture, $"position-{i}")), ActorAt(random.Next(actorCount)),
            EntityReference.To(new ProposalId(string.Create(CultureInfo.InvariantCulture, $"proposal-{random.Next(proposalCount)}"))), (Stance)random.Next(1, 6))
        {
            When = Day(random, start, "Europe/Moscow"),
            Evidence = [new StatementId(string.Create(CultureInfo.InvariantCulture, $"statement-{random.Next(statementCount)}"))],
            Citations = [Cite(random, sourceCount)],
        };

    private static Assessment Assessment(Random random, int i, int actorCount, int sourceCount, int statementCount) =>
        new(new AssessmentId(string.Create(CultureInfo.InvariantCulture, $"assessment-{i}")), (AssessmentKind)random.Next(1, 6), [new LocalizedText(Sentence(random, 20, 60), "en")])
        {
            Authors = [ActorAt(random.Next(actorCount))],
            Text = [new LocalizedText(Sentence(random, 300, 900), "en")],
            Likelihood = new Likelihood(EstimativeProbability.Likely),
            About = [EntityReference.To(new StatementId(string.Create(CultureInfo.InvariantCulture, $"statement-{random.Next(statementCount)}")))],
            Citations = [Cite(random, sourceCount)],
        };
}
