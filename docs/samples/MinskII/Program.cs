using NegotiationModel.Samples;
using NegotiationModel.Serialization;

// Prints the Minsk II sample record as JSON: the content of docs/samples/minsk-ii-2015.json.
// Usage: dotnet run --project docs/samples/MinskII [-- OUTPUT.json]
var json = NegotiationJson.Serialize(MinskIISample.Build());
if (args.Length > 0)
{
    File.WriteAllText(args[0], json + "\n");
}
else
{
    Console.Out.Write(json + "\n");
}
