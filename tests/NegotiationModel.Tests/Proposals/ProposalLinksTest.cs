using System.Text.Json;
using CsCheck;
using Json.Schema;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Proposals;

/// <summary>Several predecessors (alsoSupersedes beside supersedes), packages and conditional agreement.</summary>
public sealed class ProposalLinksTest
{
    private static readonly Lazy<JsonSchema> Schema11 = new(() => JsonSchema.FromText(NegotiationJsonSchema.Generate(new SchemaVersion(1, 1)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
    private static readonly Lazy<JsonSchema> Schema10 = new(() => JsonSchema.FromText(NegotiationJsonSchema.Generate(new SchemaVersion(1, 0)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    [Fact]
    public void Writer_reader_schemas_and_validator_agree_on_any_list_of_predecessors()
    {
        var ids = Gen.Int[0, 5].Select(i => new ProposalId($"p{i}"));
        Gen.Select(ids.Array[0, 4], Gen.Bool).Sample(
            (predecessors, firstInSupersedes) =>
            {
                var proposal = new Proposal(new ProposalId("final"), ProposalKind.DraftAgreement, [En("Final")])
                {
                    Supersedes = firstInSupersedes && predecessors.Length > 0 ? predecessors[0] : null,
                    AlsoSupersedes = firstInSupersedes && predecessors.Length > 0 ? [.. predecessors.Skip(1)] : [.. predecessors],
                };
                var record = new NegotiationRecord("r")
                {
                    SchemaVersion = proposal.AlsoSupersedes.IsEmpty ? new SchemaVersion(1, 0) : new SchemaVersion(1, 1),
                    Proposals = [proposal, .. Enumerable.Range(0, 6).Select(i => new Proposal(new ProposalId($"p{i}"), ProposalKind.DraftAgreement, [En($"Partial {i}")]))],
                };

                var json = NegotiationJson.Serialize(record);
                var read = NegotiationJson.Deserialize(json);
                read.Should().Be(record);
                NegotiationJson.Serialize(read).Should().Be(json, "a record is written back as it was read");
                read.Proposals[0].SupersededProposals().Should().Equal(predecessors.Distinct());

                using var document = JsonDocument.Parse(json);
                var written = document.RootElement.GetProperty("proposals")[0];
                written.TryGetProperty("supersedes", out var single).Should().Be(proposal.Supersedes is not null);
                if (proposal.Supersedes is { } first)
                {
                    single.ValueKind.Should().Be(JsonValueKind.String, "'supersedes' keeps the single value of format 1.0");
                    single.GetString().Should().Be(first.Value);
                }

                written.TryGetProperty("alsoSupersedes", out _).Should().Be(!proposal.AlsoSupersedes.IsEmpty);
                Accepts(Schema11, document).Should().BeTrue();
                Accepts(Schema10, document).Should().BeTrue("'supersedes' keeps the type of format 1.0, whose readers keep 'alsoSupersedes' as an unknown member");

                var codes = Validate(record).Diagnostics.Select(d => d.Code).ToList();
                codes.Contains(DiagnosticCodes.AlsoSupersedesWithoutSupersedes).Should().Be(proposal.Supersedes is null && !proposal.AlsoSupersedes.IsEmpty);
                codes.Should().NotContain(DiagnosticCodes.HierarchyCycle);
            },
            iter: 100);
    }

    [Fact]
    public void A_final_text_supersedes_several_partial_agreements_and_none_of_them_is_superseded_without_a_successor()
    {
        var record = HavanaTalks.Record();

        record.Find(HavanaTalks.FinalAgreement)!.SupersededProposals().Should().Equal(HavanaTalks.RuralReform, HavanaTalks.Participation, HavanaTalks.Drugs, HavanaTalks.Victims);
        var withoutSuccessor = record with { Proposals = record.Proposals.Replace(5, p => p with { AlsoSupersedes = p.AlsoSupersedes.Remove(HavanaTalks.Victims) }) };
        Found(withoutSuccessor).Should().Equal($"{DiagnosticCodes.SupersededWithoutSuccessor} at $['proposals'][4]['statusHistory'][2]['status']");
    }

    [Fact]
    public void A_cycle_through_any_predecessor_is_reported_at_the_link_that_closes_it()
    {
        var record = HavanaTalks.Record();
        var cycle = record with { Proposals = record.Proposals.Replace(3, p => p with { AlsoSupersedes = [HavanaTalks.FinalAgreement] }) };
        var self = record with { Proposals = record.Proposals.Replace(5, p => p with { AlsoSupersedes = p.AlsoSupersedes.Add(HavanaTalks.FinalAgreement) }) };

        Found(cycle).Where(f => f.StartsWith(DiagnosticCodes.HierarchyCycle, StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().BeOneOf($"{DiagnosticCodes.HierarchyCycle} at $['proposals'][3]['alsoSupersedes'][0]", $"{DiagnosticCodes.HierarchyCycle} at $['proposals'][5]['alsoSupersedes'][1]");
        Validate(self).Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.HierarchyCycle)
            .Which.Message.Should().Be("proposal:final-agreement names itself in 'supersedes'.");
    }

    [Fact]
    public void A_package_member_that_is_not_a_proposal_a_package_that_holds_itself_and_a_condition_on_nothing_are_reported()
    {
        var record = HavanaTalks.Record();
        var broken = record with
        {
            Proposals = record.Proposals
                .Replace(5, p => p with { PackageMembers = [HavanaTalks.RuralReform, new ProposalId(HavanaTalks.Santos.Value), HavanaTalks.FinalAgreement] })
                .Replace(1, p => p with { ConditionalOn = [EntityReference.To(new AgendaId("no-such-agenda"))] }),
        };

        Found(broken).Should().BeEquivalentTo(
            $"{DiagnosticCodes.WrongKindReference} at $['proposals'][5]['packageMembers'][1]",
            $"{DiagnosticCodes.HierarchyCycle} at $['proposals'][5]['packageMembers'][2]",
            $"{DiagnosticCodes.UnresolvedReference} at $['proposals'][1]['conditionalOn'][0]");
    }

    [Fact]
    public void Members_of_a_package_stand_or_fall_together()
    {
        ValueList<StatusChange<ProposalStatus>> History(ProposalStatus last) =>
        [
            new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W("2016-01")),
            new StatusChange<ProposalStatus>(ProposalStatus.Signed, W("2016-02")),
            new StatusChange<ProposalStatus>(last, W("2016-03")),
        ];
        NegotiationRecord Package(ProposalStatus package, ProposalStatus member) => new("r")
        {
            SchemaVersion = new SchemaVersion(1, 1),
            Proposals =
            [
                new Proposal(new ProposalId("package"), ProposalKind.Framework, [En("Package")]) { PackageMembers = [new ProposalId("member")], StatusHistory = History(package) },
                new Proposal(new ProposalId("member"), ProposalKind.DraftAgreement, [En("Member")]) { StatusHistory = History(member) },
            ],
        };

        Found(Package(ProposalStatus.Rejected, ProposalStatus.InForce)).Should().Equal($"{DiagnosticCodes.PackageMemberOutlivesPackage} at $['proposals'][0]['packageMembers'][0]");
        Found(Package(ProposalStatus.Withdrawn, ProposalStatus.AgreedAdReferendum)).Should().ContainSingle();
        Found(Package(ProposalStatus.Rejected, ProposalStatus.Rejected)).Should().BeEmpty();
        Found(Package(ProposalStatus.Accepted, ProposalStatus.InForce)).Should().BeEmpty();
    }

    [Fact]
    public void An_agreement_ad_referendum_presupposes_a_tabled_text()
    {
        ProposalStatus.Transitions.Presupposes(ProposalStatus.AgreedAdReferendum).Should().Equal(ProposalStatus.Tabled);
        ProposalStatus.Transitions.CanFollow(ProposalStatus.AgreedAdReferendum, [new StatusChange<ProposalStatus>(ProposalStatus.Drafted, W("2016"))]).Should().BeFalse();
        ProposalStatus.Transitions.CanFollow(ProposalStatus.Accepted, [new StatusChange<ProposalStatus>(ProposalStatus.AgreedAdReferendum, W("2016"))]).Should().BeTrue();
    }

    private static bool Accepts(Lazy<JsonSchema> schema, JsonDocument document)
        => schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
}
