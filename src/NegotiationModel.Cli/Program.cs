using NegotiationModel.Cli;

var useColour = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
using var stdin = Console.OpenStandardInput();
return await NegotiationCli.RunAsync(args, new CliConsole(stdin, Console.Out, Console.Error, useColour)).ConfigureAwait(false);
