using NegotiationModel.Samples;
using NegotiationModel.Serialization;

// Prints the reference sample record as JSON: the content of docs/samples/miami-talks-2025-12.json.
// Usage: dotnet run --project docs/samples/MiamiTalks [-- OUTPUT.json]
var json = NegotiationJson.Serialize(MiamiTalksSample.Build());
if (args.Length > 0)
{
    File.WriteAllText(args[0], json + "\n");
}
else
{
    Console.Out.Write(json + "\n");
}
