using System.Text;
using NegotiationModel.Indexing;
using NegotiationModel.Samples;
using NegotiationModel.Serialization;
using NegotiationModel.Tests.Serialization;
using NegotiationModel.Validation;

namespace NegotiationModel.Tests.Samples;

/// <summary>
/// What every reference sample promises: its committed JSON is exactly what its C# builder writes, reads back equal,
/// meets the schema, validates without a single diagnostic, cites a source for every fact and resolves every reference.
/// </summary>
public sealed class ReferenceSamplesTest
{
    public static TheoryData<string> Samples() => ["miami", "minsk-ii", "good-friday"];

    private static (string File, Func<NegotiationRecord> Build, string Project) Sample(string name) => name switch
    {
        "miami" => (SampleFiles.MiamiTalks, MiamiTalksSample.Build, "MiamiTalks"),
        "minsk-ii" => (SampleFiles.MinskII, MinskIISample.Build, "MinskII"),
        "good-friday" => (SampleFiles.GoodFridayAgreement, GoodFridayAgreementSample.Build, "GoodFridayAgreement"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_file_is_exactly_what_its_csharp_builder_writes(string name)
    {
        var (file, build, project) = Sample(name);

        (NegotiationJson.Serialize(build()) + "\n").Should().Be(Encoding.UTF8.GetString(File.ReadAllBytes(file)),
            $"docs/samples/{Path.GetFileName(file)} is regenerated with `dotnet run --project docs/samples/{project} -- docs/samples/{Path.GetFileName(file)}`");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_file_reads_back_equal_to_the_record_built_in_csharp_and_writes_back_the_same(string name)
    {
        var (file, build, _) = Sample(name);
        var read = NegotiationJson.Deserialize(File.ReadAllBytes(file));

        read.Should().Be(build());
        NegotiationJson.Serialize(read).Should().Be(NegotiationJson.Serialize(build()));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_file_meets_the_published_schema(string name)
    {
        NegotiationJsonSchemaTest.Validate(File.ReadAllText(Sample(name).File)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_record_validates_with_no_error_warning_or_info(string name)
    {
        var report = RecordValidator.Default.Validate(NegotiationJson.Deserialize(File.ReadAllBytes(Sample(name).File)));

        report.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_fact_cites_a_source_that_the_record_holds(string name)
    {
        var record = Sample(name).Build();

        record.Entities()
            .Where(e => e is not NegotiationModel.Topics.Topic and not NegotiationModel.Sources.Source and not NegotiationModel.Territories.Territory)
            .Where(e => e.Citations.IsEmpty)
            .Select(e => e.Reference.ToString())
            .Should().BeEmpty();
        record.Entities().SelectMany(e => e.Citations).Should().OnlyContain(c => record.Find(c.Source) != null);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_reference_in_the_record_resolves(string name)
    {
        var record = Sample(name).Build();
        var references = record.Statements.SelectMany(s => s.About)
            .Concat(record.Positions.Select(p => p.Subject))
            .Concat(record.Assessments.SelectMany(a => a.About));

        references.Should().OnlyContain(r => record.Find(r) != null);
        record.Entities().SelectMany(RecordReferences.ActorsOf).Should().OnlyContain(id => record.Find(id) != null);
    }
}
