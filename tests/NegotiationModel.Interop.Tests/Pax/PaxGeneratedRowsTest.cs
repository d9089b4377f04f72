using System.Globalization;
using System.Text;
using CsCheck;
using NegotiationModel.Identifiers;
using NegotiationModel.Interop.Pax;
using NegotiationModel.Proposals;
using NegotiationModel.Validation;

namespace NegotiationModel.Interop.Tests.Pax;

/// <summary>Rows generated over every provision column of the export: what is coded is what is imported, no more and no less.</summary>
public sealed class PaxGeneratedRowsTest
{
    private static readonly string[] ProvisionColumns = [.. PaxColumnsTest.Columns.Where(column => PaxColumns.Provision(column) is not null).Distinct(StringComparer.Ordinal)];

    // Most variables of an agreement are 0 (not addressed); a few carry a depth.
    private static readonly Gen<int> Depth = Gen.Int[0, 11].Select(value => value > 3 ? 0 : value);

    private static readonly Gen<(string[] Columns, int[][] Rows)> Files =
        Gen.Shuffle(ProvisionColumns).SelectMany(columns => Depth.Array[columns.Length].Array[1, 4].Select(rows => (columns, rows)));

    [Fact]
    public void Every_nonzero_cell_of_any_provision_column_is_one_provision_of_its_kind_depth_and_category()
    {
        ProvisionColumns.Should().HaveCount(PaxColumns.ProvisionRows.Sum(row => row.Columns.Count), "every provision column of columns.txt is generated");

        Files.Sample(file =>
        {
            var (record, _) = PaxImporter.Import([new InteropInput("generated.csv", Csv(file.Columns, file.Rows))], PaxImportOptions.Default);

            record.Proposals.Should().HaveCount(file.Rows.Length);
            for (var row = 0; row < file.Rows.Length; row++)
            {
                var proposal = record.Proposals[row];
                var expected = file.Columns.Select((column, index) => (column, depth: file.Rows[row][index]))
                    .Where(cell => cell.depth > 0)
                    .Select(cell => Expected(proposal.Id, cell.column, (ProvisionDepth)cell.depth));
                var actual = proposal.Versions.Single().Provisions.Select(provision => (provision.Id.Value, PaxColumnsTest.KindOf(provision), provision.Depth, provision.Category));
                actual.Should().Equal(expected);
            }

            RecordValidator.Default.Validate(record).Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        }, iter: 60);
    }

    private static (string Id, string Kind, ProvisionDepth? Depth, ProvisionCategory Category) Expected(ProposalId proposal, string column, ProvisionDepth depth)
    {
        var mapping = PaxColumns.Provision(column)!;
        var category = mapping.CreatesOther ? mapping.Category.Category : PaxProvisionKinds.Create(mapping.Kinds[0], new ProvisionId("x")).Category;
        return ($"{proposal.Value}-{column}", mapping.ImportedKind, depth, category);
    }

    private static string Csv(string[] columns, int[][] rows)
    {
        var text = new StringBuilder("AgtId,Agt,Dat,").AppendJoin(',', columns).Append('\n');
        for (var row = 0; row < rows.Length; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row + 1},\"Agreement {row + 1}, generated\",2001-02-{row + 1:D2},").AppendJoin(',', rows[row]).Append('\n');
        }

        return text.ToString();
    }
}
