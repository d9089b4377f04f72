using System.Diagnostics.Tracing;
using System.Globalization;

namespace NegotiationModel.Benchmarks;

/// <summary>
/// Samples what the process allocates, by type, from the runtime's own allocation ticks (one event about
/// every 100 KB): which types fill the heap, without a profiler to attach.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> bytesByType = [];
    private readonly Lock gate = new();

    /// <summary>Prints the types that took the most bytes, and their share.</summary>
    public void Report(int top)
    {
        lock (gate)
        {
            var total = bytesByType.Values.Sum();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocation ticks: {total / 1e6:F0} MB sampled"));
            foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * bytes / total,6:F1} %  {type}"));
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick is verbose
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is not { } payload)
        {
            return;
        }

        var type = payload[eventData.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        var bytes = Convert.ToInt64(payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (gate)
        {
            bytesByType[type] = bytesByType.GetValueOrDefault(type) + bytes;
        }
    }
}
