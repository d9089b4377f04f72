using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

public sealed class StructureRulesTest
{
    [Fact]
    public void NM5001_phases_depending_on_each_other_are_reported_at_the_dependency_closing_the_cycle()
    {
        var record = Clean() with { Proposals = Clean().Proposals.Replace(1, p => p with { Phases = p.Phases.Replace(0, q => q with { DependsOn = [Phase1] }) }) };

        var found = Found(record).ToList();
        found.Should().Contain($"{DiagnosticCodes.PhaseDependencyCycle} at $['proposals'][1]['phases'][1]['dependsOn'][0]");
        found.Should().ContainSingle(f => f.StartsWith(DiagnosticCodes.PhaseDependencyCycle, StringComparison.Ordinal));
    }

    [Fact]
    public void NM5001_a_diamond_of_dependencies_is_no_cycle()
    {
        var record = Clean() with
        {
            Proposals = Clean().Proposals.Replace(1, p => p with
            {
                Phases =
                [
                    .. p.Phases,
                    new Phase(new PhaseId("roadmap-phase-2"), 2, [En("Security")]) { DependsOn = [Phase0] },
                    new Phase(new PhaseId("roadmap-phase-3"), 3, [En("Package")]) { DependsOn = [Phase1, new PhaseId("roadmap-phase-2")] },
                ],
            }),
        };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM5002_and_NM5003_a_guarantee_needs_a_guarantor_and_a_beneficiary()
    {
        var record = Clean() with { Guarantees = Clean().Guarantees.Replace(0, g => g with { Guarantors = [], Beneficiaries = [] }) };

        Found(record).Should().Equal($"{DiagnosticCodes.GuaranteeWithoutGuarantor} at $['guarantees'][0]", $"{DiagnosticCodes.GuaranteeWithoutBeneficiary} at $['guarantees'][0]");
    }

    [Fact]
    public void NM5004_parents_in_a_cycle_are_reported_for_each_hierarchy()
    {
        var record = Clean() with
        {
            Actors = Clean().Actors.Replace(2, a => a with { Parent = UnitedStates }),
            Territories = Clean().Territories.Replace(0, t => t with { Parent = Donetsk }),
            Proposals = Clean().Proposals.Replace(0, p => p with { Supersedes = Roadmap }),
        };

        Found(record).Should().Equal(
            $"{DiagnosticCodes.HierarchyCycle} at $['actors'][2]['parent']",
            $"{DiagnosticCodes.HierarchyCycle} at $['proposals'][1]['supersedes']",
            $"{DiagnosticCodes.HierarchyCycle} at $['territories'][1]['parent']");
    }

    [Fact]
    public void NM5004_a_topic_tree_is_no_cycle()
    {
        Found(Clean()).Should().BeEmpty("the well-known topics form a tree");
    }

    [Fact]
    public void NM5005_a_phase_depending_on_a_later_phase_is_a_warning()
    {
        var record = Clean() with { Proposals = Clean().Proposals.Replace(1, p => p with { Phases = p.Phases.Replace(1, q => q with { Order = 0 }) }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.PhaseOrder);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Path.ToString().Should().Be("$['proposals'][1]['phases'][1]['dependsOn'][0]");
    }
}
