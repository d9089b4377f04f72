using NegotiationModel.Interop;

namespace NegotiationModel.Interop.Tests;

/// <summary>The third-party fixtures copied beside the tests, each folder with its licence notice.</summary>
internal static class Fixtures
{
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static InteropInput Input(string folder, string file) => new(file, File.ReadAllText(Path.Combine(Folder(folder), file)));
}
