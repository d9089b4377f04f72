using NegotiationModel.Cli;

return await NegotiationCli.RunAsync(args, Console.In, Console.Out, Console.Error).ConfigureAwait(false);
