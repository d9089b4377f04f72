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
    /// shared machine falls on all of them alike; returns each action's median time.
    /// </summary>
    /// <param name="rounds">How many timed runs of each action.</param>
    /// <param name="actions">The actions to compare.</param>
    /// <returns>The median time of each action, in the order given.</returns>
    public static TimeSpan[] Medians(int rounds, params Action[] actions)
    {
        foreach (var action in actions)
        {
            action();
        }

        var times = actions.Select(_ => new List<TimeSpan>(rounds)).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < actions.Length; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var clock = Stopwatch.StartNew();
                actions[i]();
                times[i].Add(clock.Elapsed);
            }
        }

        return times.Select(Median).ToArray();
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
