namespace NegotiationModel.Tests;

/// <summary>Paths of the sample records copied beside the test assembly.</summary>
internal static class SampleFiles
{
    public static string MiamiTalks => Path.Combine(AppContext.BaseDirectory, "Samples", "miami-talks-2025-12.json");
}
