using System.Diagnostics;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli.Tests.Robustness;

/// <summary>
/// Every input the tool reads (a file, standard input, a FIFO, a device) is read up to the library's size
/// limit plus one byte and no further, in memory bounded by the limit (docs/cli.md, "Input size").
/// Allocations are counted process-wide, so these tests run alone.
/// </summary>
[Collection(nameof(InputLimitTest))]
[CollectionDefinition(nameof(InputLimitTest), DisableParallelization = true)]
public sealed class InputLimitTest
{
    private const long Limit = NegotiationJsonReadOptions.DefaultMaxInputBytes;

    // What one input may cost: the bytes up to the limit, one read chunk more, and a little for the run itself.
    private const long AllocationBound = Limit + (8 * 1024 * 1024);

    private static readonly string TooLarge = $"is too large: it holds more than {Limit} bytes (64 MiB), the limit for one input.";

    [Fact(Timeout = 60_000)]
    public async Task Validate_of_dev_zero_stops_at_the_limit()
    {
        // An endless input ends in a one-line error at the input limit, not in reading until memory runs out.
        var (run, allocated) = await MeasureAsync(() => CliRun.InvokeAsync("validate", "/dev/zero"), TestContext.Current.CancellationToken);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"negotiation: '/dev/zero' {TooLarge}\n");
        allocated.Should().BeLessThan(AllocationBound);
    }

    [Fact(Timeout = 60_000)]
    public async Task Format_of_endless_standard_input_stops_at_the_limit()
    {
        // Standard input is read up to the same limit as a file: copied whole, /dev/zero would never end.
        await using var zeros = new FileStream("/dev/zero", FileMode.Open, FileAccess.Read);

        var (run, allocated) = await MeasureAsync(() => CliRun.InvokeWithInputStreamAsync(zeros, "format", "-"), TestContext.Current.CancellationToken);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"negotiation: '<stdin>' {TooLarge}\n");
        allocated.Should().BeLessThan(AllocationBound);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_fifo_fed_more_than_the_limit_is_read_only_up_to_the_limit()
    {
        // A FIFO has no length to check first: it is refused once the limit is read, not after reading all 80 MiB.
        var fifo = Path.Combine(Path.GetTempPath(), $"negotiation-fifo-{Guid.NewGuid():N}");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            mkfifo.ExitCode.Should().Be(0);
        }

        try
        {
            long written = 0;
            var writer = Task.Run(() => written = Feed(fifo, Limit + (16 * 1024 * 1024)), TestContext.Current.CancellationToken);

            var (run, allocated) = await MeasureAsync(() => CliRun.InvokeAsync("stats", fifo), TestContext.Current.CancellationToken);
            await writer;

            run.ExitCode.Should().Be(2);
            run.Error.Should().Be($"negotiation: '{fifo}' {TooLarge}\n");
            allocated.Should().BeLessThan(AllocationBound);
            written.Should().BeLessThan(Limit + (16 * 1024 * 1024), "the reader stopped and closed the FIFO before its end");
        }
        finally
        {
            File.Delete(fifo);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task The_limit_is_the_librarys_default_exactly()
    {
        // A record of exactly the library's default limit is read; one byte more is refused before parsing.
        var head = "{\"schemaVersion\":\"1.0\",\"title\":\"";
        var atLimit = CliRun.TempFile(head + new string('a', (int)Limit - head.Length - 2) + "\"}");
        var overLimit = CliRun.TempFile(head + new string('a', (int)Limit - head.Length - 1) + "\"}");
        try
        {
            new FileInfo(atLimit).Length.Should().Be(Limit);
            new FileInfo(overLimit).Length.Should().Be(Limit + 1);

            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            var accepted = await CliRun.InvokeAsync("validate", atLimit);
            var refused = await CliRun.InvokeAsync("validate", overLimit);

            accepted.ExitCode.Should().Be(0);
            accepted.Out.Should().StartWith($"{atLimit}: valid");
            refused.ExitCode.Should().Be(2);
            refused.Error.Should().Be($"negotiation: '{overLimit}' {TooLarge}\n");
        }
        finally
        {
            File.Delete(atLimit);
            File.Delete(overLimit);
        }
    }

    private static async Task<(CliRun Run, long Allocated)> MeasureAsync(Func<Task<CliRun>> run, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await run();
        return (result, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    /// <summary>Writes up to <paramref name="bytes"/> spaces into the FIFO until the reader closes it; returns how many were written.</summary>
    private static long Feed(string fifo, long bytes)
    {
        var block = new byte[1024 * 1024];
        Array.Fill(block, (byte)' ');
        long written = 0;
        try
        {
            using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            while (written < bytes)
            {
                var count = (int)Math.Min(block.Length, bytes - written);
                stream.Write(block, 0, count);
                written += count;
            }
        }
        catch (IOException)
        {
            // The reader closed its end (EPIPE): it read what it needed.
        }

        return written;
    }
}
