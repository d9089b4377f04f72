using CsCheck;
using NegotiationModel.Comparison;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.TestData;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NodaTime;

namespace NegotiationModel.Storage.Tests;

/// <summary>
/// What every engine's store must do, run on each engine by a subclass: the same assertions on SQLite and PostgreSQL, so
/// the engines are checked against the library and, through it, against each other.
/// </summary>
public abstract class StoreContractTest
{
    private static readonly CommitInfo Info = new("analyst", "storage-tests", "test commit");

    /// <summary>Creates an empty, initialised store of the engine under test.</summary>
    protected abstract Task<NegotiationStore> CreateStoreAsync();

    public static TheoryData<string> Samples() => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.json").Select(f => Path.GetFileName(f)!)];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_committed_sample_reads_back_as_the_same_bytes(string file)
    {
        var bytes = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Samples", file), TestContext.Current.CancellationToken);
        var record = NegotiationJson.Deserialize(bytes);
        await using var store = await CreateStoreAsync();

        await store.CommitAsync("sample", record, 0, Info, TestContext.Current.CancellationToken);
        var read = await store.ReadAsync("sample", cancellationToken: TestContext.Current.CancellationToken);

        read.Should().Be(record);
        NegotiationJson.Serialize(read!).Should().Be(NegotiationJson.Serialize(record));
    }

    [Fact]
    public async Task Generated_records_read_back_equal_at_every_version()
    {
        await using var store = await CreateStoreAsync();
        var records = Gen.Select(Gen.Int[1, 60], Gen.Int).Array[2];

        await records.SampleAsync(
            async revisions =>
            {
                var name = Guid.NewGuid().ToString("N");
                var committed = new List<NegotiationRecord>();
                foreach (var (statements, seed) in revisions)
                {
                    var record = SyntheticRecord.Generate(statements, seed);
                    await store.CommitAsync(name, record, committed.Count, Info, TestContext.Current.CancellationToken);
                    committed.Add(record);
                }

                for (var version = 1; version <= committed.Count; version++)
                {
                    var read = await store.ReadAsync(name, StoreView.AtVersion(version), TestContext.Current.CancellationToken);
                    NegotiationJson.Serialize(read!).Should().Be(NegotiationJson.Serialize(committed[version - 1]), "version {0} was committed so", version);
                }
            },
            iter: 4,
            threads: 1);
    }

    [Fact]
    public async Task As_known_at_reads_what_the_library_keeps_and_queries_find_the_same_entities()
    {
        // Sources published after events and revised after statements that are not yet known themselves: the store reads
        // only what was known, yet resolves the sources' times as the whole record does.
        await using var store = await CreateStoreAsync();
        await Gen.Int.SampleAsync(
            async seed =>
            {
                var record = AnchoredChanges.Anchor(SyntheticRecord.Generate(40, seed), new Random(seed));
                var changed = new ChangeSet { Remove = [record.Statements[0].Reference] };
                var name = Guid.NewGuid().ToString("N");
                await store.CommitAsync(name, record, 0, Info, TestContext.Current.CancellationToken);
                await store.CommitChangesAsync(name, changed, 1, Info, TestContext.Current.CancellationToken);
                var all = await store.QueryAsync(name, new EntityQuery(), TestContext.Current.CancellationToken);
                var instants = all.Select(e => e.KnownFrom).OfType<Instant>().Distinct().Order().ToList();

                foreach (var instant in new[] { instants[0], instants[instants.Count / 3], instants[instants.Count / 2] + Duration.FromTicks(3), instants[^1] })
                {
                    var first = await store.ReadAsync(name, StoreView.AtVersion(1).KnownAt(instant), TestContext.Current.CancellationToken);
                    NegotiationJson.Serialize(first!).Should().Be(NegotiationJson.Serialize(record.AsKnownAt(instant)));
                    var expected = changed.ApplyTo(record).AsKnownAt(instant);
                    var current = await store.ReadAsync(name, StoreView.Current.KnownAt(instant), TestContext.Current.CancellationToken);
                    NegotiationJson.Serialize(current!).Should().Be(NegotiationJson.Serialize(expected));

                    var found = await store.QueryAsync(name, new EntityQuery { KnownAt = instant }, TestContext.Current.CancellationToken);
                    found.Select(e => e.Reference).Should().BeEquivalentTo(expected.Entities().Select(e => e.Reference).Where(r => all.Any(a => a.Reference == r)));
                }
            },
            iter: 5,
            threads: 1);
    }

    [Fact]
    public async Task Queries_by_window_kind_and_actor_agree_with_the_record()
    {
        var record = SyntheticRecord.Generate(60, seed: 11);
        await using var store = await CreateStoreAsync();
        await store.CommitAsync("r", record, 0, Info, TestContext.Current.CancellationToken);
        var all = await store.QueryAsync("r", new EntityQuery(), TestContext.Current.CancellationToken);
        var timed = all.Where(e => e.Reference.Kind == EntityKind.Statement && e.Valid is { Earliest: not null }).ToList();
        var chosen = timed[timed.Count / 3];
        var from = chosen.Valid!.Value.Earliest!.Value - Duration.FromDays(10);
        var until = from + Duration.FromDays(20);
        var actor = ((Statement)record.Find(chosen.Reference)!).Speakers[0];

        var found = await store.QueryAsync("r", new EntityQuery { Kind = EntityKind.Statement, ValidFrom = from, ValidUntil = until, Actor = actor }, TestContext.Current.CancellationToken);

        var involving = record.Involving(actor).Select(e => e.Reference).ToHashSet();
        var expected = all.Where(e => e.Reference.Kind == EntityKind.Statement && involving.Contains(e.Reference)
            && e.Valid is { } w && (w.Earliest is not { } a || a < until) && (w.Latest is not { } b || b > from));
        found.Select(e => e.Reference).Should().Contain(chosen.Reference).And.Equal(expected.Select(e => e.Reference));
        all.Select(e => e.Reference).Should().Equal(record.Entities().Select(e => e.Reference).Where(r => all.Any(a => a.Reference == r)));
        found.Should().AllSatisfy(e => e.ToEntity().Should().Be(record.Find(e.Reference)));
    }

    [Fact]
    public async Task A_window_query_finds_exactly_the_current_entities_whose_window_overlaps_it()
    {
        // Windows from the record's own bounds (so that edges, instants and open ends are hit) and from 1 µs beside them;
        // the engines' indexes (GiST, SQLite's classes of window lengths) must agree with testing every current row.
        await using var store = await CreateStoreAsync();
        var cases = Gen.Select(Gen.Int[5, 80], Gen.Int, Gen.Int[0, 1_000_000].Array[4], Gen.Int[-1, 1].Array[2]);

        await cases.SampleAsync(
            async (size, seed, picks, nudges) =>
            {
                var name = Guid.NewGuid().ToString("N");
                await store.CommitAsync(name, SyntheticRecord.Generate(size, seed), 0, Info, TestContext.Current.CancellationToken);
                var all = await store.QueryAsync(name, new EntityQuery(), TestContext.Current.CancellationToken);
                var bounds = all.SelectMany(e => new[] { e.Valid?.Earliest, e.Valid?.Latest, e.KnownFrom }).OfType<Instant>().Distinct().Order().ToList();
                var ends = new[] { bounds[picks[0] % bounds.Count], bounds[picks[1] % bounds.Count] }.Order().ToArray();
                var from = ends[0] + Duration.FromTicks(10 * nudges[0]);
                var until = ends[1] + Duration.FromTicks(10 * nudges[1]);
                Instant? knownAt = picks[2] % 3 == 0 ? null : bounds[picks[2] % bounds.Count];
                EntityKind? kind = picks[3] % 4 == 0 ? EntityKind.Statement : null;
                if (from >= until)
                {
                    return;
                }

                var found = await store.QueryAsync(name, new EntityQuery { ValidFrom = from, ValidUntil = until, KnownAt = knownAt, Kind = kind }, TestContext.Current.CancellationToken);

                var expected = all.Where(e => e.Valid is { } w
                    && (w.Earliest is not { } a || a < until)
                    && (w.Latest is not { } b || b > from || (b == from && w.Earliest == b))
                    && (knownAt is null || e.KnownFrom is not { } k || k <= knownAt)
                    && (kind is null || e.Reference.Kind == kind));
                found.Select(e => e.Reference).Should().Equal(expected.Select(e => e.Reference), "the window [{0}, {1}) known at {2}", from, until, knownAt);
            },
            iter: 40,
            threads: 1);
    }

    [Fact]
    public async Task A_limited_query_returns_the_first_entities_of_the_unlimited_one()
    {
        var record = SyntheticRecord.Generate(30, seed: 13);
        await using var store = await CreateStoreAsync();
        await store.CommitAsync("r", record, 0, Info, TestContext.Current.CancellationToken);
        var all = await store.QueryAsync("r", new EntityQuery(), TestContext.Current.CancellationToken);
        all.Select(e => e.Reference.Kind).Distinct().Should().HaveCountGreaterThan(2);

        foreach (var limit in new[] { 1, 2, all.Count / 3, all.Count - 1, all.Count, all.Count + 5 })
        {
            var limited = await store.QueryAsync("r", new EntityQuery { Limit = limit }, TestContext.Current.CancellationToken);
            limited.Should().Equal(all.Take(limit), "a limit of {0} keeps the first entities in the record's order", limit);
        }
    }

    [Fact]
    public async Task A_stale_commit_is_refused_naming_both_versions_and_writes_nothing()
    {
        var record = SyntheticRecord.Generate(5, seed: 3);
        await using var store = await CreateStoreAsync();
        await store.CommitAsync("r", record, 0, Info, TestContext.Current.CancellationToken);
        await store.CommitAsync("r", record with { Title = "second" }, 1, Info, TestContext.Current.CancellationToken);

        var stale = () => store.CommitAsync("r", record with { Title = "stale" }, 1, Info, TestContext.Current.CancellationToken);

        var refused = (await stale.Should().ThrowAsync<StoreConcurrencyException>()).Which;
        refused.ExpectedVersion.Should().Be(1);
        refused.ActualVersion.Should().Be(2);
        refused.Message.Should().Contain("version 1").And.Contain("version 2");
        (await store.LogAsync("r", TestContext.Current.CancellationToken)).Should().HaveCount(2);
        (await store.ReadAsync("r", cancellationToken: TestContext.Current.CancellationToken))!.Title.Should().Be("second");
    }

    [Fact]
    public async Task Of_writers_racing_on_one_version_exactly_one_wins()
    {
        var record = SyntheticRecord.Generate(5, seed: 5);
        await using var store = await CreateStoreAsync();
        await store.CommitAsync("r", record, 0, Info, TestContext.Current.CancellationToken);
        const int writers = 6;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.CommitAsync("r", record with { Title = $"writer {i}" }, 1, Info, TestContext.Current.CancellationToken);
                return $"writer {i}";
            }
            catch (StoreConcurrencyException refused) when (refused.ExpectedVersion == 1 && refused.ActualVersion == 2)
            {
                return null;
            }
        })));

        outcomes.Where(o => o is not null).Should().ContainSingle();
        var read = await store.ReadAsync("r", cancellationToken: TestContext.Current.CancellationToken);
        read!.Title.Should().Be(outcomes.Single(o => o is not null));
        (await store.LogAsync("r", TestContext.Current.CancellationToken)).Select(c => c.Version).Should().Equal(1, 2);
    }

    [Fact]
    public async Task Hostile_texts_and_identifiers_are_stored_unchanged()
    {
        var hostile = "'); DROP TABLE entity_versions; -- \" \\ ` $1 @record %s \u0000? 日本語 " + new string('x', 200_000);
        hostile = hostile.Replace("\u0000", "\u2028", StringComparison.Ordinal);
        var record = SyntheticRecord.Generate(3, seed: 9);
        var statement = new Statement(new StatementId("0--DROP/x:y._z"), [record.Actors[0].Id], [new LocalizedText(hostile, "en")]) { Notes = hostile };
        record = record with { Title = hostile, Statements = ValueList.From([.. record.Statements, statement]) };
        await using var store = await CreateStoreAsync();

        await store.CommitAsync("Robert'); DROP TABLE records;--", record, 0, Info, TestContext.Current.CancellationToken);

        var read = await store.ReadAsync("Robert'); DROP TABLE records;--", cancellationToken: TestContext.Current.CancellationToken);
        NegotiationJson.Serialize(read!).Should().Be(NegotiationJson.Serialize(record));
        var history = await store.HistoryAsync("Robert'); DROP TABLE records;--", statement.Reference, TestContext.Current.CancellationToken);
        history.Single().ToEntity().Should().Be(statement);
    }

    [Fact]
    public async Task History_log_recorded_time_and_diff_follow_the_commits()
    {
        var first = SyntheticRecord.Generate(8, seed: 21);
        var changed = first.Statements[2] with { Notes = "revised" };
        await using var store = await CreateStoreAsync();
        var one = await store.CommitAsync("r", first, 0, Info, TestContext.Current.CancellationToken);
        var two = await store.CommitChangesAsync("r", new ChangeSet { Put = [changed], Remove = [first.Statements[3].Reference] }, 1, new CommitInfo("b", "app", "revise"), TestContext.Current.CancellationToken);
        var second = new ChangeSet { Put = [changed], Remove = [first.Statements[3].Reference] }.ApplyTo(first);

        two.RecordedAt.Should().BeGreaterThan(one.RecordedAt);
        two.EntitiesWritten.Should().Be(2);
        var history = await store.HistoryAsync("r", changed.Reference, TestContext.Current.CancellationToken);
        history.Select(h => (h.Version, h.EndedIn)).Should().Equal((1L, (long?)2L), (2L, (long?)null));
        history[1].ToEntity().Should().Be(changed);
        (await store.HistoryAsync("r", first.Statements[3].Reference, TestContext.Current.CancellationToken)).Single().EndedIn.Should().Be(2);

        var log = await store.LogAsync("r", TestContext.Current.CancellationToken);
        log.Select(c => (c.Version, c.Info.Author, c.RecordedAt)).Should().Equal((1L, "analyst", one.RecordedAt), (2L, "b", two.RecordedAt));

        (await store.ReadAsync("r", StoreView.RecordedAt(one.RecordedAt), TestContext.Current.CancellationToken)).Should().Be(first);
        (await store.ReadAsync("r", StoreView.RecordedAt(two.RecordedAt), TestContext.Current.CancellationToken)).Should().Be(second);
        (await store.ReadAsync("r", StoreView.RecordedAt(one.RecordedAt - Duration.FromTicks(10)), TestContext.Current.CancellationToken)).Should().BeNull();
        var asRecorded = await store.QueryAsync("r", new EntityQuery { Kind = EntityKind.Statement, AsRecordedAt = one.RecordedAt }, TestContext.Current.CancellationToken);
        asRecorded.Select(e => e.Reference).Should().Equal(first.Statements.Select(s => s.Reference));

        (await store.DiffAsync("r", 1, 2, TestContext.Current.CancellationToken)).Should().Equal(RecordDiff.Compare(first, second));
    }

    [Fact]
    public async Task A_change_set_in_place_writes_the_same_versions_as_the_whole_changed_record()
    {
        // Two change sets in a row over records whose times chain through anchors: the second starts from what the first
        // wrote in place, so a derived column it left stale shows too.
        await using var store = await CreateStoreAsync();
        var cases = Gen.Select(Gen.Int[6, 40], Gen.Int, Gen.Int[0, 9].Array[1, 8].Array[2]);

        await cases.SampleAsync(
            async (size, seed, rounds) =>
            {
                var random = new Random(seed);
                var record = AnchoredChanges.Anchor(SyntheticRecord.Generate(size, seed), random);
                var name = Guid.NewGuid().ToString("N");
                await store.CommitAsync(name + "-changes", record, 0, Info, TestContext.Current.CancellationToken);
                await store.CommitAsync(name + "-whole", record, 0, Info, TestContext.Current.CancellationToken);
                for (var round = 0; round < rounds.Length; round++)
                {
                    var changes = AnchoredChanges.Of(record, random, rounds[round]);
                    var changed = changes.ApplyTo(record);
                    var inPlace = await store.CommitInPlaceAsync(name + "-changes", changes, round + 1, Info, TestContext.Current.CancellationToken);
                    if (inPlace is null)
                    {
                        (AnchoredChanges.AnchorsInsideAnEntity(record) || AnchoredChanges.AnchorsInsideAnEntity(changed))
                            .Should().BeTrue("only a time anchored to a provision sends a change set to the whole record");
                        inPlace = await store.CommitChangesAsync(name + "-changes", changes, round + 1, Info, TestContext.Current.CancellationToken);
                    }

                    var whole = await store.CommitAsync(name + "-whole", changed, round + 1, Info, TestContext.Current.CancellationToken);
                    record = changed;

                    inPlace.EntitiesWritten.Should().Be(whole.EntitiesWritten);
                    (await store.ReadAsync(name + "-changes", cancellationToken: TestContext.Current.CancellationToken)).Should().Be(changed);
                    var found = await store.QueryAsync(name + "-changes", new EntityQuery(), TestContext.Current.CancellationToken);
                    var expected = await store.QueryAsync(name + "-whole", new EntityQuery(), TestContext.Current.CancellationToken);
                    found.Select(e => e with { RecordedAt = default }).Should().Equal(expected.Select(e => e with { RecordedAt = default }), "round {0} changed {1}", round, changes);
                }
            },
            iter: 10,
            threads: 1);
    }

    [Fact]
    public async Task A_change_set_reaches_a_time_anchored_to_a_provision_that_takes_effect_after_a_retimed_event()
    {
        // A provision has no row of its own: an assessment dated after it must still follow the event the provision takes
        // effect after (found by the in-place commit's property test as a stale window).
        var generated = SyntheticRecord.Generate(20, 7);
        var happening = generated.Events[0];
        var proposal = generated.Proposals.First(p => !p.Versions[^1].Provisions.IsEmpty);
        var last = proposal.Versions[^1];
        var provision = last.Provisions[0] with { Effective = new RelativeWhen(RelativeDirection.After, happening.Reference, Period.FromDays(3), Period.FromDays(10)) };
        proposal = proposal with { Versions = proposal.Versions.SetItem(proposal.Versions.Count - 1, last with { Provisions = last.Provisions.SetItem(0, provision) }) };
        var assessment = generated.Assessments[0] with { When = new RelativeWhen(RelativeDirection.After, provision.Reference, Period.FromDays(1), Period.FromDays(2)) };
        var record = generated.Replace(proposal).Replace(assessment);
        var retimed = happening with { When = CalendarWhen.OfDay(new LocalDate(2031, 5, 17)) };
        var changes = new ChangeSet { Put = [retimed] };
        await using var store = await CreateStoreAsync();
        await store.CommitAsync("changes", record, 0, Info, TestContext.Current.CancellationToken);
        await store.CommitAsync("whole", record, 0, Info, TestContext.Current.CancellationToken);
        var before = (await store.QueryAsync("changes", new EntityQuery { Kind = EntityKind.Assessment }, TestContext.Current.CancellationToken)).Single(e => e.Reference == assessment.Reference);

        await store.CommitChangesAsync("changes", changes, 1, Info, TestContext.Current.CancellationToken);
        await store.CommitAsync("whole", changes.ApplyTo(record), 1, Info, TestContext.Current.CancellationToken);

        var found = await store.QueryAsync("changes", new EntityQuery(), TestContext.Current.CancellationToken);
        var expected = await store.QueryAsync("whole", new EntityQuery(), TestContext.Current.CancellationToken);
        found.Select(e => e with { RecordedAt = default }).Should().Equal(expected.Select(e => e with { RecordedAt = default }));
        found.Single(e => e.Reference == assessment.Reference).Valid.Should().NotBe(before.Valid, "the assessment is dated through the provision to the retimed event");
    }

    [Fact]
    public async Task A_change_set_follows_a_chain_of_anchors_beyond_a_cited_source()
    {
        // A statement cites a source published after an event that is itself after another event: the statement's
        // knowledge time needs the whole chain, though it refers to the source only.
        var generated = SyntheticRecord.Generate(20, 7);
        var late = generated.Events[1] with { When = new RelativeWhen(RelativeDirection.After, generated.Events[0].Reference, Period.FromDays(40), Period.FromDays(60)) };
        var source = generated.Sources[0] with { Published = new RelativeWhen(RelativeDirection.After, late.Reference, Period.FromDays(1), Period.FromDays(2)) };
        var record = generated.Replace(late).Replace(source);
        var changes = new ChangeSet
        {
            Put = [record.Statements[0] with { Notes = "revised", Citations = [new Citation(source.Id)] }, record.Statements[1] with { Id = new StatementId("added"), Citations = [new Citation(source.Id)] }],
        };
        await using var store = await CreateStoreAsync();
        await store.CommitAsync("changes", record, 0, Info, TestContext.Current.CancellationToken);
        await store.CommitAsync("whole", record, 0, Info, TestContext.Current.CancellationToken);

        await store.CommitChangesAsync("changes", changes, 1, Info, TestContext.Current.CancellationToken);
        await store.CommitAsync("whole", changes.ApplyTo(record), 1, Info, TestContext.Current.CancellationToken);

        var found = await store.QueryAsync("changes", new EntityQuery(), TestContext.Current.CancellationToken);
        var expected = await store.QueryAsync("whole", new EntityQuery(), TestContext.Current.CancellationToken);
        found.Select(e => e with { RecordedAt = default }).Should().Equal(expected.Select(e => e with { RecordedAt = default }));
        found.Single(e => e.Reference == changes.Put[0].Reference).KnownFrom.Should().NotBeNull("the source's publication resolves through both events");
    }

    [Fact]
    public async Task Inserting_an_entity_in_the_middle_writes_only_that_entity()
    {
        var record = SyntheticRecord.Generate(10, seed: 4);
        await using var store = await CreateStoreAsync();
        await store.CommitAsync("r", record, 0, Info, TestContext.Current.CancellationToken);
        var inserted = record.Statements[0] with { Id = new StatementId("inserted") };
        var changed = record with { Statements = ValueList.From([.. record.Statements.Take(4), inserted, .. record.Statements.Skip(4)]) };

        var result = await store.CommitAsync("r", changed, 1, Info, TestContext.Current.CancellationToken);

        result.EntitiesWritten.Should().Be(1);
        (await store.ReadAsync("r", cancellationToken: TestContext.Current.CancellationToken)).Should().Be(changed);
    }
}
