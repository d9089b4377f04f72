using System.Diagnostics;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>A Stopwatch harness for the quick mode: warm-up, then rounds that run every contender in turn.</summary>
internal static class Measure
{
    /// <summary>
    /// Runs each warm-up action <paramref name="times"/> times, then waits for the tiered JIT to compile the hot
    /// methods again with what it learned, so that what follows measures steady-state code as BenchmarkDotNet does.
    /// </summary>
    /// <remarks>
    /// The JIT recompiles on a background thread after a delay, which on a machine whose cores are busy with other
    /// work can take longer than any fixed pause: the wait lasts until it has compiled nothing new for a while.
    /// </remarks>
    /// <param name="times">How many times to run each action; above the JIT's call count threshold of 30.</param>
    /// <param name="actions">The actions, on a small input.</param>
    public static void WarmUp(int times, params Action[] actions)
    {
        for (var i = 0; i < times; i++)
        {
            foreach (var action in actions)
            {
                action();
            }
        }

        WaitForJit();
        for (var i = 0; i < 5; i++)
        {
            foreach (var action in actions)
            {
                action();
            }
        }
    }

    /// <summary>
    /// The clock's medians of <see cref="Rounds"/>: when each action returned, and when the young generations holding
    /// what it returned had been collected.
    /// </summary>
    /// <param name="rounds">How many timed runs of each action.</param>
    /// <param name="actions">The actions to compare; each returns what it made, kept alive until it is settled.</param>
    /// <returns>The median times of each action, in the order given.</returns>
    public static (TimeSpan Returned, TimeSpan Settled)[] Medians(int rounds, params Func<object>[] actions) =>
        [.. Rounds(rounds, afterItself: false, actions).Select(t => (t.Returned, t.Settled))];

    /// <summary>
    /// Runs each action once to warm up, then <paramref name="rounds"/> times, every action once a round; returns each
    /// action's medians: the clock when it returned and once the young generations holding what it returned have been
    /// collected, the processor time, and the collections it caused.
    /// </summary>
    /// <remarks>
    /// <para>What an action allocates and keeps is promoted by whichever collection comes next. Stopped when the
    /// action returns, the clock charges that work to nobody, unless the action itself allocates afterwards:
    /// validating a freshly read record paid for promoting the record, while reading a DTO left its promotion
    /// to the next contender's untimed full collection. The settled time charges every contender for its own,
    /// at the price of the noise of one more collection.</para>
    /// <para>With <paramref name="afterItself"/>, each timed run follows an untimed run of the same action, after a full
    /// collection before each, and the order is shuffled from round to round (the same shuffles in every run). The
    /// collector sizes its young generation from what the collections before survived, and reading a document is mostly
    /// paying for the collections that promote what is being built (at 10,000 statements two thirds of the raw DTO's
    /// time: none fall inside the call when the young generation is made large enough), so a timed run that followed
    /// another action inherited that action's budget, in a fixed order the same predecessor's in every round: the
    /// medians moved by a third with the order. After a run of its own, each action meets the collector as an
    /// application that reads such documents one after another does, as BenchmarkDotNet's iterations do. Without it,
    /// the actions run in the order given, each after a full collection only (the writing and JSON Lines targets,
    /// measured that way since they were set).</para>
    /// </remarks>
    /// <param name="rounds">How many timed runs of each action.</param>
    /// <param name="afterItself">Whether each timed run follows an untimed run of the same action, in a shuffled order.</param>
    /// <param name="actions">The actions to compare; each returns what it made, kept alive until it is settled.</param>
    /// <returns>The medians of each action, in the order given.</returns>
    public static Timing[] Rounds(int rounds, bool afterItself, params Func<object>[] actions)
    {
        foreach (var action in actions)
        {
            GC.KeepAlive(action());
        }

        var samples = actions.Select(_ => new List<Timing>(rounds)).ToArray();
        var order = Enumerable.Range(0, actions.Length).ToArray();
        var shuffle = new Random(20251228);
        for (var round = 0; round < rounds; round++)
        {
            if (afterItself)
            {
                shuffle.Shuffle(order);
            }

            foreach (var i in order)
            {
                if (afterItself)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.KeepAlive(actions[i]());
                }

                GC.Collect();
                GC.WaitForPendingFinalizers();
                int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
                var processor = Loop.ProcessorTime();
                var clock = Stopwatch.StartNew();
                var result = actions[i]();
                var returned = clock.Elapsed;
                var used = Loop.ProcessorTime() - processor;
                int[] caused = [GC.CollectionCount(0) - collections[0], GC.CollectionCount(1) - collections[1], GC.CollectionCount(2) - collections[2]];
                GC.Collect(1, GCCollectionMode.Forced, blocking: true);
                samples[i].Add(new Timing(returned, clock.Elapsed, used, caused[0], caused[1], caused[2]));
                GC.KeepAlive(result);
            }
        }

        return [.. samples.Select(Timing.Median)];
    }

    // Until the JIT has compiled no method for 600 ms (at most 20 s).
    private static void WaitForJit()
    {
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var clock = Stopwatch.StartNew();
        for (var quiet = 0; quiet < 3 && clock.Elapsed < TimeSpan.FromSeconds(20);)
        {
            Thread.Sleep(200);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            quiet = now == compiled ? quiet + 1 : 0;
            compiled = now;
        }
    }

    /// <summary>Times one run of an action.</summary>
    /// <typeparam name="T">What the action returns.</typeparam>
    /// <param name="action">The action.</param>
    /// <param name="result">What it returned.</param>
    /// <returns>How long it took.</returns>
    public static TimeSpan Once<T>(Func<T> action, out T result)
    {
        var clock = Stopwatch.StartNew();
        result = action();
        return clock.Elapsed;
    }

    /// <summary>Measures how many bytes of heap what <paramref name="load"/> returns keeps alive, with full collections before and after.</summary>
    /// <param name="load">Makes the object to weigh.</param>
    /// <returns>The bytes retained.</returns>
    public static long RetainedBytes(Func<object> load)
    {
        Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var result = load();
        Collect();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        return after - before;
    }

    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Median(IEnumerable<int> counts)
    {
        var sorted = counts.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
    }

    /// <summary>One action's time in <see cref="Rounds"/>, or the medians of its rounds.</summary>
    /// <param name="Returned">The clock when the action returned.</param>
    /// <param name="Settled">The clock once the young generations holding its result were collected.</param>
    /// <param name="Processor">The process's processor time until it returned, every thread included.</param>
    /// <param name="Gen0">The gen 0 collections during the action (each gen 1 or 2 collection counts as one too).</param>
    /// <param name="Gen1">The gen 1 collections during the action.</param>
    /// <param name="Gen2">The gen 2 collections during the action.</param>
    internal readonly record struct Timing(TimeSpan Returned, TimeSpan Settled, TimeSpan Processor, double Gen0, double Gen1, double Gen2)
    {
        /// <summary>The medians of each measure, taken one by one.</summary>
        public static Timing Median(List<Timing> rounds) => new(
            Measure.Median(rounds.Select(t => t.Returned)),
            Measure.Median(rounds.Select(t => t.Settled)),
            Measure.Median(rounds.Select(t => t.Processor)),
            Measure.Median(rounds.Select(t => (int)t.Gen0)),
            Measure.Median(rounds.Select(t => (int)t.Gen1)),
            Measure.Median(rounds.Select(t => (int)t.Gen2)));
    }
}
