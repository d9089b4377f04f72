using CsCheck;
using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
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
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Tests.Robustness;

/// <summary>
/// CsCheck generator of whole records that are valid by construction: identifiers unique per kind, every
/// reference resolves to an entity of the right kind, citations name sources the record holds (without
/// revisions), languages are BCP 47, currencies ISO 4217, amounts positive, guarantees have guarantors and
/// beneficiaries, at most one status per history, phases depend only on earlier phases of their proposal and
/// list its own provisions, claims and control observations name territories the record holds. Unlike Serialization/RecordGenerator (which covers shapes
/// and texts freely), these records must validate with no errors.
/// </summary>
internal static class ValidRecordGenerator
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abcdefghij KLMNOP\"\\/\t<>&'+"], 1, 24].Select(s => "t" + s),
        Gen.OneOf("トランプ", "Дональд Трамп", "Володимир Зеленський", "🇺🇦 and 🇷🇺", "café", "a\u2028b"));

    private static readonly Gen<string> Language = Gen.OneOf("en", "ja", "ru", "uk", "de-CH", "zh-Hant-TW");

    /// <summary>A plain date, days after 1 January 2014: mandates' terms follow each other by day.</summary>
    private static When Date(int days) => When.Parse(new NodaTime.LocalDate(2014, 1, 1).PlusDays(days).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<When> Whens = Gen.OneOf("2025-12-28", "2025-12-28[Europe/Moscow]!", "2025-12-27", "2025-12").Select(When.Parse);

    private static readonly Gen<ValueList<LocalizedText>> Texts = Gen.Select(Text, Language, (t, l) => new LocalizedText(t, l)).Array[1, 2].Select(a => (ValueList<LocalizedText>)[.. a]);

    private static readonly Gen<ValueList<LocalizedName>> Names = Gen.Select(Text, Language, (t, l) => new LocalizedName(t, l)).Array[1, 2].Select(a => (ValueList<LocalizedName>)[.. a]);

    /// <summary>Gets the generator.</summary>
    public static Gen<NegotiationRecord> Records { get; } =
        from actorCount in Gen.Int[1, 5]
        from sourceCount in Gen.Int[1, 3]
        from actors in Gen.Select(Gen.Enum<ActorKind>(), Names).Array[actorCount]
        from sources in Gen.Select(Gen.Enum<SourceKind>(), Language.Null()).Array[sourceCount]
        from statements in Gen.Select(Gen.Int[0, actorCount - 1].Array[1, 2], Texts, Gen.Int[0, sourceCount - 1], Gen.Enum<StatementMode>(), Whens.Null()).Array[0, 4]
        from events in Gen.Select(Gen.Enum<EventKind>(), Texts, Gen.Select(Gen.Int[0, actorCount - 1], Gen.Enum<ParticipantRole>()).Array[0, 2], Whens.Null()).Array[0, 3]
        from proposals in Gen.Select(Gen.Enum<ProposalKind>(), Texts, Gen.Int[0, actorCount - 1].Array[0, 2], Gen.Int[0, 3], Gen.Int[0, 3]).Array[0, 2]
        from guarantees in Gen.Select(Gen.Enum<GuaranteeKind>(), Gen.Int[0, actorCount - 1], Gen.Int[0, actorCount - 1], Gen.Long[1, 1_000_000_000L], Gen.OneOf("USD", "EUR", "JPY")).Array[0, 2]
        from positions in Gen.Select(Gen.Int[0, actorCount - 1], Gen.Int[0, actorCount - 1], Gen.Enum<Stance>(), Whens.Null()).Array[0, 3]
        from territories in Gen.Select(Gen.Enum<TerritoryKind>(), Names).Array[0, 2]
        from topics in Names.Array[0, 2]
        from groups in Gen.Select(Names, Gen.Select(Gen.Int[0, actorCount - 1], Gen.Enum<WorkingGroupRole>()).Array[0, 3], Texts).Array[0, 2]
        from claims in Gen.Select(Gen.Int[0, actorCount - 1], Gen.Int[0, 9], Gen.Enum<ClaimExtent>(), Whens.Null()).Array[0, 3]
        from observations in Gen.Select(Gen.Int[0, actorCount - 1], Gen.Int[0, 9], Gen.Enum<ControlExtent>(), Whens).Array[0, 3]
        from lines in Gen.Select(Gen.Enum<LineKind>(), Names, Gen.Int[0, 9].Array[0, 2], Whens.Null()).Array[0, 2]
        from assessments in Gen.Select(Gen.Enum<AssessmentKind>(), Texts, Gen.Int[0, actorCount - 1].Array[0, 2], Whens.Null()).Array[0, 2]
        from missions in Gen.Select(Names, Gen.Int[0, actorCount - 1], Gen.Enum<MonitoringMethod>().Array[0, 2], Gen.Enum<FundingClaimKind>()).Array[0, 2]
        from votes in Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Bool, Whens.Null()).Array[0, 2]
        from agendas in Gen.Select(Texts, Gen.Int[0, 3], Whens.Null()).Array[0, 2]
        from mandates in Gen.Select(Gen.Int[0, 3000], Gen.Int[0, 400], Gen.Int[0, actorCount - 1], Gen.Bool).Array[0, 2]
        from title in Text
        select new NegotiationRecord(title)
        {
            Actors = [.. actors.Select((a, i) => new Actor(new ActorId($"a{i}"), a.Item1, a.Item2))],
            Sources = [.. sources.Select((s, i) => new Source(new SourceId($"src{i}"), s.Item1) { Language = s.Item2 })],
            Statements = [.. statements.Select((s, i) => new Statement(new StatementId($"st{i}"), [.. s.Item1.Distinct().Select(a => new ActorId($"a{a}"))], s.Item2)
            {
                Citations = [new Citation(new SourceId($"src{s.Item3}"))],
                Mode = s.Item4,
                When = s.Item5,
            })],
            Events = [.. events.Select((e, i) => new NegotiationEvent(new NegotiationEventId($"e{i}"), e.Item1, e.Item2)
            {
                Participants = [.. e.Item3.DistinctBy(p => p.Item1).Select(p => new Participant(new ActorId($"a{p.Item1}"), p.Item2))],
                When = e.Item4,
            })],
            Proposals = [.. proposals.Select((p, i) => new Proposal(new ProposalId($"p{i}"), p.Item1, p.Item2)
            {
                Proposers = [.. p.Item3.Distinct().Select(a => new ActorId($"a{a}"))],
                Versions = p.Item4 == 0 ? [] : [new ProposalVersion(1)
                {
                    Provisions = [.. Enumerable.Range(0, p.Item4).Select(k => k % 2 == 0
                        ? (Provision)new CeasefireProvision(new ProvisionId($"p{i}-prov{k}")) { Parties = [.. p.Item3.Distinct().Select(a => new ActorId($"a{a}"))] }
                        : new ElectionsProvision(new ProvisionId($"p{i}-prov{k}")) { State = new ActorId("a0") })],
                }],
                Phases = [.. Enumerable.Range(0, p.Item5).Select(k => new Phase(new PhaseId($"p{i}-phase{k}"), k + 1, p.Item2)
                {
                    DependsOn = k == 0 ? [] : [new PhaseId($"p{i}-phase{k - 1}")],
                    Provisions = k < p.Item4 ? [new ProvisionId($"p{i}-prov{k}")] : [],
                })],
            })],
            Guarantees = [.. guarantees.Select((g, i) => new Guarantee(new GuaranteeId($"g{i}"), g.Item1)
            {
                Guarantors = [new ActorId($"a{g.Item2}")],
                Beneficiaries = [new ActorId($"a{g.Item3}")],
                Instruments = [new FinancialInstrument(FinancialInstrumentKind.Loan) { Amount = new Money(g.Item4, g.Item5) }],
            })],
            MonitoringMissions = [.. missions.Select((m, i) => new MonitoringMission(new MonitoringMissionId($"mm{i}"), m.Item1)
            {
                ConductedBy = [new ActorId($"a{m.Item2}")],
                Methods = [.. m.Item3.Distinct()],
                Monitors = territories.Length == 0 ? [] : [EntityReference.To(new TerritoryId("T0"))],
                Funding = [new FundingClaim(new ActorId($"a{m.Item2}"), m.Item4) { ClaimedBy = [new ActorId("a0")] }],
            })],
            Positions = [.. positions.Select((p, i) => new Position(new PositionId($"pos{i}"), new ActorId($"a{p.Item1}"), EntityReference.To(new ActorId($"a{p.Item2}")), p.Item3) { When = p.Item4 })],
            Territories = [.. territories.Select((t, i) => new Territory(new TerritoryId($"T{i}"), t.Item1, t.Item2))],
            Topics = [.. topics.Select((t, i) => new Topic(new TopicId($"topic{i}"), t))],
            WorkingGroups = [.. groups.Select((g, i) => new WorkingGroup(new WorkingGroupId($"wg{i}"), g.Item1)
            {
                Members = [.. g.Item2.DistinctBy(m => m.Item1).Select(m => new WorkingGroupMember(new ActorId($"a{m.Item1}"), m.Item2))],
                Mandate = g.Item3,
            })],
            Claims = territories.Length == 0 ? [] : [.. claims.Select((c, i) => new TerritorialClaim(new TerritorialClaimId($"claim{i}"), new ActorId($"a{c.Item1}"), new TerritoryId($"T{c.Item2 % territories.Length}"))
            {
                Extent = c.Item3,
                Since = c.Item4,
            })],
            ControlObservations = territories.Length == 0 ? [] : [.. observations.Select((o, i) => new ControlObservation(new ControlObservationId($"ctl{i}"), new TerritoryId($"T{o.Item2 % territories.Length}"), new ActorId($"a{o.Item1}"), o.Item3, o.Item4))],
            Lines = [.. lines.Select((l, i) => new NamedLine(new NamedLineId($"line{i}"), l.Item1, l.Item2)
            {
                Territories = territories.Length == 0 ? [] : [.. l.Item3.Select(t => new TerritoryId($"T{t % territories.Length}")).Distinct()],
                When = l.Item4,
            })],
            Mandates = [.. mandates.Select((m, i) => new Mandate(new MandateId($"mandate{i}"), m.Item4 && missions.Length > 0 ? EntityReference.To(new MonitoringMissionId("mm0")) : EntityReference.To(new ActorId($"a{m.Item3}")))
            {
                GrantedBy = [new ActorId("a0")],
                TermStart = Date(m.Item1),
                TermEnd = Date(m.Item1 + m.Item2),
                Renewals = [new MandateRenewal { TermStart = Date(m.Item1 + m.Item2 + 1), TermEnd = Date(m.Item1 + (2 * m.Item2) + 1) }],
            })],
            Votes = [.. votes.Select((v, i) => new Vote(new VoteId($"vote{i}"), v.Item3 ? VoteKind.Legislative : VoteKind.Referendum)
            {
                Body = v.Item3 ? new ActorId("a0") : null,
                When = v.Item4,
                Proposal = proposals.Length == 0 ? null : new ProposalId("p0"),
                Results = [new VoteResult { Counts = [new VoteCount(VoteChoice.Yes) { Count = v.Item1 }, new VoteCount(VoteChoice.No) { Count = v.Item2 }], Valid = v.Item1 + v.Item2 }],
            })],
            Agendas = [.. agendas.Select((a, i) => new Agenda(new AgendaId($"agenda{i}"), a.Item1)
            {
                AgreedBy = [new ActorId("a0")],
                AgreedIn = proposals.Length == 0 ? null : new ProposalId("p0"),
                When = a.Item3,
                Items = [.. Enumerable.Range(0, a.Item2).Select(k => new AgendaItem(new AgendaItemId($"agenda{i}-item{k}"), a.Item1)
                {
                    Number = $"point {k + 1}",
                    SettledBy = proposals.Length == 0 ? [] : [new ProposalId("p0")],
                    StatusHistory = a.Item3 is null ? [] :
                    [
                        new StatusChange<AgendaItemStatus>(AgendaItemStatus.UnderDiscussion, a.Item3),
                        new StatusChange<AgendaItemStatus>(AgendaItemStatus.Agreed, a.Item3),
                    ],
                })],
            })],
            Assessments = [.. assessments.Select((a, i) => new Assessment(new AssessmentId($"as{i}"), a.Item1, a.Item2)
            {
                Authors = [.. a.Item3.Distinct().Select(x => new ActorId($"a{x}"))],
                About = statements.Length == 0 ? [EntityReference.To(new ActorId("a0"))] : [EntityReference.To(new StatementId("st0"))],
                When = a.Item4,
            })],
        };
}
