using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using static NegotiationModel.Tests.Proposals.ProvisionSamples;

namespace NegotiationModel.Tests.Proposals;

public sealed class ProposalTest
{
    private static readonly ProposalId RoadmapId = new("author-roadmap");

    private static Phase Phase(string id, int order, string title, params string[] dependsOn) =>
        new(new PhaseId(id), order, [En(title)]) { DependsOn = [.. dependsOn.Select(d => new PhaseId(d))] };

    /// <summary>The blog author's phased roadmap, as elaborated by the AI assistant (DIGEST.md).</summary>
    private static Proposal Roadmap() => new(RoadmapId, ProposalKind.Roadmap, [En("Phased peace roadmap"), new LocalizedText("段階的和平ロードマップ", "ja", isOriginal: true)])
    {
        Proposers = [new ActorId("blog-author")],
        Authors = [new ActorId("blog-author"), new ActorId("copilot")],
        Stage = AgreementStage.SubstantiveComprehensive,
        Versions =
        [
            new ProposalVersion(1)
            {
                When = When.Parse("2025-12-29"),
                Provisions =
                [
                    new ForceWithdrawalProvision(new ProvisionId("withdraw-from-donetsk-and-luhansk"), Ukraine, WithdrawalExtent.Complete) { From = [Donetsk, Luhansk] },
                    Create(nameof(ForceWithdrawalProvision)),
                    Create(nameof(DemilitarisedZoneProvision)),
                    Create(nameof(BorderSettlementProvision)),
                    Create(nameof(NeutralityProvision)),
                    Create(nameof(ReconstructionFinancingProvision)),
                ],
            },
        ],
        StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Drafted, When.Parse("2025-12-29")) { Citations = [new Citation(new SourceId("blog"))] }],
        DerivedFrom = [new ProposalId("us-russia-working-groups")],
        Phases =
        [
            Phase("working-groups", 0, "US–Russia working groups and basic principles"),
            Phase("economic-reconstruction", 1, "Economic reconstruction", "working-groups"),
            Phase("security", 2, "Security", "economic-reconstruction"),
            Phase("territory-and-front-line", 3, "Territory and front line", "security") with
            {
                Provisions = [new ProvisionId("withdraw-from-donetsk-and-luhansk"), new ProvisionId("withdraw-behind-line"), new ProvisionId("optional-dmz")],
            },
            Phase("political-decision", 4, "Ukraine's political decision and domestic process", "territory-and-front-line"),
            Phase("comprehensive-agreement", 5, "A comprehensive agreement as one package", "political-decision"),
        ],
        Topics = [new TopicId("territory"), new TopicId("security")],
        Summary = [En("Economy first, then security, then territory; final borders left to later negotiation.")],
        Citations = [new Citation(new SourceId("copilot-chat"))],
        Identifiers = [new ExternalIdentifier("blog", "post-1")],
        Notes = "The author's analysis, not a party's proposal.",
    };

    [Fact]
    public void A_proposal_holds_its_identity_kind_and_title()
    {
        var proposal = new Proposal(new ProposalId("ukraine-europe-ceasefire"), ProposalKind.CeasefireProposal, [En("Temporary ceasefire, then a referendum")]);

        proposal.Id.Should().Be(new ProposalId("ukraine-europe-ceasefire"));
        proposal.Kind.Should().Be(ProposalKind.CeasefireProposal);
        proposal.Title.Should().ContainSingle();
        proposal.Stage.Should().BeNull();
        proposal.Versions.Should().BeEmpty();
        proposal.Supersedes.Should().BeNull();
    }

    [Fact]
    public void The_roadmap_has_six_phases_in_order_zero_to_five()
    {
        Roadmap().Phases.Select(phase => phase.Order).Should().Equal(0, 1, 2, 3, 4, 5);
    }

    [Fact]
    public void A_proposal_needs_a_non_default_identifier()
    {
        var create = () => new Proposal(default, ProposalKind.Roadmap, [En("Roadmap")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void A_proposal_needs_a_defined_kind()
    {
        var create = () => new Proposal(RoadmapId, (ProposalKind)0, [En("Roadmap")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void A_proposal_needs_a_title()
    {
        var create = () => new Proposal(RoadmapId, ProposalKind.Roadmap, []);

        create.Should().Throw<ArgumentException>().WithMessage("A proposal needs a title*").And.ParamName.Should().Be("Title");
    }

    [Fact]
    public void An_undefined_stage_is_rejected()
    {
        var create = () => new Proposal(RoadmapId, ProposalKind.Roadmap, [En("Roadmap")]) { Stage = (AgreementStage)7 };

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Stage");
    }

    [Fact]
    public void A_defined_stage_is_kept()
    {
        var proposal = new Proposal(RoadmapId, ProposalKind.Roadmap, [En("Roadmap")]) { Stage = AgreementStage.PreNegotiation };

        proposal.Stage.Should().Be(AgreementStage.PreNegotiation);
    }

    [Fact]
    public void A_superseded_proposal_may_not_be_the_default_identifier()
    {
        var create = () => Roadmap() with { Supersedes = default(ProposalId) };
        var supersedes = Roadmap() with { Supersedes = new ProposalId("earlier-roadmap") };

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Supersedes");
        supersedes.Supersedes.Should().Be(new ProposalId("earlier-roadmap"));
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var proposal = Roadmap();

        var clearTitle = () => proposal with { Title = [] };
        var clearId = () => proposal with { Id = default };
        var breakKind = () => proposal with { Kind = (ProposalKind)99 };

        clearTitle.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Title");
        clearId.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
        breakKind.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void Separately_built_equal_proposals_are_equal()
    {
        Roadmap().Should().Be(Roadmap());
        Roadmap().GetHashCode().Should().Be(Roadmap().GetHashCode());
    }

    [Fact]
    public void A_change_anywhere_in_the_proposal_makes_it_unequal()
    {
        var roadmap = Roadmap();
        var version = roadmap.Versions[0];
        var changedProvision = version with { Provisions = version.Provisions.Items.SetItem(0, version.Provisions[0] with { IsOptional = true }) };

        roadmap.Should().NotBe(roadmap with { Versions = [changedProvision] });
        roadmap.Should().NotBe(roadmap with { Phases = roadmap.Phases.Items.RemoveAt(5) });
        roadmap.Should().NotBe(roadmap with { Authors = [new ActorId("blog-author")] });
        roadmap.Should().NotBe(roadmap with { StatusHistory = [] });
        roadmap.Should().NotBe(roadmap with { Stage = null });
    }

    [Fact]
    public void A_proposal_round_trips_through_json()
    {
        var read = JsonRoundTrip.Of(Roadmap());

        read.Should().Be(Roadmap());
        read.Versions[0].Provisions.Select(p => p.GetType()).Should().Equal(Roadmap().Versions[0].Provisions.Select(p => p.GetType()));
    }

    [Fact]
    public void The_json_shape_uses_camel_case_names_and_kebab_case_enums()
    {
        var json = JsonRoundTrip.Write(Roadmap() with { Kind = ProposalKind.CounterProposal });

        json.Should().Contain("\"kind\": \"counter-proposal\"")
            .And.Contain("\"stage\": \"substantive-comprehensive\"")
            .And.Contain("\"status\": \"drafted\"")
            .And.Contain("\"statusHistory\": [")
            .And.Contain("\"derivedFrom\": [")
            .And.Contain("\"kind\": \"neutrality\"")
            .And.NotContain("\"supersedes\"", "a null member is not written");
    }

    [Fact]
    public void Kebab_case_statuses_read_back()
    {
        var proposal = new Proposal(RoadmapId, ProposalKind.PeacePlan, [En("Plan")])
        {
            StatusHistory =
            [
                new StatusChange<ProposalStatus>(ProposalStatus.Tabled, When.Parse("2025-12-28")),
                new StatusChange<ProposalStatus>(ProposalStatus.UnderNegotiation, When.Parse("2025-12-28")),
            ],
        };

        var json = JsonRoundTrip.Write(proposal);

        json.Should().Contain("\"under-negotiation\"");
        JsonRoundTrip.Read<Proposal>(json).Should().Be(proposal);
    }

    [Fact]
    public void A_proposal_refers_to_itself_as_a_proposal()
    {
        var proposal = Roadmap();

        proposal.Reference.Should().Be(new EntityReference(EntityKind.Proposal, "author-roadmap"));
    }

    [Fact]
    public void ToString_gives_the_identifier_kind_and_title()
    {
        Roadmap().ToString().Should().Be("author-roadmap (Roadmap): Phased peace roadmap");
    }
}
