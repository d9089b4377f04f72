namespace NegotiationModel.Cli;

/// <summary>The streams a command reads and writes, so that tests can run commands in-process.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output: data, or diagnostics where they are the command's output.</param>
/// <param name="Error">Standard error: everything else the user should see.</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error);
