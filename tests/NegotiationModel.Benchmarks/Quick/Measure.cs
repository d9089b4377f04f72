using System.Diagnostics;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>A Stopwatch harness for the quick mode: warm-up, then rounds that run every contender in turn.</summary>
internal static class Measure
{
    /// <summary>
    /// Runs each warm-up action <paramref name="times"/> times, then waits for the tiered JIT to compile the hot
    /// methods again with what it learned, so that what follows measures steady-state code as BenchmarkDotNet does.
    /// </summary>
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

        Thread.Sleep(300);
        for (var i = 0; i < 5; i++)
        {
            foreach (var action in actions)
            {
                action();
            }
        }
    }

    /// <summary>
    /// Runs each action once to warm up, then <paramref name="rounds"/> times in turn, so that the noise of a
    /// shared machine falls on all of them alike; returns each action's median time, twice: when the action
    /// returned, and when the young generations holding what it returned have been collected.
    /// </summary>
    /// <remarks>
    /// What an action allocates and keeps is promoted by whichever collection comes next. Stopped when the
    /// action returns, the clock charges that work to nobody, unless the action itself allocates afterwards:
    /// validating a freshly read record paid for promoting the record, while reading a DTO left its promotion
    /// to the next contender's untimed full collection. The settled time charges every contender for its own,
    /// at the price of the noise of one more collection.
    /// </remarks>
    /// <param name="rounds">How many timed runs of each action.</param>
    /// <param name="actions">The actions to compare; each returns what it made, kept alive until it is settled.</param>
    /// <returns>The median times of each action, in the order given.</returns>
    public static (TimeSpan Returned, TimeSpan Settled)[] Medians(int rounds, params Func<object>[] actions)
    {
        foreach (var action in actions)
        {
            GC.KeepAlive(action());
        }

        var returned = actions.Select(_ => new List<TimeSpan>(rounds)).ToArray();
        var settled = actions.Select(_ => new List<TimeSpan>(rounds)).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < actions.Length; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var clock = Stopwatch.StartNew();
                var result = actions[i]();
                returned[i].Add(clock.Elapsed);
                GC.Collect(1, GCCollectionMode.Forced, blocking: true);
                settled[i].Add(clock.Elapsed);
                GC.KeepAlive(result);
            }
        }

        return [.. returned.Zip(settled, (r, s) => (Median(r), Median(s)))];
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

    private static TimeSpan Median(List<TimeSpan> times)
    {
        times.Sort();
        return times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
    }
}
