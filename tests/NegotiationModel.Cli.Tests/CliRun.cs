namespace NegotiationModel.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static string Sample => Path.Combine(AppContext.BaseDirectory, "Samples", "miami-talks-2025-12.json");

    public static async Task<CliRun> InvokeWithInputAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin));
        var exitCode = await NegotiationCli.RunAsync(args, new CliConsole(input, output, error));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool with <paramref name="stdin"/> as its standard input, such as a stream of /dev/zero.</summary>
    public static async Task<CliRun> InvokeWithInputStreamAsync(Stream stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await NegotiationCli.RunAsync(args, new CliConsole(stdin, output, error));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliRun> InvokeAsync(params string[] args) => InvokeWithInputAsync(string.Empty, args);

    /// <summary>Writes <paramref name="content"/> to a fresh temporary file and returns its path.</summary>
    public static string TempFile(string content, string extension = ".json")
    {
        var path = Path.Combine(Path.GetTempPath(), $"negotiation-cli-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}
