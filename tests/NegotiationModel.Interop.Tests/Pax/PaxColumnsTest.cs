using NegotiationModel.TestData;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using NegotiationModel.Identifiers;
using NegotiationModel.Interop.Pax;
using NegotiationModel.Proposals;

namespace NegotiationModel.Interop.Tests.Pax;

/// <summary>
/// <see cref="PaxColumns"/>, the one description of the PA-X mapping: complete against the export's columns
/// (Fixtures/pax/columns.txt), naming only kinds the library has, and the tables of docs/concepts.md generated from it.
/// Set NEGOTIATION_UPDATE_DOCS=1 to rewrite the tables after a deliberate change, then review the diff.
/// </summary>
public sealed class PaxColumnsTest
{
    private const string ConceptsPath = "docs/concepts.md";

    internal static readonly string[] Columns = [.. File.ReadAllLines(Path.Combine(Fixtures.Folder("pax"), "columns.txt")).Select(line => line.Trim()).Where(line => line.Length > 0)];

    /// <summary>The <c>"kind"</c> names of the library's provisions, as the JSON contract declares them.</summary>
    private static readonly string[] LibraryKinds = [.. typeof(Provision).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(attribute => (string)attribute.TypeDiscriminator!)];

    private static IEnumerable<string> Named => PaxColumns.ProvisionRows.SelectMany(row => row.Columns).Concat(PaxColumns.OtherRows.SelectMany(row => row.Columns));

    [Fact]
    public void Every_column_of_the_export_is_described_once_and_nothing_else_is()
    {
        var named = Named.ToArray();

        Columns.Except(named, StringComparer.Ordinal).Should().BeEmpty("every PA-X column maps to a kind of provision or says where the record holds it");
        named.Except(Columns, StringComparer.Ordinal).Should().BeEmpty("PaxColumns names only columns of columns.txt");
        named.GroupBy(column => column, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).Should().BeEmpty("each column belongs to one row");
    }

    [Fact]
    public void Every_kind_named_exists_and_every_typed_kind_is_reachable_from_some_column()
    {
        var named = PaxColumns.ProvisionRows.SelectMany(row => row.Kinds).Distinct(StringComparer.Ordinal).ToArray();

        named.Except(LibraryKinds, StringComparer.Ordinal).Should().BeEmpty("the table names only kinds of provision the library has (Provision's [JsonDerivedType] list)");
        LibraryKinds.Except(named, StringComparer.Ordinal).Should().Equal(["other"], "every typed kind maps from some PA-X column; only 'other' takes any");
        PaxColumns.ProvisionRows.Should().AllSatisfy(row => row.Kinds.Should().NotBeEmpty($"the row of {row.Columns[0]} names a kind"));
        PaxProvisionKinds.Names.Should().BeEquivalentTo(LibraryKinds.Except(["other"]), "the importer's factories cover the library's typed kinds");
    }

    [Fact]
    public void Every_top_level_category_of_the_codebook_has_a_row()
    {
        string[] codebookCategories =
        [
            "Groups", "Gender", "State definition", "Governance", "Power sharing", "Human rights and equality", "Justice sector reform",
            "Socio-economic reconstruction", "Land, property and environment", "Security sector", "Transitional justice", "Implementation",
        ];

        PaxColumns.ProvisionRows.Select(row => row.Category.Title).Distinct().Should().BeEquivalentTo(codebookCategories);
    }

    [Fact]
    public void What_the_import_creates_for_a_column_is_the_kind_the_table_names_first_with_the_depth_read()
    {
        foreach (var row in PaxColumns.ProvisionRows)
        {
            var provision = row.Create(new ProvisionId("p"), ProvisionDepth.Concrete);

            KindOf(provision).Should().Be(row.ImportedKind, row.ToString());
            provision.Depth.Should().Be(ProvisionDepth.Concrete);
            if (row.CreatesOther)
            {
                provision.Category.Should().Be(row.Category.Category, $"an other provision keeps its PA-X category ({row})");
            }
            else
            {
                row.ImportedKind.Should().Be(row.Kinds[0]);
            }
        }
    }

    [Fact]
    public void The_tables_of_the_concepts_guide_are_generated_from_the_code()
    {
        var path = RepositoryFiles.PathOf(ConceptsPath);
        var current = File.ReadAllText(path);
        var expected = Replace(Replace(current, "pax-provision-kinds", ProvisionTable()), "pax-other-columns", OtherTable());
        if (Environment.GetEnvironmentVariable("NEGOTIATION_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            current = expected;
        }

        current.Should().Be(expected, "the PA-X tables of docs/concepts.md are generated from PaxColumns: run once with NEGOTIATION_UPDATE_DOCS=1 and review the diff");
    }

    internal static string KindOf(Provision provision)
        => (string)typeof(Provision).GetCustomAttributes<JsonDerivedTypeAttribute>().Single(attribute => attribute.DerivedType == provision.GetType()).TypeDiscriminator!;

    private static string ProvisionTable()
    {
        var table = new StringBuilder("| PA-X category | columns | kinds | import creates |\n| --- | --- | --- | --- |\n");
        foreach (var row in PaxColumns.ProvisionRows)
        {
            var creates = row.CreatesOther ? $"`other` (category `{row.Category.Category}`)" : $"`{row.ImportedKind}`";
            table.Append(CultureInfo.InvariantCulture, $"| {row.Category.Title} | {Ticked(row.Columns)} | {Ticked(row.Kinds)} | {creates} |\n");
        }

        return table.ToString();
    }

    private static string OtherTable()
    {
        var table = new StringBuilder("| columns | what they are | in the record |\n| --- | --- | --- |\n");
        foreach (var row in PaxColumns.OtherRows)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {Ticked(row.Columns)} | {row.Meaning} | {row.InTheRecord} |\n");
        }

        return table.ToString();
    }

    private static string Ticked(IEnumerable<string> names) => string.Join(", ", names.Select(name => $"`{name}`"));

    private static string Replace(string document, string name, string table)
    {
        var start = $"<!-- {name}:start -->\n";
        var end = $"<!-- {name}:end -->";
        var from = document.IndexOf(start, StringComparison.Ordinal);
        var to = document.IndexOf(end, StringComparison.Ordinal);
        from.Should().BeGreaterThanOrEqualTo(0, $"{ConceptsPath} holds the table marked {name}");
        to.Should().BeGreaterThan(from);
        return string.Concat(document.AsSpan(0, from + start.Length), table, document.AsSpan(to));
    }
}
