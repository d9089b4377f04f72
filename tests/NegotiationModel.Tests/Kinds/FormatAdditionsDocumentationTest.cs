using NegotiationModel.TestData;
using System.Text.RegularExpressions;
using NegotiationModel.Kinds;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Kinds;

/// <summary>
/// docs/json-format.md lists, for each minor version after 1.0, what it adds ("What 1.1 adds"); the list is the
/// <see cref="AddedInAttribute"/> marks of the model, so the documentation cannot drift from the format.
/// </summary>
public sealed partial class FormatAdditionsDocumentationTest
{
    private static readonly IReadOnlyList<FormatAddition> Marked = FormatAdditions.In(typeof(NegotiationRecord).Assembly.GetTypes());

    public static TheoryData<string> LaterVersions() => [.. NegotiationJsonSchema.Versions.Where(v => v.Minor > 0).Select(v => v.ToString())];

    [Theory]
    [MemberData(nameof(LaterVersions))]
    public void The_documented_list_of_what_a_version_adds_is_its_marks(string version)
    {
        var documentation = File.ReadAllText(RepositoryFiles.PathOf("docs/json-format.md"));
        var heading = $"### What {version} adds\n";
        documentation.Should().Contain(heading, $"docs/json-format.md needs a section \"What {version} adds\" listing the [AddedIn] marks of {version}");

        var section = documentation[(documentation.IndexOf(heading, StringComparison.Ordinal) + heading.Length)..];
        section = section[..(Heading().Match(section) is { Success: true } next ? next.Index : section.Length)];
        var documented = Entry().Matches(section).Select(m => m.Groups["key"].Value).ToList();
        // A provision kind a version adds brings its own members: the list names the kind, not each of them.
        var newKinds = typeof(NegotiationRecord).Assembly.GetTypes()
            .Where(t => FormatAdditions.VersionOf(t).ToString() == version)
            .Select(t => t.Name + ".")
            .ToList();
        var marked = Marked.Where(a => a.Version.ToString() == version && !newKinds.Exists(kind => a.Key.StartsWith(kind, StringComparison.Ordinal))).ToList();

        var missing = marked.Where(a => !documented.Contains(a.Key)).Select(a => $"- `{a.Key}`: {a.Description}").ToList();
        var extra = documented.Where(key => marked.All(a => a.Key != key)).Select(key => $"- `{key}`").ToList();
        var problems = (missing.Count > 0 ? $"add these lines:\n{string.Join('\n', missing)}\n" : string.Empty)
            + (extra.Count > 0 ? $"remove these lines (no [AddedIn({version.Replace(".", ", ", StringComparison.Ordinal)})] mark names them):\n{string.Join('\n', extra)}\n" : string.Empty);
        problems.Should().BeEmpty($"the section \"What {version} adds\" of docs/json-format.md lists exactly the model's [AddedIn] marks of {version}");
        documented.Should().BeInAscendingOrder(StringComparer.Ordinal, "the list is in the order of the keys");
    }

    [Fact]
    public void Every_mark_names_a_version_after_1_0_that_this_library_writes()
    {
        Marked.Where(a => a.Version <= new SchemaVersion(1, 0) || a.Version > SchemaVersion.Current)
            .Select(a => $"{a.Key} {a.Version}")
            .Should().BeEmpty($"what 1.0 has carries no mark, and a mark after {SchemaVersion.Current} needs SchemaVersion.Current raised");
    }

    [GeneratedRegex(@"^#{1,3} ", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^- `(?<key>[^`]+)`", RegexOptions.Multiline)]
    private static partial Regex Entry();
}
