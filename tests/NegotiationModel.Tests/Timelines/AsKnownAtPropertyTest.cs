using CsCheck;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.WorkingGroups;
using NodaTime;

namespace NegotiationModel.Tests.Timelines;

/// <summary>Properties of <see cref="NegotiationRecord.AsKnownAt(Instant)"/> on generated records, with CsCheck.</summary>
public sealed class AsKnownAtPropertyTest
{
    private const int Iterations = 300;

    private static readonly Instant Start = Instant.FromUtc(2025, 12, 26, 0, 0);

    private static readonly Gen<Instant> GenInstant = Gen.Int[-12, 8 * 24].Select(hours => Start + Duration.FromHours(hours));

    private static readonly Gen<When?> GenWhen = Gen.Frequency(
        (4, Gen.Int[0, 7 * 24].Select(hours => (When?)CalendarWhen.OfInstant(Start + Duration.FromHours(hours)))),
        (2, Gen.Int[26, 31].Select(day => (When?)When.Parse($"2025-12-{day}"))),
        (1, Gen.Int[26, 31].Select(day => (When?)When.Parse($"../2025-12-{day}"))),
        (1, Gen.Int[26, 31].Select(day => (When?)When.Parse($"2025-12-{day}[Asia/Tokyo]~/.."))),
        (1, Gen.Int[0, 4].Select(source => (When?)When.Parse($"after(source:s{source}, PT{source + 1}H)"))),
        (1, Gen.Const((When?)null)));

    private static readonly Gen<Citation> GenCitation =
        from source in Gen.Int[0, 4]
        from revision in Gen.Frequency((3, Gen.Const((int?)null)), (2, Gen.Int[1, 3].Select(n => (int?)n)))
        from recorded in Gen.Frequency((2, GenInstant.Select(i => (Instant?)i)), (3, Gen.Const((Instant?)null)))
        select new Citation(new SourceId($"s{source}")) { Revision = revision, RecordedAt = recorded };

    private static readonly Gen<ValueList<Citation>> GenCitations = GenCitation.Array[0, 3].Select(ValueList.From);

    private static readonly Gen<Source[]> GenSources =
        Gen.Select(GenWhen, Gen.Select(Gen.Int[1, 3], GenWhen.Where(w => w is not null)).Array[0, 2]).Array[4]
            .Select(sources => sources.Select((source, i) => new Source(new SourceId($"s{i}"), SourceKind.NewsReport)
            {
                Published = source.Item1,
                Revisions = ValueList.From(source.Item2.Select(r => new SourceRevision(r.Item1, r.Item2!))),
            }).ToArray());

    private static readonly Gen<StatusChange<EventStatus>> GenStatusChange =
        Gen.Select(Gen.Enum<EventStatus>(), GenCitations).Select((status, citations) => new StatusChange<EventStatus>(status, When.Parse("2025-12-28")) { Citations = citations });

    private static readonly Gen<LocalizedText> GenText = Gen.Int[0, 9].Select(i => new LocalizedText($"text {i}", "en"));

    private static readonly Gen<NegotiationRecord> GenRecord =
        from sources in GenSources
        from events in Gen.Select(GenCitations, GenStatusChange.Array[0, 3]).Array[0, 4]
        from statements in Gen.Select(GenCitations, Gen.Select(GenText, GenCitations).Array[0, 2]).Array[0, 4]
        from groups in Gen.Select(GenCitations, Gen.Select(GenText, GenCitations).Array[0, 2]).Array[0, 2]
        from proposals in Gen.Select(GenCitations, Gen.Select(GenCitations, GenCitations.Array[0, 2]).Array[0, 2]).Array[0, 2]
        from actors in Gen.Select(GenCitations, GenCitations.Array[0, 2]).Array[0, 3]
        select new NegotiationRecord("Generated")
        {
            Sources = [.. sources],
            Events = [.. events.Select((e, i) => new NegotiationEvent(new NegotiationEventId($"e{i}"), EventKind.Meeting, [new LocalizedText("E", "en")])
            {
                When = When.Parse("2025-12-28"),
                Citations = e.Item1,
                StatusHistory = [.. e.Item2],
            })],
            Statements = [.. statements.Select((s, i) => new Statement(new StatementId($"st{i}"), [new ActorId("a0")], [new LocalizedText("S", "en")])
            {
                Citations = s.Item1,
                Framings = [.. s.Item2.Select(f => new Framing([f.Item1]) { Citations = f.Item2 })],
            })],
            WorkingGroups = [.. groups.Select((g, i) => new WorkingGroup(new WorkingGroupId($"wg{i}"), [new LocalizedName("WG", "en")])
            {
                Citations = g.Item1,
                Milestones = [.. g.Item2.Select(m => new Milestone([m.Item1], MilestoneStatus.Expected) { Citations = m.Item2 })],
            })],
            Proposals = [.. proposals.Select((p, i) => new Proposal(new ProposalId($"p{i}"), ProposalKind.PeacePlan, [new LocalizedText("P", "en")])
            {
                Citations = p.Item1,
                Versions = [.. p.Item2.Select((v, n) => new ProposalVersion(n + 1)
                {
                    Citations = v.Item1,
                    Provisions = [.. v.Item2.Select((c, k) => (Provision)new OtherProvision(new ProvisionId($"p{i}-v{n}-{k}")) { Citations = c })],
                })],
            })],
            Actors = [.. actors.Select((a, i) => new Actor(new ActorId($"a{i}"), ActorKind.Person, [new LocalizedName("A", "en")])
            {
                Citations = a.Item1,
                Memberships = [.. a.Item2.Select(c => new Membership { Citations = c })],
            })],
        };

    [Fact]
    public void Knowing_later_never_removes_a_fact()
    {
        Gen.Select(GenRecord, GenInstant, GenInstant).Sample((record, first, second) =>
        {
            var (earlier, later) = first <= second ? (first, second) : (second, first);

            ShouldHoldEverythingIn(record.AsKnownAt(later), record.AsKnownAt(earlier));
        }, iter: Iterations);
    }

    [Fact]
    public void The_record_as_known_holds_only_facts_of_the_record_and_all_of_them_at_the_end_of_time()
    {
        Gen.Select(GenRecord, GenInstant).Sample((record, instant) =>
        {
            ShouldHoldEverythingIn(record, record.AsKnownAt(instant));
            record.AsKnownAt(Instant.MaxValue).Should().Be(record);
        }, iter: Iterations);
    }

    [Fact]
    public void The_timeline_of_the_record_as_known_holds_exactly_the_entries_known_by_then()
    {
        Gen.Select(GenRecord, GenInstant).Sample((record, instant) =>
        {
            // Parts are numbered by their place in their lists, which AsKnownAt shortens: compare what the entries show.
            static string Shown(TimelineEntry e) => $"{e.Kind} {e.Subject} {e.When} {e.Detail} {e.Label}";
            var expected = Timeline.Build(record).Entries.Where(e => e.KnownFrom is not { } from || from <= instant).Select(Shown);

            Timeline.Build(record.AsKnownAt(instant)).Entries.Select(Shown).Should().BeEquivalentTo(expected);
        }, iter: Iterations);
    }

    /// <summary>Asserts that every entity of <paramref name="smaller"/> is in <paramref name="larger"/>, with its parts a subsequence of the larger's.</summary>
    private static void ShouldHoldEverythingIn(NegotiationRecord larger, NegotiationRecord smaller)
    {
        foreach (var entity in smaller.Entities())
        {
            var other = larger.Find(entity.Reference);
            other.Should().NotBeNull($"{entity.Reference} is known earlier, so it is known later");
            switch (entity, other)
            {
                case (Actor a, Actor b):
                    Subsequence(a.Memberships, b.Memberships);
                    (a with { Memberships = b.Memberships }).Should().Be(b);
                    break;
                case (Source a, Source b):
                    Subsequence(a.Revisions, b.Revisions);
                    (a with { Revisions = b.Revisions }).Should().Be(b);
                    break;
                case (NegotiationEvent a, NegotiationEvent b):
                    Subsequence(a.StatusHistory, b.StatusHistory);
                    (a with { StatusHistory = b.StatusHistory }).Should().Be(b);
                    break;
                case (Statement a, Statement b):
                    Subsequence(a.Framings, b.Framings);
                    (a with { Framings = b.Framings }).Should().Be(b);
                    break;
                case (WorkingGroup a, WorkingGroup b):
                    Subsequence(a.Milestones, b.Milestones);
                    Subsequence(a.StatusHistory, b.StatusHistory);
                    break;
                case (Proposal a, Proposal b):
                    Subsequence(a.Versions.Select(v => v.Number), b.Versions.Select(v => v.Number));
                    foreach (var version in a.Versions)
                    {
                        Subsequence(version.Provisions, b.Versions.Single(v => v.Number == version.Number).Provisions);
                    }

                    break;
                default:
                    entity.Should().Be(other);
                    break;
            }
        }
    }

    private static void Subsequence<T>(IEnumerable<T> smaller, IEnumerable<T> larger)
    {
        using var cursor = larger.GetEnumerator();
        foreach (var item in smaller)
        {
            var found = false;
            while (cursor.MoveNext())
            {
                if (Equals(cursor.Current, item))
                {
                    found = true;
                    break;
                }
            }

            found.Should().BeTrue($"{item} is known earlier, so it is known later, in the same order");
        }
    }
}
