using NegotiationModel.TestData;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NegotiationModel.Proposals;

namespace NegotiationModel.Tests.Proposals;

/// <summary>
/// The tables in docs/concepts.md that map each column of the PA-X CSV export (Proposals/Pax/columns.txt) to a kind of
/// provision or to where the record holds it: complete against the columns, and naming only kinds the library has.
/// The tables are generated from the importer's PaxColumns (NegotiationModel.Interop), whose own test holds them equal to
/// it; this one checks what a reader of the guide sees against the model alone.
/// </summary>
public sealed partial class PaxColumnsTest
{
    private static readonly string Concepts = File.ReadAllText(RepositoryFiles.PathOf("docs/concepts.md"));

    private static readonly string[] Columns = File.ReadAllLines(RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Proposals/Pax/columns.txt"))
        .Select(line => line.Trim())
        .Where(line => line.Length > 0)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The <c>"kind"</c> names of the library's provisions, as the JSON contract declares them.</summary>
    private static readonly string[] LibraryKinds = [.. typeof(Provision).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(attribute => (string)attribute.TypeDiscriminator!)];

    private static readonly Lazy<IReadOnlyList<(string Category, string[] Columns, string[] Kinds)>> ProvisionRows = new(() =>
        [.. Rows("pax-provision-kinds").Select(cells => (cells[0], Ticked(cells[1]), Ticked(cells[2])))]);

    private static readonly Lazy<IReadOnlyList<string[]>> OtherColumnRows = new(() => [.. Rows("pax-other-columns").Select(cells => Ticked(cells[0]))]);

    [Fact]
    public void Every_column_of_the_export_is_in_one_of_the_tables()
    {
        var mapped = ProvisionRows.Value.SelectMany(row => row.Columns).Concat(OtherColumnRows.Value.SelectMany(columns => columns)).ToHashSet(StringComparer.Ordinal);

        var missing = Columns.Where(column => !mapped.Contains(column)).ToArray();

        missing.Should().BeEmpty("every PA-X column must map to a kind of provision or say where the record holds it (docs/concepts.md, \"Provision kinds and PA-X\"); missing: {0}", string.Join(", ", missing));
    }

    [Fact]
    public void The_tables_name_only_columns_of_the_export_and_each_once()
    {
        var named = ProvisionRows.Value.SelectMany(row => row.Columns).Concat(OtherColumnRows.Value.SelectMany(columns => columns)).ToArray();

        named.Except(Columns, StringComparer.Ordinal).Should().BeEmpty("the tables must name only columns of columns.txt");
        named.GroupBy(column => column, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).Should().BeEmpty("each column belongs to one row");
    }

    [Fact]
    public void Every_kind_the_table_names_exists_and_every_typed_kind_is_named()
    {
        var named = ProvisionRows.Value.SelectMany(row => row.Kinds).Distinct(StringComparer.Ordinal).ToArray();

        named.Except(LibraryKinds, StringComparer.Ordinal).Should().BeEmpty("the table must name only kinds of provision the library has (Provision's [JsonDerivedType] list)");
        LibraryKinds.Except(named, StringComparer.Ordinal).Should().Equal(["other"], "every typed kind must map from some PA-X column; only 'other' takes any");
        ProvisionRows.Value.Should().AllSatisfy(row => row.Kinds.Should().NotBeEmpty($"the row of {row.Columns.FirstOrDefault()} names a kind"));
    }

    [Fact]
    public void Every_top_level_category_of_the_codebook_has_a_kind()
    {
        string[] codebookCategories =
        [
            "Groups", "Gender", "State definition", "Governance", "Power sharing", "Human rights and equality", "Justice sector reform",
            "Socio-economic reconstruction", "Land, property and environment", "Security sector", "Transitional justice", "Implementation",
        ];

        ProvisionRows.Value.Select(row => row.Category).Distinct().Should().BeEquivalentTo(codebookCategories);
    }

    [Fact]
    public void Every_category_of_the_model_but_other_has_a_kind()
    {
        var used = typeof(Provision).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Provision)) && type != typeof(OtherProvision))
            .Select(type => ProvisionSamples.Create(type.Name).Category)
            .ToHashSet();

        Enum.GetValues<ProvisionCategory>().Where(category => !used.Contains(category)).Should().Equal([ProvisionCategory.Other]);
    }

    /// <summary>The cells of the table rows between the markers <c>&lt;!-- name:start --&gt;</c> and <c>&lt;!-- name:end --&gt;</c>, header and rule left out.</summary>
    private static IEnumerable<string[]> Rows(string name)
    {
        var start = Concepts.IndexOf($"<!-- {name}:start -->", StringComparison.Ordinal);
        var end = Concepts.IndexOf($"<!-- {name}:end -->", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"docs/concepts.md holds the table marked {name}");
        end.Should().BeGreaterThan(start);

        return Concepts[start..end].Split('\n')
            .Where(line => line.StartsWith('|'))
            .Skip(2)
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray());
    }

    private static string[] Ticked(string cell) => [.. TickedText().Matches(cell).Select(match => match.Groups[1].Value)];

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex TickedText();
}
