using NegotiationModel.Interop.Analytics;
using NegotiationModel.TestData;

namespace NegotiationModel.Interop.Tests.Analytics;

/// <summary>docs/interop.md lists the analytics columns as the code does: names, types, nullability and meaning, in order.</summary>
public sealed class AnalyticsColumnsDocumentationTest
{
    private const string Start = "<!-- analytics-columns:start -->\n";
    private const string End = "<!-- analytics-columns:end -->";

    [Fact]
    public void The_column_table_of_interop_md_is_the_column_list()
    {
        var path = RepositoryFiles.PathOf("docs/interop.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var from = text.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var to = text.IndexOf(End, StringComparison.Ordinal);
        var table = string.Join(string.Empty, new[] { "| column | type | null | what |\n", "| --- | --- | --- | --- |\n" }
            .Concat(AnalyticsColumns.All.Select(column => $"| `{column.Name}` | {TypeName(column.Type)} | {(column.IsNullable ? "yes" : "no")} | {column.Description} |\n")));
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, text[..from] + table + text[to..]);
        }

        var documented = File.ReadAllText(path).ReplaceLineEndings("\n");
        documented[from..documented.IndexOf(End, StringComparison.Ordinal)].Should().Be(table, "docs/interop.md must list the columns of AnalyticsColumns: run the tests with UPDATE_SCHEMA=1 and commit the file");
    }

    private static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Timestamp => "timestamp (UTC, µs)",
        ColumnType.Identifiers => "identifiers",
        _ => "text",
    };
}
