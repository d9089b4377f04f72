using NegotiationModel.TestData;

namespace NegotiationModel.Cli.Tests;

/// <summary>
/// Compares command output with a file under Golden/. Set NEGOTIATION_UPDATE_GOLDEN=1 to rewrite the files
/// after a deliberate change, then review the diff.
/// </summary>
internal static class Golden
{
    private static string Folder => RepositoryFiles.PathOf("tests/NegotiationModel.Cli.Tests/Golden");

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("NEGOTIATION_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).Should().BeTrue($"the golden file {name} should exist (run once with NEGOTIATION_UPDATE_GOLDEN=1)");
        actual.Should().Be(File.ReadAllText(path), $"the output should equal tests/NegotiationModel.Cli.Tests/Golden/{name}");
    }
}
