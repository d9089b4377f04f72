using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// A later minor version may add enum values, provision kinds and time forms (docs/json-format.md): reading a
/// record of a newer minor that holds a value this library does not know says so and says to upgrade, at the
/// value's path; the same value in a record of a version this library reads is only an unknown value.
/// </summary>
public sealed class NewerMinorReadTest
{
    private static readonly SchemaVersion Newer = new(SchemaVersion.Current.Major, SchemaVersion.Current.Minor + 1);

    public static TheoryData<string, string, string> UnknownValues => new()
    {
        {
            "a provision kind",
            """{"schemaVersion":"VERSION","title":"t","proposals":[{"id":"p","kind":"peace-plan","title":[{"text":"P","language":"en"}],"versions":[{"number":1,"provisions":[{"id":"c","kind":"kind-of-a-later-version"}]}]}]}""",
            "$['proposals'][0]['versions'][0]['provisions'][0]['kind']"
        },
        {
            "an enum value",
            """{"schemaVersion":"VERSION","title":"t","actors":[{"id":"a","kind":"value-of-a-later-version","names":[{"text":"A","language":"en"}]}]}""",
            "$['actors'][0]['kind']"
        },
        {
            "the kind of an entity reference",
            """{"schemaVersion":"VERSION","title":"t","positions":[{"id":"p","holder":"a","subject":{"kind":"entity-of-a-later-version","id":"x"},"stance":"supports"}]}""",
            "$['positions'][0]['subject']['kind']"
        },
        {
            "a time form",
            """{"schemaVersion":"VERSION","title":"t","events":[{"id":"e","kind":"meeting","title":[{"text":"E","language":"en"}],"when":"2015~~whenever"}]}""",
            "$['events'][0]['when']"
        },
    };

    [Theory]
    [MemberData(nameof(UnknownValues))]
    public void An_unknown_value_in_a_record_of_a_newer_minor_version_says_to_upgrade(string what, string json, string path)
    {
        var read = () => NegotiationJson.Deserialize(json.Replace("VERSION", Newer.ToString(), StringComparison.Ordinal));

        var failure = read.Should().Throw<NegotiationJsonException>($"{what} unknown to this library is an error").Which;
        failure.Path!.ToString().Should().Be(path);
        failure.Problem.Should().Contain($"schema version {Newer}, newer than the version this library reads ({SchemaVersion.Current})")
            .And.Contain("upgrade NegotiationModel");
    }

    [Theory]
    [MemberData(nameof(UnknownValues))]
    public void An_unknown_value_in_a_record_of_a_version_this_library_reads_is_only_unknown(string what, string json, string path)
    {
        foreach (var version in (SchemaVersion[])[new(1, 0), SchemaVersion.Current])
        {
            var read = () => NegotiationJson.Deserialize(json.Replace("VERSION", version.ToString(), StringComparison.Ordinal));

            var failure = read.Should().Throw<NegotiationJsonException>($"{what} unknown to this library is an error").Which;
            failure.Path!.ToString().Should().Be(path);
            failure.Problem.Should().NotContain("upgrade", $"a record of {version} is one this library reads whole: the value is simply wrong");
        }
    }

    [Fact]
    public void Any_other_problem_in_a_record_of_a_newer_minor_version_is_reported_as_it_is()
    {
        var read = () => NegotiationJson.Deserialize($$"""{"schemaVersion":"{{Newer}}","title":"t","actors":[{"id":"bad id","kind":"person","names":[{"text":"A","language":"en"}]}]}""");

        read.Should().Throw<NegotiationJsonException>().Which.Problem.Should().NotContain("upgrade", "an identifier's form is no value a later minor version could add");
    }
}
