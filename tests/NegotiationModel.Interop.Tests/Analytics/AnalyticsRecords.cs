using NegotiationModel.Serialization;
using NegotiationModel.TestData;

namespace NegotiationModel.Interop.Tests.Analytics;

/// <summary>The records the analytics exports are checked on: the three samples of docs/samples and generated records of a few sizes and seeds.</summary>
internal static class AnalyticsRecords
{
    public static readonly string[] Samples = ["miami-talks-2025-12.json", "minsk-ii-2015.json", "good-friday-agreement-1998.json"];

    public static TheoryData<string> Names => [.. Samples, "synthetic-40-1", "synthetic-300-7", "synthetic-600-20251228"];

    public static NegotiationRecord Load(string name)
    {
        if (name.StartsWith("synthetic-", StringComparison.Ordinal))
        {
            var parts = name.Split('-');
            return SyntheticRecord.Generate(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        return NegotiationJson.Deserialize(File.ReadAllText(RepositoryFiles.PathOf("docs/samples/" + name)));
    }
}
