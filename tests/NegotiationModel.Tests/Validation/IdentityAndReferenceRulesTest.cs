using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

public sealed class IdentityAndReferenceRulesTest
{
    [Fact]
    public void The_clean_test_record_has_no_diagnostic_at_all()
    {
        Found(Clean()).Should().BeEmpty();
    }

    [Fact]
    public void NM1001_a_second_actor_with_the_same_identifier_is_reported_at_its_id()
    {
        var record = Clean() with { Actors = Clean().Actors.Add(new Actor(Trump, ActorKind.Person, [new LocalizedName("Donald J. Trump", "en")])) };

        var diagnostic = Validate(record).WithCode(DiagnosticCodes.DuplicateId).Should().ContainSingle().Subject;
        diagnostic.Path.ToString().Should().Be("$['actors'][6]['id']");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.RelatedIds.Should().Equal(EntityReference.To(Trump));
        diagnostic.Message.Should().Contain("$['actors'][0]");
    }

    [Fact]
    public void NM1001_the_same_identifier_for_entities_of_different_kinds_is_no_duplicate()
    {
        var record = Clean() with { Sources = Clean().Sources.Add(new Source(new SourceId("trump"), SourceKind.SocialPost) { Published = W("2025-12-28") }) };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM1001_phases_are_unique_across_proposals()
    {
        var record = Clean() with { Proposals = Clean().Proposals.Replace(0, p => p with { Phases = [new Phase(Phase0, 0, [En("Copy")])] }) };

        // References to the identifier go to its first definition, in the other proposal: hence the NM1005.
        Found(record).Should().Equal($"{DiagnosticCodes.DuplicateId} at $['proposals'][1]['phases'][0]['id']", $"{DiagnosticCodes.PartOfAnotherProposal} at $['proposals'][1]['phases'][1]['dependsOn'][0]");
    }

    [Fact]
    public void NM1002_a_speaker_the_record_does_not_hold_is_reported_at_the_speaker()
    {
        var record = Clean() with { Statements = Clean().Statements.Replace(0, s => s with { Speakers = [Trump, new ActorId("putn")] }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.UnresolvedReference);
        diagnostic.Path.ToString().Should().Be("$['statements'][0]['speakers'][1]");
        diagnostic.RelatedIds.Should().Equal(EntityReference.To(Thorny), EntityReference.To(new ActorId("putn")));
        diagnostic.ToString().Should().Be("error NM1002: The record holds no actor 'putn'. (at $['statements'][0]['speakers'][1])");
    }

    [Fact]
    public void NM1002_covers_positions_subjects_the_anchors_of_relative_times_and_phases()
    {
        var record = Clean() with
        {
            Positions = Clean().Positions.Replace(1, p => p with { Subject = EntityReference.To(new PhaseId("no-such-phase")) }),
            Assessments = Clean().Assessments.Replace(0, a => a with { When = W("after(statement:no-such-statement)") }),
        };

        Found(record).Should().Equal($"{DiagnosticCodes.UnresolvedReference} at $['positions'][1]['subject']", $"{DiagnosticCodes.UnresolvedReference} at $['assessments'][0]['when']");
    }

    [Fact]
    public void A_default_identifier_in_a_list_is_refused_at_construction_so_validation_never_meets_one()
    {
        var build = () => Clean() with { Guarantees = Clean().Guarantees.Replace(0, g => g with { Beneficiaries = [Ukraine, default] }) };

        build.Should().Throw<ArgumentException>().WithMessage("*default ActorId at index 1*");
    }

    [Fact]
    public void NM1003_an_identifier_of_another_kind_is_reported_as_the_wrong_kind()
    {
        var record = Clean() with { Statements = Clean().Statements.Replace(0, s => s with { Speakers = [new ActorId(Nhk.Value!)] }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.WrongKindReference);
        diagnostic.Path.ToString().Should().Be("$['statements'][0]['speakers'][0]");
        diagnostic.Message.Should().Be("'nhk-2025-12-29' should be an actor, but the record holds it only as a source.");
        diagnostic.RelatedIds.Should().Equal(EntityReference.To(Thorny), EntityReference.To(Nhk));
    }

    [Fact]
    public void NM1003_an_entity_reference_of_the_wrong_kind_is_reported_too()
    {
        var record = Clean() with { Statements = Clean().Statements.Replace(0, s => s with { About = [new EntityReference(EntityKind.Proposal, Ceasefire.Value!)] }) };

        Found(record).Should().Equal($"{DiagnosticCodes.WrongKindReference} at $['statements'][0]['about'][0]");
    }

    [Fact]
    public void NM1004_a_citation_of_a_revision_the_source_does_not_list_is_reported_at_the_revision()
    {
        var record = Clean() with { Statements = Clean().Statements.Replace(0, s => s with { Citations = [new Citation(Nhk) { Revision = 3 }] }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.UnknownRevision);
        diagnostic.Path.ToString().Should().Be("$['statements'][0]['citations'][0]['revision']");
        diagnostic.Message.Should().Contain("lists revisions 1, 2");
    }

    [Fact]
    public void NM1004_a_revision_the_source_lists_is_fine_wherever_the_citation_is()
    {
        var record = Clean() with { Actors = Clean().Actors.Replace(0, a => a with { Citations = [new Citation(Nhk) { Revision = 1 }] }) };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM1005_a_phase_listing_a_provision_of_another_proposal_is_a_warning()
    {
        var record = Clean() with { Proposals = Clean().Proposals.Replace(1, p => p with { Phases = p.Phases.Replace(0, q => q with { Provisions = [Ceasefire, OldCeasefire] }) }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.PartOfAnotherProposal);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Path.ToString().Should().Be("$['proposals'][1]['phases'][0]['provisions'][1]");
    }

    [Fact]
    public void NM1005_a_guarantee_covering_a_provision_of_another_proposal_is_a_warning_unless_it_names_no_proposal()
    {
        var tied = Clean() with { Guarantees = Clean().Guarantees.Replace(0, g => g with { Provisions = [OldCeasefire] }) };
        var untied = Clean() with { Guarantees = Clean().Guarantees.Replace(0, g => g with { Proposal = null, Provisions = [OldCeasefire] }) };

        Found(tied).Should().Equal($"{DiagnosticCodes.PartOfAnotherProposal} at $['guarantees'][0]['provisions'][0]");
        Found(untied).Should().BeEmpty();
    }
    [Fact]
    public void NM1002_covers_the_references_of_the_provision_kinds_added_in_1_1()
    {
        ValueList<Provision> added =
        [
            new AmnestyProvision(new ProvisionId("amnesty")) { GrantedBy = [Ukraine, new ActorId("no-such-parliament")] },
            new BorderControlProvision(new ProvisionId("border-control")) { ControlledBy = Ukraine, Border = new NamedLineId("no-such-border") },
            new ImplementationMechanismProvision(new ProvisionId("implementation")) { WorkingGroups = [new WorkingGroupId("no-such-group")] },
            new SpecialStatusProvision(new ProvisionId("special-status")) { State = new ActorId("no-such-state"), Territories = [Donetsk] },
        ];
        var record = Clean() with
        {
            Proposals = Clean().Proposals.Replace(1, p => p with { Versions = p.Versions.Replace(0, v => v with { Provisions = [.. v.Provisions, .. added] }) }),
        };

        Found(record).Should().Equal(
            $"{DiagnosticCodes.UnresolvedReference} at $['proposals'][1]['versions'][0]['provisions'][2]['grantedBy'][1]",
            $"{DiagnosticCodes.UnresolvedReference} at $['proposals'][1]['versions'][0]['provisions'][3]['border']",
            $"{DiagnosticCodes.UnresolvedReference} at $['proposals'][1]['versions'][0]['provisions'][4]['workingGroups'][0]",
            $"{DiagnosticCodes.UnresolvedReference} at $['proposals'][1]['versions'][0]['provisions'][5]['state']");
    }
}
