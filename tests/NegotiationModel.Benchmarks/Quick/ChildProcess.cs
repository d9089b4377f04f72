using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>
/// Runs this program again in a child process, for what must be measured alone (the peak memory of streaming)
/// or stopped at a deadline (a load that would take longer than the quick mode may).
/// </summary>
internal static class ChildProcess
{
    /// <summary>Runs the child and collects its output lines of the form <c>key value</c>.</summary>
    /// <param name="deadline">How long to wait before killing the child.</param>
    /// <param name="arguments">The child's arguments.</param>
    /// <returns>Whether it finished in time, and the values it printed.</returns>
    public static (bool Finished, Dictionary<string, string> Values) Run(TimeSpan deadline, params string[] arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var host = Environment.ProcessPath!;
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var child = Process.Start(start)!;
        child.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } data && data.Split(' ', 2) is [var key, var value])
            {
                lock (values)
                {
                    values[key] = value;
                }
            }
        };
        child.BeginOutputReadLine();
        var finished = child.WaitForExit(deadline);
        if (!finished)
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        else
        {
            child.WaitForExit();
        }

        lock (values)
        {
            return (finished && child.ExitCode == 0, new Dictionary<string, string>(values, StringComparer.Ordinal));
        }
    }

    /// <summary>Prints one value for the parent.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public static void Report(string key, double value)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key} {value:R}"));
        Console.Out.Flush();
    }

    /// <summary>Reads a value the child printed.</summary>
    /// <param name="values">The values.</param>
    /// <param name="key">The key.</param>
    /// <returns>The value, or null when the child did not print it.</returns>
    public static double? Value(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : null;
}
