namespace NegotiationModel.Cli;

/// <summary>The streams a command reads and writes, so that tests can run commands in-process.</summary>
/// <param name="In">Standard input, as bytes: records are UTF-8 and must reach the reader unaltered.</param>
/// <param name="Out">Standard output: data, or diagnostics where they are the command's output.</param>
/// <param name="Error">Standard error: everything else the user should see.</param>
/// <param name="UseColour">Whether output may be coloured: only on a terminal, and never with NO_COLOR set.</param>
internal sealed record CliConsole(Stream In, TextWriter Out, TextWriter Error, bool UseColour = false);
