using System.Text.RegularExpressions;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// The cycle diagnostics (NM2010, NM3001, NM5001, NM5004) print a cycle honestly: whole and closed by its
/// first member when it is short; when only its first members are listed, with the number left out, never
/// as if the listed ones closed the cycle.
/// </summary>
public sealed class CycleTextTest
{
    private const int Listed = 10;

    public static TheoryData<string, int> Rings() => new()
    {
        { DiagnosticCodes.HierarchyCycle, 3 },
        { DiagnosticCodes.HierarchyCycle, 12 },
        { DiagnosticCodes.PhaseDependencyCycle, 3 },
        { DiagnosticCodes.PhaseDependencyCycle, 12 },
        { DiagnosticCodes.RelativeTimeCycle, 3 },
        { DiagnosticCodes.RelativeTimeCycle, 12 },
        { DiagnosticCodes.CitationCycle, 3 },
        { DiagnosticCodes.CitationCycle, 12 },
    };

    [Theory]
    [MemberData(nameof(Rings))]
    public void A_cycle_is_listed_whole_when_short_and_says_what_it_leaves_out_when_long(string code, int length)
    {
        var message = Validate(Ring(code, length)).Diagnostics.Should().ContainSingle(d => d.Code == code).Subject.Message;

        var link = code == DiagnosticCodes.CitationCycle ? " cites " : " → ";
        var member = code == DiagnosticCodes.CitationCycle ? "'[^' ]+'" : "[^ ;.]+";
        var listed = Math.Min(length, Listed);
        var gap = length > Listed ? $"{Regex.Escape(link)}… \\({length - Listed} more not listed\\)" : string.Empty;
        var pattern = $"cycle of {length}: (?<first>{member})(?:{Regex.Escape(link)}{member}){{{listed - 1}}}{gap}{Regex.Escape(link)}\\k<first>[.;]";
        message.Should().MatchRegex(pattern, $"the cycle of {length} should read as {(length > Listed ? "shortened, with the count left out" : "whole")}");
    }

    private static NegotiationRecord Ring(string code, int length)
    {
        var next = (int i) => (i + 1) % length;
        return code switch
        {
            DiagnosticCodes.HierarchyCycle => new NegotiationRecord("Ring")
            {
                Actors = ValueList.From(Enumerable.Range(0, length).Select(i =>
                    new Actor(new ActorId($"a{i}"), ActorKind.Organisation, [new LocalizedName($"A{i}", "en")]) { Parent = new ActorId($"a{next(i)}") })),
            },
            DiagnosticCodes.PhaseDependencyCycle => new NegotiationRecord("Ring")
            {
                Proposals =
                [
                    new Proposal(new ProposalId("p"), ProposalKind.PeacePlan, [En("Plan")])
                    {
                        Phases = ValueList.From(Enumerable.Range(0, length).Select(i =>
                            new Phase(new PhaseId($"ph{i}"), i, [En($"Phase {i}")]) { DependsOn = [new PhaseId($"ph{next(i)}")] })),
                    },
                ],
            },
            DiagnosticCodes.RelativeTimeCycle => new NegotiationRecord("Ring")
            {
                Events = ValueList.From(Enumerable.Range(0, length).Select(i =>
                    new NegotiationEvent(new NegotiationEventId($"e{i}"), EventKind.Meeting, [En($"Meeting {i}")]) { When = When.Parse($"after(event:e{next(i)})") })),
            },
            _ => new NegotiationRecord("Ring")
            {
                Sources = ValueList.From(Enumerable.Range(0, length).Select(i =>
                    new Source(new SourceId($"s{i}"), SourceKind.NewsReport) { Cites = [new SourceId($"s{next(i)}")] })),
            },
        };
    }
}
