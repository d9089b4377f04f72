using NegotiationModel.TestData;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using NegotiationModel.Events;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NegotiationModel.Utility;
using NegotiationModel.Validation;
using NodaTime;

namespace NegotiationModel.Tests.Utility;

/// <summary>One guard style in the library: every argument check is a <c>Guard.Against</c> clause, and the exceptions users see are unchanged by it.</summary>
public sealed partial class GuardStyleTest
{
    private const string GuardFile = "Utility/GuardClauseExtensions.cs";

    private static readonly string Library = RepositoryFiles.PathOf("src/NegotiationModel");

    [Fact]
    public void The_library_checks_arguments_only_through_guard_clauses()
    {
        var files = SourceFiles().ToList();
        var offenders = files
            .Where(f => f.Path != GuardFile)
            .SelectMany(f => OtherGuards(f.Text).Select(line => $"{f.Path}: {line}"))
            .ToList();

        files.Should().HaveCountGreaterThan(100, "the scan reads the library's sources");
        OtherGuards(files.Single(f => f.Path == GuardFile).Text).Should().NotBeEmpty("the scan recognises a hand-written throw where there is one");
        offenders.Should().BeEmpty("arguments are checked with Guard.Against (Ardalis' clauses and those of {0}), not ThrowIf… or hand-written throws", GuardFile);
    }

    [Fact]
    public void A_guard_formats_its_message_only_when_it_throws()
    {
        var counter = new FormatCounter();

        Guard.Against.Invalid(false, "value", $"{counter} is wrong");
        Guard.Against.OutOfRange(1, false, "value", $"{counter} is out of range");
        var invalid = FluentActions.Invoking(() => Guard.Against.Invalid(true, "value", $"{counter} is wrong"));

        invalid.Should().Throw<ArgumentException>().WithMessage("formatted 1 is wrong*").And.ParamName.Should().Be("value");
        counter.Count.Should().Be(1);
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException_and_others_ArgumentException_as_documented()
    {
        FluentActions.Invoking(() => RecordValidator.Default.Validate(null!)).Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("record");
        FluentActions.Invoking(() => new StatusChange<EventStatus>(EventStatus.Scheduled, null!)).Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("When");
        FluentActions.Invoking(() => new StatusChange<EventStatus>((EventStatus)42, When.Parse("2025"))).Should().Throw<ArgumentException>().WithMessage("42 is not a defined EventStatus.*");
        FluentActions.Invoking(() => new SchemaVersion(0, 0)).Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("major");
        FluentActions.Invoking(() => new SchemaVersion(1, -1)).Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("minor");
        FluentActions.Invoking(() => new NegotiationJsonReadOptions { MaxDepth = 0 }).Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("MaxDepth");
        FluentActions.Invoking(() => new NegotiationJsonReadOptions { MaxInputBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("MaxInputBytes");
        FluentActions.Invoking(() => new GeoCoordinates(0, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("A coordinate must be a number.*").And.ParamName.Should().Be("longitude");
        FluentActions.Invoking(() => new TimeWindow(Instant.FromUnixTimeSeconds(10), Instant.FromUnixTimeSeconds(5)))
            .Should().Throw<ArgumentException>().WithMessage("A time window must end after it starts, but 1970-01-01T00:00:05Z is not after 1970-01-01T00:00:10Z.*");
    }

    private static IEnumerable<(string Path, string Text)> SourceFiles()
        => Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Library, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("obj/", StringComparison.Ordinal) && !p.StartsWith("bin/", StringComparison.Ordinal))
            .Select(p => (p, File.ReadAllText(Path.Combine(Library, p))));

    private static IEnumerable<string> OtherGuards(string source)
        => source.Split('\n').Select(l => l.Trim()).Where(l => !l.StartsWith("//", StringComparison.Ordinal) && OtherGuard().IsMatch(l));

    // ThrowIfNull and its kin, a new argument exception (thrown or returned), or a method that makes one.
    [GeneratedRegex(@"\bArgument(Null|OutOfRange)?Exception\.ThrowIf|\bnew\s+Argument(Null|OutOfRange)?Exception\s*\(|\b(private|internal|public|protected)\b[^=;(]*\bArgument(Null|OutOfRange)?Exception\s+\w+\s*\(")]
    private static partial Regex OtherGuard();

    private sealed class FormatCounter
    {
        public int Count { get; private set; }

        public override string ToString() => $"formatted {++Count}";
    }
}
