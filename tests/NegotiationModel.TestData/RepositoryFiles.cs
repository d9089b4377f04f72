namespace NegotiationModel.TestData;

/// <summary>Finds files of the repository from the test assembly's directory, for tests that compare committed files with generated ones.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NegotiationModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with NegotiationModel.sln) is not above " + AppContext.BaseDirectory);
    });

    /// <summary>Returns the full path of a file given relative to the repository root with '/' separators.</summary>
    public static string PathOf(string relativePath) => Path.Combine([Root.Value, .. relativePath.Split('/')]);
}
