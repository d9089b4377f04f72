using CsCheck;
using NegotiationModel.Samples;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;
using NegotiationModel.Tests.Robustness;
using NegotiationModel.Walking;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// The typed <see cref="RecordWalker"/> sees exactly what the JSON contract holds: event by event, in the same
/// order and at the same paths, it reports what a walk driven by the contract's metadata (<see cref="ContractWalk"/>)
/// reports; and the records compared fill every member of every type, so a member added to the model and not
/// to the walk fails here.
/// </summary>
public sealed class RecordWalkerContractTest
{
    private static readonly string Fixtures = RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Fixtures");

    public static TheoryData<string> Records() => [.. Names()];

    [Theory]
    [MemberData(nameof(Records))]
    public void The_typed_walk_reports_what_the_contract_walk_reports(string name)
    {
        var record = Load(name);

        EventRecorder.Of(record).Events.Should().Equal(ContractWalk.Events(record));
    }

    [Fact]
    public void The_typed_walk_reports_what_the_contract_walk_reports_on_generated_records()
    {
        ValidRecordGenerator.Records.Sample(record => EventRecorder.Of(record).Events.SequenceEqual(ContractWalk.Events(record)), iter: 100);
    }

    [Fact]
    public void The_records_compared_fill_every_member_that_can_hold_a_reference_an_object_or_a_time()
    {
        var filled = new HashSet<(Type, string)>();
        foreach (var name in Names())
        {
            ContractWalk.Events(Load(name), filled);
        }

        ValidRecordGenerator.Records.Sample(record => { ContractWalk.Events(record, filled); }, iter: 100);

        ContractWalk.Members().Select(m => $"{m.Type.Name}.{m.Property.Name}")
            .Except(filled.Select(f => $"{f.Item1.Name}.{f.Item2}"))
            .Should().BeEquivalentTo(Array.Empty<string>(), "every member the walk must see is filled in at least one record compared");
    }

    [Fact]
    public void The_walk_notices_unknown_members_anywhere()
    {
        var record = Load("v1.0/newer-minor-with-unknown-members.json");

        NegotiationJson.FindUnknownMembers(record).Should().NotBeEmpty();
        EventRecorder.Of(record).SawUnknownMembers.Should().BeTrue();
        EventRecorder.Of(MiamiTalksSample.Build()).SawUnknownMembers.Should().BeFalse();
    }

    private static IEnumerable<string> Names()
        => ["filled", "sample", "synthetic", .. Directory.GetFiles(Fixtures, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Fixtures, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static NegotiationRecord Load(string name) => name switch
    {
        "filled" => FilledRecord.Build(),
        "sample" => MiamiTalksSample.Build(),
        "synthetic" => SyntheticRecord.Generate(300),
        _ => NegotiationJson.Deserialize(File.ReadAllBytes(Path.Combine([Fixtures, .. name.Split('/')]))),
    };
}
