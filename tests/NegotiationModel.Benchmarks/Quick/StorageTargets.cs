using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;
using NegotiationModel.Storage;
using NegotiationModel.Storage.PostgreSql;
using NegotiationModel.Storage.Sqlite;
using NegotiationModel.Timelines;
using NodaTime;
using Npgsql;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>
/// The storage targets of issue 17 (<c>-- --quick --storage</c>, or <c>-- --storage-quick</c> for these alone), at
/// 100,000 statements of the synthetic generator, on SQLite and PostgreSQL: import, a commit revising 1,000 statements,
/// a window × known-at query of about 1,000 entities with and without an actor filter, one entity's history, the
/// current record rebuilt, an as-known-at read against the JSON file plus AsKnownAt, and the store's size. Each
/// measured with a Stopwatch, the short ones as medians; progress goes to the log.
/// </summary>
internal static class StorageTargets
{
    private const int Statements = 100_000;
    private const int Revised = 1_000;
    private const int WantedAnswers = 1_000;
    private static readonly CommitInfo Info = new("benchmark", "NegotiationModel.Benchmarks", "storage targets");

    /// <summary>Measures the targets on both engines.</summary>
    /// <param name="log">Where progress and context go.</param>
    /// <returns>The target lines.</returns>
    public static IReadOnlyList<TargetResult> Run(TextWriter log) => RunAsync(log).GetAwaiter().GetResult();

    /// <summary>Runs the storage targets alone and prints their lines (<c>-- --storage-quick</c>).</summary>
    /// <param name="output">Where target lines go.</param>
    /// <param name="log">Where progress and context go.</param>
    /// <returns>0 when no target failed, 1 otherwise.</returns>
    public static int Print(TextWriter output, TextWriter log)
    {
        var results = Run(log);
        foreach (var result in results)
        {
            output.WriteLine(result);
        }

        return results.Any(r => r.Failed) ? 1 : 0;
    }

    private static async Task<List<TargetResult>> RunAsync(TextWriter log)
    {
        var results = new List<TargetResult>();
        var jsonPath = Corpus.CachedJson(Statements, log);
        var record = Operations.Deserialize(await File.ReadAllBytesAsync(jsonPath));
        var jsonBytes = new FileInfo(jsonPath).Length;
        log.WriteLine(Invariant($"storage: {Statements:N0} statements, {record.Entities().Count():N0} entities, {jsonBytes / 1e6:F0} MB of JSON; load {LoadAverage()}"));

        var directory = Directory.CreateTempSubdirectory("negotiation-bench-store-").FullName;
        try
        {
            await WarmUpAsync(() => SqliteNegotiationStore.InitializeAsync(Path.Combine(directory, "warm.db")).ContinueWith(t => (NegotiationStore)t.Result, TaskScheduler.Default));
            var path = Path.Combine(directory, "store.db");
            await using (var sqlite = await SqliteNegotiationStore.InitializeAsync(path))
            {
                results.AddRange(await EngineAsync(log, "SQLite", sqlite, record, jsonPath, 3.0, () => Task.FromResult(SqliteSize(path))));
            }

            SqliteConnection.ClearAllPools();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        await using var cluster = await PostgreSqlCluster.StartAsync();
        if (cluster is null)
        {
            log.WriteLine("storage: no PostgreSQL server (set NEGOTIATION_TEST_POSTGRESQL, or install PostgreSQL): its targets are not measured");
            results.Add(TargetResult.Of("PostgreSQL targets", "no server", "a server", pass: false));
            return results;
        }

        log.WriteLine($"storage: PostgreSQL on {cluster.Origin}");
        var warm = await cluster.CreateDatabaseAsync();
        await WarmUpAsync(async () => await PostgreSqlNegotiationStore.InitializeAsync(warm));
        await cluster.DropDatabaseAsync(warm);
        var database = await cluster.CreateDatabaseAsync();
        try
        {
            await using var postgres = await PostgreSqlNegotiationStore.InitializeAsync(database);
            results.AddRange(await EngineAsync(log, "PostgreSQL", postgres, record, jsonPath, 5.0, () => PostgreSqlSizeAsync(database)));
        }
        finally
        {
            await cluster.DropDatabaseAsync(database);
        }

        return results;
    }

    // Every operation measured, on a small record, often enough for the JIT to settle.
    private static async Task WarmUpAsync(Func<Task<NegotiationStore>> create)
    {
        var small = TestData.SyntheticRecord.Generate(2_000, Corpus.Seed);
        await using var store = await create();
        await store.CommitAsync("warm", small, 0, Info);
        var known = small.Sources[small.Sources.Count / 2];
        for (var i = 0; i < 40; i++)
        {
            var revised = small.Statements.Where((_, n) => n % 50 == i % 50).Select(s => (IRecordEntity)(s with { Notes = $"warm {i}" }));
            await store.CommitChangesAsync("warm", new ChangeSet { Put = ValueList.From(revised) }, i + 1, Info);
            await store.QueryAsync("warm", new EntityQuery { ValidFrom = Instant.FromUtc(2022, 6, 1, 0, 0), ValidUntil = Instant.FromUtc(2022, 6, 20, 0, 0), KnownAt = Instant.FromUtc(2023, 1, 1, 0, 0) });
            await store.QueryAsync("warm", new EntityQuery { ValidFrom = Instant.FromUtc(2022, 6, 1, 0, 0), ValidUntil = Instant.FromUtc(2022, 6, 20, 0, 0), Actor = small.Actors[0].Id });
            await store.HistoryAsync("warm", small.Statements[i].Reference);
            if (i % 10 == 0)
            {
                await store.ReadAsync("warm");
                await store.ReadAsync("warm", StoreView.Current.KnownAt(Instant.FromUtc(2023, 1, 1, 0, 0)));
            }
        }

        Thread.Sleep(300);
    }

    private static async Task<List<TargetResult>> EngineAsync(TextWriter log, string engine, NegotiationStore store, NegotiationRecord record, string jsonPath, double importGoal, Func<Task<long>> size)
    {
        var results = new List<TargetResult>();
        var jsonBytes = new FileInfo(jsonPath).Length;
        Collect();
        var clock = Stopwatch.StartNew();
        var imported = await store.CommitAsync("main", record, 0, Info);
        var import = clock.Elapsed.TotalSeconds;
        log.WriteLine(Invariant($"{engine}: imported {imported.EntitiesWritten:N0} entities in {import:F2} s"));
        results.Add(TargetResult.Of(Invariant($"{engine}: import a record of {Statements / 1000:N0} k statements"), Invariant($"{import:F2} s"), Invariant($"<= {importGoal:F2} s"), import <= importGoal));

        var bytes = await size();
        var ratio = bytes / (double)jsonBytes;
        log.WriteLine(Invariant($"{engine}: store {bytes / 1e6:F0} MB for {jsonBytes / 1e6:F0} MB of JSON"));
        results.Add(TargetResult.Of($"{engine}: store size / the record's JSON", Invariant($"{ratio:F2}x"), "<= 3.00x", ratio <= 3.0));

        // A window in the middle of the statements' time, widened until about 1,000 entities known a month after it fall in it.
        var middle = record.Statements[record.Statements.Count / 2];
        var start = (await store.HistoryAsync("main", middle.Reference))[0].Valid!.Value.Earliest!.Value;
        var span = Duration.FromHours(1);
        EntityQuery query;
        ValueList<StoredEntity> found;
        while (true)
        {
            query = new EntityQuery { ValidFrom = start, ValidUntil = start + span, KnownAt = start + span + Duration.FromDays(30) };
            found = await store.QueryAsync("main", query);
            if (found.Count >= WantedAnswers || span > Duration.FromDays(3650))
            {
                break;
            }

            span = Duration.FromNanoseconds(span.TotalNanoseconds * Math.Clamp(WantedAnswers * 1.05 / Math.Max(found.Count, 1), 1.1, 4.0));
        }

        var actor = found.Where(e => e.Reference.Kind == EntityKind.Statement).Select(e => ((Statement)e.ToEntity()).Speakers[0]).GroupBy(a => a).MaxBy(g => g.Count())!.Key;
        var byActor = query with { Actor = actor };
        var actorCount = (await store.QueryAsync("main", byActor)).Count;
        var (window, filtered) = await MediansAsync(31, () => store.QueryAsync("main", query), () => store.QueryAsync("main", byActor));
        log.WriteLine(Invariant($"{engine}: window of {span.TotalHours:F1} h, known a month after it: {found.Count:N0} entities in {window:F2} ms; of actor {actor}: {actorCount:N0} in {filtered:F2} ms (medians of 31)"));
        results.Add(TargetResult.Of(Invariant($"{engine}: valid-window x known-at query, {found.Count:N0} entities"), Invariant($"{window:F2} ms"), "<= 10.00 ms", window <= 10.0));
        results.Add(TargetResult.Of(Invariant($"{engine}: the same with an actor filter, {actorCount:N0} entities"), Invariant($"{filtered:F2} ms"), Invariant($"< {window:F2} ms (without the filter)"), filtered < window));

        // Revise 1,000 statements spread through the record, as a change set.
        var step = record.Statements.Count / Revised;
        var revised = record.Statements.Where((_, i) => i % step == 0).Take(Revised).Select(s => (IRecordEntity)(s with { Notes = "revised by the benchmark" }));
        var changes = new ChangeSet { Put = ValueList.From(revised) };
        Collect();
        clock.Restart();
        var revision = await store.CommitChangesAsync("main", changes, 1, Info);
        var revise = clock.Elapsed.TotalSeconds;
        log.WriteLine(Invariant($"{engine}: change set of {Revised:N0} statements wrote {revision.EntitiesWritten:N0} entity versions in {revise:F3} s"));
        results.Add(TargetResult.Of(Invariant($"{engine}: commit revising {Revised:N0} statements"), Invariant($"{revise:F3} s"), "<= 0.500 s", revise <= 0.5 && revision.EntitiesWritten == Revised));

        var entity = record.Statements[step].Reference;
        var (history, _) = await MediansAsync(101, () => store.HistoryAsync("main", entity), () => Task.FromResult(ValueList<StoredEntity>.Empty));
        results.Add(TargetResult.Of($"{engine}: history of one entity", Invariant($"{history:F2} ms"), "<= 2.00 ms", history <= 2.0));

        var (rebuild, _) = await MediansAsync(3, () => Wrap(store.ReadAsync("main")), () => Task.FromResult(ValueList<StoredEntity>.Empty));
        log.WriteLine(Invariant($"{engine}: current record rebuilt in {rebuild / 1000:F2} s"));
        results.Add(TargetResult.Of($"{engine}: whole current record rebuilt", Invariant($"{rebuild / 1000:F2} s"), "<= 3.00 s", rebuild <= 3000));

        var knownAt = start;
        var (fromStore, fromFile) = await MediansAsync(
            3,
            () => Wrap(store.ReadAsync("main", StoreView.Current.KnownAt(knownAt))),
            async () => await Wrap(Task.FromResult<NegotiationRecord?>(Operations.Deserialize(await File.ReadAllBytesAsync(jsonPath)).AsKnownAt(knownAt))));
        log.WriteLine(Invariant($"{engine}: as known at {knownAt}: from the store {fromStore / 1000:F2} s, from the JSON file plus AsKnownAt {fromFile / 1000:F2} s"));
        results.Add(TargetResult.Of($"{engine}: as-known-at read vs JSON file + AsKnownAt", Invariant($"{fromStore / 1000:F2} s vs {fromFile / 1000:F2} s"), "store <= file", fromStore <= fromFile));
        return results;
    }

    // Runs two actions in turn, each once untimed and then rounds times; returns their median times in milliseconds.
    private static async Task<(double First, double Second)> MediansAsync<T>(int rounds, Func<Task<T>> first, Func<Task<T>> second)
    {
        GC.KeepAlive(await first());
        GC.KeepAlive(await second());
        var times = (First: new double[rounds], Second: new double[rounds]);
        var clock = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            clock.Restart();
            GC.KeepAlive(await first());
            times.First[round] = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            GC.KeepAlive(await second());
            times.Second[round] = clock.Elapsed.TotalMilliseconds;
            if (rounds < 10)
            {
                Collect();
            }
        }

        Array.Sort(times.First);
        Array.Sort(times.Second);
        return (times.First[rounds / 2], times.Second[rounds / 2]);
    }

    private static async Task<ValueList<StoredEntity>> Wrap(Task<NegotiationRecord?> read)
    {
        GC.KeepAlive(await read);
        return [];
    }

    private static long SqliteSize(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }

        return new FileInfo(path).Length;
    }

    private static async Task<long> PostgreSqlSizeAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? "average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
