using NegotiationModel.Samples;
using NegotiationModel.Serialization;

// Prints the Good Friday Agreement sample record as JSON: the content of docs/samples/good-friday-agreement-1998.json.
// Usage: dotnet run --project docs/samples/GoodFridayAgreement [-- OUTPUT.json]
var json = NegotiationJson.Serialize(GoodFridayAgreementSample.Build());
if (args.Length > 0)
{
    File.WriteAllText(args[0], json + "\n");
}
else
{
    Console.Out.Write(json + "\n");
}
