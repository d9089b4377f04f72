namespace NegotiationModel.Tests;

/// <summary>Paths of the sample records copied beside the test assembly.</summary>
internal static class SampleFiles
{
    public static string MiamiTalks => Path.Combine(AppContext.BaseDirectory, "Samples", "miami-talks-2025-12.json");

    public static string MinskII => Path.Combine(AppContext.BaseDirectory, "Samples", "minsk-ii-2015.json");

    public static string GoodFridayAgreement => Path.Combine(AppContext.BaseDirectory, "Samples", "good-friday-agreement-1998.json");
}
