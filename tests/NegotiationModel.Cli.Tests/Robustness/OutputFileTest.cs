using System.Diagnostics;
using System.Text;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli.Tests.Robustness;

/// <summary>
/// A command that writes a file (format -o, render -o) replaces it only with complete output: on a full
/// disk or any write failure the old file keeps its bytes, no temporary file is left, and one line says
/// which file could not be written (docs/cli.md, "Output files").
/// </summary>
public sealed class OutputFileTest
{
    private const int DiskBytes = 64 * 1024;

    [Fact]
    public async Task Format_in_place_on_a_full_disk_keeps_the_original_file()
    {
        // Writing over the input in place would leave rec.json empty when the disk is full: the output goes to
        // a new file that replaces it only once complete. A real full disk is a 64 KiB tmpfs where mounting is
        // allowed (as root, which CI is); elsewhere the kernel refuses the same bytes through a file-size limit of
        // 64 KiB on a child process running the tool, so the test runs on every machine.
        var mounted = Environment.UserName.Equals("root", StringComparison.Ordinal);
        var disk = Directory.CreateTempSubdirectory("negotiation-full-disk-").FullName;
        if (mounted)
        {
            await RunAsync("mount", "-t", "tmpfs", "-o", $"size={DiskBytes}", "tmpfs", disk);
        }

        try
        {
            var record = Path.Combine(disk, "rec.json");
            var original = Encoding.UTF8.GetBytes(MinifiedRecord(actors: 550));
            File.WriteAllBytes(record, original);
            original.Length.Should().BeLessThan(DiskBytes, "the record fits the disk");
            Encoding.UTF8.GetByteCount(NegotiationJson.Serialize(NegotiationJson.Deserialize(original))).Should().BeGreaterThan(DiskBytes, "its formatted form does not, even alone");

            var run = mounted
                ? await CliRun.InvokeAsync("format", record, "-o", record)
                : await InvokeWithFileSizeLimitAsync(DiskBytes, "format", record, "-o", record);

            run.ExitCode.Should().Be(2);
            run.Error.Should().StartWith($"negotiation: cannot write '{record}': ").And.EndWith("\n");
            run.Error.TrimEnd('\n').Should().NotContain("\n");
            File.ReadAllBytes(record).Should().Equal(original);
            Directory.GetFiles(disk).Should().Equal(record);
        }
        finally
        {
            if (mounted)
            {
                await RunAsync("umount", disk);
            }

            Directory.Delete(disk, recursive: !mounted);
        }
    }

    [Fact]
    public async Task A_write_that_fails_midway_leaves_the_target_and_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("negotiation-output-").FullName;
        var target = Path.Combine(folder, "timeline.html");
        File.WriteAllText(target, "the old page");
        using var error = new StringWriter();
        var console = new CliConsole(Stream.Null, TextWriter.Null, error);
        try
        {
            var exitCode = await OutputFile.WriteAsync(
                console,
                target,
                async (stream, token) =>
                {
                    await stream.WriteAsync(new byte[10_000], token);
                    throw new IOException("No space left on device");
                },
                TestContext.Current.CancellationToken);

            exitCode.Should().Be(2);
            error.ToString().Should().Be($"negotiation: cannot write '{target}': No space left on device\n");
            File.ReadAllText(target).Should().Be("the old page");
            Directory.GetFiles(folder).Should().Equal(target);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Render_replaces_an_existing_file_whole_and_keeps_its_permissions()
    {
        var folder = Directory.CreateTempSubdirectory("negotiation-output-").FullName;
        var target = Path.Combine(folder, "timeline.svg");
        File.WriteAllText(target, new string('x', 1_000_000));
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            var run = await CliRun.InvokeAsync("render", CliRun.Sample, "--format", "svg", "-o", target);
            var stdout = await CliRun.InvokeAsync("render", CliRun.Sample, "--format", "svg");

            run.ExitCode.Should().Be(0);
            File.ReadAllText(target).Should().Be(stdout.Out);
            File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Directory.GetFiles(folder).Should().Equal(target);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("format", "record.json")]
    [InlineData("render", "timeline.svg")]
    public async Task An_output_file_that_does_not_exist_yet_is_created(string command, string name)
    {
        var folder = Directory.CreateTempSubdirectory("negotiation-output-").FullName;
        var target = Path.Combine(folder, name);
        try
        {
            var arguments = command == "render" ? new[] { command, CliRun.Sample, "--format", "svg", "-o", target } : [command, CliRun.Sample, "-o", target];
            var run = await CliRun.InvokeAsync(arguments);
            var stdout = await CliRun.InvokeAsync(arguments[..^2]);

            run.ExitCode.Should().Be(0, run.Error);
            File.ReadAllText(target).Should().Be(stdout.Out);
            Directory.GetFiles(folder).Should().Equal(target);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_dangling_link_is_followed_to_the_file_it_names()
    {
        var folder = Directory.CreateTempSubdirectory("negotiation-output-").FullName;
        var real = Path.Combine(folder, "missing.json");
        var link = Path.Combine(folder, "link.json");
        File.CreateSymbolicLink(link, real);
        try
        {
            var run = await CliRun.InvokeAsync("format", CliRun.Sample, "-o", link);

            run.ExitCode.Should().Be(0, run.Error);
            new FileInfo(link).LinkTarget.Should().Be(real);
            File.ReadAllText(real).Should().Be(File.ReadAllText(CliRun.Sample));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_link_is_followed_and_kept()
    {
        var folder = Directory.CreateTempSubdirectory("negotiation-output-").FullName;
        var real = Path.Combine(folder, "real.json");
        var link = Path.Combine(folder, "link.json");
        File.WriteAllText(real, "old");
        File.CreateSymbolicLink(link, real);
        try
        {
            var run = await CliRun.InvokeAsync("format", CliRun.Sample, "-o", link);

            run.ExitCode.Should().Be(0);
            new FileInfo(link).LinkTarget.Should().Be(real);
            File.ReadAllText(real).Should().Be(File.ReadAllText(CliRun.Sample));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_device_is_written_to_not_replaced()
    {
        // As root, renaming over /dev/null would replace the device with a regular file.
        var run = await CliRun.InvokeAsync("format", CliRun.Sample, "-o", "/dev/null");

        run.ExitCode.Should().Be(0);
        File.ReadAllBytes("/dev/null").Should().BeEmpty();
    }

    [Fact]
    public async Task A_folder_as_the_output_is_a_one_line_error()
    {
        var folder = Directory.CreateTempSubdirectory("negotiation-output-").FullName;
        try
        {
            var run = await CliRun.InvokeAsync("format", CliRun.Sample, "-o", folder);

            run.ExitCode.Should().Be(2);
            run.Error.Should().Be($"negotiation: cannot write '{folder}': it is a folder.\n");
            Directory.GetFileSystemEntries(folder).Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string MinifiedRecord(int actors)
        => "{\"schemaVersion\":\"1.0\",\"title\":\"t\",\"actors\":["
        + string.Join(',', Enumerable.Range(0, actors).Select(i => $"{{\"id\":\"a{i}\",\"kind\":\"person\",\"names\":[{{\"text\":\"Actor {i}\",\"language\":\"en\"}}]}}"))
        + "]}";

    // Runs the tool in a child process whose files may not grow past limitBytes. SIGXFSZ is ignored, so a write past
    // the limit fails with EFBIG as a full disk fails with ENOSPC; W^X mapping is off, since the runtime's own double
    // mapping of code would otherwise meet the limit at start-up.
    private static async Task<CliRun> InvokeWithFileSizeLimitAsync(int limitBytes, params string[] arguments)
    {
        var tool = typeof(NegotiationCli).Assembly.Location;
        var start = new ProcessStartInfo("bash", ["-c", $"trap '' XFSZ; ulimit -f {limitBytes / 1024}; exec dotnet \"$0\" \"$@\"", tool, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DOTNET_EnableWriteXorExecute"] = "0" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliRun(process.ExitCode, await output, await error);
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        using var process = Process.Start(program, arguments);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        process.ExitCode.Should().Be(0, $"{program} {string.Join(' ', arguments)} succeeds");
    }
}
