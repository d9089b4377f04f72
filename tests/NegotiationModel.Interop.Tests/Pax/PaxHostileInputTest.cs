using NegotiationModel.Interop.Pax;

namespace NegotiationModel.Interop.Tests.Pax;

/// <summary>Input that is not a PA-X CSV, or breaks its rules: a clear error naming the input, line and column, never a crash.</summary>
public sealed class PaxHostileInputTest
{
    private static Action Importing(params string[] texts)
        => () => PaxImporter.Import([.. texts.Select((text, index) => new InteropInput($"in{index + 1}.csv", text))], PaxImportOptions.Default);

    [Theory]
    [InlineData("", "in1.csv: not a PA-X CSV: the input is empty")]
    [InlineData("\n\n", "in1.csv: not a PA-X CSV: the input is empty")]
    [InlineData("{\"persons\": [{\"id\": \"a\", \"name\": \"A\"}]}", "in1.csv: not a PA-X CSV: the header row names no 'AgtId' and 'Agt' columns")]
    [InlineData("\u0000\u0001PK\u0003\u0004\u00ff\u00fe binary", "in1.csv: not a PA-X CSV: the header row names no 'AgtId' and 'Agt' columns")]
    [InlineData("id,name\n1,Minsk\n", "in1.csv: not a PA-X CSV")]
    public void Input_that_is_not_a_pax_csv_is_refused(string text, string message)
        => Importing(text).Should().Throw<InteropFormatException>().Which.Message.Should().StartWith(message);

    [Theory]
    [InlineData("AgtId,Agt,Ce\n1,A\n", "in1.csv: line 2", "the row has 2 fields but the header names 3 columns")]
    [InlineData("AgtId,Agt,Ce\n1,A,3,4\n", "in1.csv: line 2", "the row has 4 fields but the header names 3 columns")]
    [InlineData("AgtId,Agt,Ce\n1,A,x\n", "in1.csv: line 2, column Ce", "'x' is not a PA-X value (0 for not addressed, 1 to 3 for the depth)")]
    [InlineData("AgtId,Agt,GeWom\n1,A,4\n", "in1.csv: line 2, column GeWom", "'4' is not a PA-X value")]
    [InlineData("AgtId,Agt,Ce\n1,A,-1\n", "in1.csv: line 2, column Ce", "'-1' is not a PA-X value")]
    [InlineData("AgtId,Agt,Dat\n1,A,12 Feb 2015\n", "in1.csv: line 2, column Dat", "'12 Feb 2015' is not a date")]
    [InlineData("AgtId,Agt,Dat\n1,A,2015-02-30\n", "in1.csv: line 2, column Dat", "'2015-02-30' is not a date")]
    [InlineData("AgtId,Agt,Month,Year\n1,A,13,2015\n", "in1.csv: line 2, column Month", "'13' is not a number from 1 to 12")]
    [InlineData("AgtId,Agt,Day,Month,Year\n1,A,31,2,2015\n", "in1.csv: line 2, column Day", "2015-02-31 is not a date")]
    [InlineData("AgtId,Agt,Day,Month\n1,A,3,4\n", "in1.csv: line 2, column Year", "a day or month without a year is not a date")]
    [InlineData("AgtId,Agt,Dat,Day,Month,Year\n1,A,2015-02-12,12,2,2016\n", "in1.csv: line 2, column Dat", "'2015-02-12' disagrees with Day, Month and Year (12/2/2016)")]
    [InlineData("AgtId,Agt\n,A\n", "in1.csv: line 2, column AgtId", "an agreement needs its PA-X number")]
    [InlineData("AgtId,Agt\n1,\n", "in1.csv: line 2, column Agt", "an agreement needs its name")]
    [InlineData("AgtId,Agt\n1,A\n1,B\n", "in1.csv: line 3, column AgtId", "the agreement 1 is already at in1.csv: line 2; PA-X gives each agreement one row")]
    [InlineData("AgtId,Agt,Part,Ce\n1,A,\"x\ny\",1\n2,B,,z\n", "in1.csv: line 4, column Ce", "'z' is not a PA-X value")]
    public void A_cell_that_breaks_the_format_is_refused_with_its_input_line_and_column(string text, string location, string message)
    {
        var error = Importing(text).Should().Throw<InteropFormatException>().Which;

        error.Location.Should().Be(location);
        error.Message.Should().StartWith($"{location}: {message}", "the message is the location and what is wrong there").And.NotContain("   at ");
    }

    [Fact]
    public void One_agreement_in_two_files_is_refused_naming_both_places()
        => Importing("AgtId,Agt\n1,A\n", "AgtId,Agt\n2,B\n1,A again\n").Should().Throw<InteropFormatException>()
            .Which.Message.Should().Be("in2.csv: line 3, column AgtId: the agreement 1 is already at in1.csv: line 2; PA-X gives each agreement one row");

    [Fact]
    public void A_large_file_streams_through_and_keeps_only_what_it_imports()
    {
        const int Rows = 20_000;
        var text = new System.Text.StringBuilder("AgtId,Agt,Dat,Ce,HrGen,Part\n");
        for (var row = 1; row <= Rows; row++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{row},Agreement {row},2000-01-01,{row % 4},0,\"A, B and C\"\n");
        }

        var (record, report) = PaxImporter.Import([new InteropInput("large.csv", text.ToString())], PaxImportOptions.Default);

        record.Proposals.Should().HaveCount(Rows);
        report.Created["provision"].Should().Be(Rows / 4 * 3);
    }
}
