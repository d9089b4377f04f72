using NegotiationModel.TestData;
using System.Security.Cryptography;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// Every released version of the format has frozen fixture files under <c>Fixtures/vMAJOR.MINOR/</c>; every
/// later library must load them. <c>Fixtures/SHA256SUMS</c> freezes their bytes: a fixture is added, never edited.
/// </summary>
public sealed class FixtureTest
{
    private static readonly string Folder = RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Fixtures");

    public static TheoryData<string> Fixtures() => [.. Directory.GetFiles(Folder, "*.json", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)];

    [Fact]
    public void There_are_fixtures_of_the_current_version()
    {
        Fixtures().Select(row => row.Data).Should().Contain(f => f.StartsWith($"v{SchemaVersion.Current}/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_is_frozen(string fixture)
    {
        var sums = File.ReadAllLines(Path.Combine(Folder, "SHA256SUMS"))
            .Select(line => line.Split("  ", 2))
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);

        sums.Should().ContainKey(fixture, "a new fixture is added with its line in Fixtures/SHA256SUMS (sha256sum v*/*.json > SHA256SUMS)");
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, fixture)))).Should().Be(sums[fixture], "fixtures of released versions must not change");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_loads_and_round_trips(string fixture)
    {
        var record = NegotiationJson.Deserialize(File.ReadAllBytes(Path.Combine(Folder, fixture)));

        var canonical = NegotiationJson.Serialize(record);
        var reread = NegotiationJson.Deserialize(canonical);

        reread.Should().Be(record);
        NegotiationJson.Serialize(reread).Should().Be(canonical, "writing is idempotent after one canonicalisation");
        NegotiationJson.FindUnknownMembers(reread).Select(m => m.Key.ToString()).Should().Equal(NegotiationJson.FindUnknownMembers(record).Select(m => m.Key.ToString()));
    }

    [Fact]
    public void The_record_of_a_newer_minor_version_keeps_what_this_library_does_not_know()
    {
        var record = NegotiationJson.Deserialize(File.ReadAllBytes(Path.Combine(Folder, "v1.0", "newer-minor-with-unknown-members.json")));

        record.SchemaVersion.Should().Be(new SchemaVersion(1, 4));
        NegotiationJson.FindUnknownMembers(record).Select(m => m.Key.ToString()).Should().Contain(
            ["$['producer']", "$['sentiments']", "$['actors'][0]['mood']", "$['actors'][0]['names'][0]['script']", "$['actors'][0]['citations'][0]['quote']['confidence']",
             "$['events'][0]['place']['coordinates']['altitude']", "$['proposals'][0]['versions'][0]['provisions'][0]['ceasefireLine']", "$['positions'][0]['subject']['version']"]);
        NegotiationJson.Serialize(record).Should().Contain("\"schemaVersion\": \"1.4\"", "a record keeps the version it was written with")
            .And.Contain("\"amount\": \"2500000000.00\"", "the canonical form writes amounts as strings");
    }

    // Written as a producer in another language would (keys in any order, an amount as a number), to be read, not kept.
    private const string NotCanonical = "v1.0/newer-minor-with-unknown-members.json";

    public static TheoryData<string> CanonicalFixtures() => [.. Fixtures().Select(row => row.Data).Where(f => f != NotCanonical)];

    [Theory]
    [MemberData(nameof(CanonicalFixtures))]
    public void A_frozen_fixture_in_canonical_form_is_written_back_byte_for_byte_with_its_version(string fixture)
    {
        // A library of a later version reads a record of an earlier one unchanged and writes it back as it was,
        // declaring the version it declared (not the library's).
        var bytes = File.ReadAllBytes(Path.Combine(Folder, fixture));
        var record = NegotiationJson.Deserialize(bytes);

        record.SchemaVersion.ToString().Should().Be(fixture[1..fixture.IndexOf('/', StringComparison.Ordinal)]);
        (NegotiationJson.Serialize(record) + "\n").Should().Be(System.Text.Encoding.UTF8.GetString(bytes));
    }
}
