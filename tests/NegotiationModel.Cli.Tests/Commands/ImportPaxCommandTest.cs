using NegotiationModel.Serialization;

namespace NegotiationModel.Cli.Tests.Commands;

public sealed class ImportPaxCommandTest
{
    private const string Agreements = "AgtId,Con,Agt,Dat,Stage,Part,Ce,TjAm,Lgt\n"
        + "1365,Ukraine/Russia,Package of Measures for the Implementation of the Minsk Agreements,2015-02-12,Imp,\"OSCE, Ukraine, Russian Federation\",3,2,3\n"
        + "1100,United Kingdom/Ireland,Good Friday Agreement,1998-04-10,SubComp,\"UK, Ireland\",0,0,35\n";

    [Fact]
    public async Task Import_pax_writes_a_valid_record_of_proposals_and_prints_the_report()
    {
        var output = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("import", "pax", CliRun.TempFile(Agreements, ".csv"), "-o", output);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("pax:\ncreated:\n  proposal: 2\n  provision: 2\nnot mapped:\n  Lgt: 2\n");
        var record = NegotiationJson.Deserialize(File.ReadAllText(output));
        record.Proposals.Select(proposal => proposal.Id.Value).Should().Equal("pax-1365", "pax-1100");
        record.Proposals[0].Title.Single().Language.Should().Be("en", "PA-X titles are English unless --language says otherwise");
        (await CliRun.InvokeAsync("validate", output)).ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Import_pax_into_a_record_adds_the_agreements_to_it()
    {
        var existing = CliRun.TempFile("""{"schemaVersion": "1.1", "title": "Talks"}""");
        var output = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("import", "pax", CliRun.TempFile(Agreements, ".csv"), "--into", existing, "-o", output);

        run.ExitCode.Should().Be(0, run.Error);
        var record = NegotiationJson.Deserialize(File.ReadAllText(output));
        record.Title.Should().Be("Talks");
        record.Proposals.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("""{"persons": []}""", "not a PA-X CSV: the header row names no 'AgtId' and 'Agt' columns")]
    [InlineData("AgtId,Agt,Ce\n1,Minsk,x\n", "line 2, column Ce: 'x' is not a PA-X value")]
    [InlineData("AgtId,Agt,Dat\n1,Minsk,the twelfth\n", "line 2, column Dat: 'the twelfth' is not a date")]
    [InlineData("AgtId,Agt\n1,Minsk\n1,Minsk again\n", "line 3, column AgtId: the agreement 1 is already at")]
    [InlineData("", "not a PA-X CSV: the input is empty")]
    public async Task Input_that_is_not_pax_exits_1_with_where_and_no_stack_trace(string content, string message)
    {
        var output = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("import", "pax", CliRun.TempFile(content, ".csv"), "-o", output);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(message).And.NotContain("   at ");
        File.ReadAllText(output).Should().BeEmpty();
    }
}
