using System.Text.Json.Nodes;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Territories;
using NegotiationModel.Time;

namespace NegotiationModel.Tests.Territories;

public sealed class TerritorialClaimTest
{
    private static readonly ActorId Russia = new("russia");
    private static readonly ActorId Ukraine = new("ukraine");
    private static readonly TerritoryId Donetsk = new("UA-14");

    private static TerritorialClaim RussianClaim() => new(new TerritorialClaimId("russia-claims-donetsk"), Russia, Donetsk)
    {
        Bases = [ClaimBasis.Referendum, ClaimBasis.Constitution],
        BasisDescription = [new LocalizedText("2022 referendums organised by Russia", "en")],
        Since = When.Parse("2022-09-30"),
        DisputedBy = [Ukraine],
        Citations = [new Citation(new SourceId("nhk-2025-12-29"))],
    };

    [Fact]
    public void A_claim_holds_what_it_was_built_with()
    {
        var claim = RussianClaim();

        claim.Id.Should().Be(new TerritorialClaimId("russia-claims-donetsk"));
        claim.Claimant.Should().Be(Russia);
        claim.Territory.Should().Be(Donetsk);
        claim.Bases.Should().Equal(ClaimBasis.Referendum, ClaimBasis.Constitution);
        claim.Since.Should().Be(When.Parse("2022-09-30"));
        claim.DisputedBy.Should().Equal(Ukraine);
        ((IRecordEntity)claim).Reference.Should().Be(new EntityReference(EntityKind.TerritorialClaim, "russia-claims-donetsk"));
    }

    [Fact]
    public void A_claim_covers_the_whole_territory_with_normal_rank_unless_set()
    {
        var claim = new TerritorialClaim(new TerritorialClaimId("ukraine-claims-donetsk"), Ukraine, Donetsk);

        claim.Extent.Should().Be(ClaimExtent.Whole);
        claim.Rank.Should().Be(FactRank.Normal);
        claim.Bases.Should().BeEmpty();
        claim.RecognisedBy.Should().BeEmpty();
        claim.Since.Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_claim_needs_non_default_identifiers(int which)
    {
        var create = () => new TerritorialClaim(
            which == 0 ? default : new TerritorialClaimId("c"),
            which == 1 ? default : Russia,
            which == 2 ? default : Donetsk);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be(new[] { "Id", "Claimant", "Territory" }[which]);
    }

    [Fact]
    public void An_undefined_extent_or_rank_is_rejected()
    {
        var claim = RussianClaim();

        var badExtent = () => claim with { Extent = (ClaimExtent)3 };
        var badRank = () => claim with { Rank = (FactRank)0 };

        badExtent.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Extent");
        badRank.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Rank");
    }

    [Fact]
    public void Defined_extents_and_ranks_are_kept()
    {
        var claim = RussianClaim() with { Extent = ClaimExtent.Part, Rank = FactRank.Deprecated };

        claim.Extent.Should().Be(ClaimExtent.Part);
        claim.Rank.Should().Be(FactRank.Deprecated);
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var claim = RussianClaim();

        var clearClaimant = () => claim with { Claimant = default };
        var clearTerritory = () => claim with { Territory = default };

        clearClaimant.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Claimant");
        clearTerritory.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Territory");
    }

    [Fact]
    public void Claims_with_equal_members_are_equal()
    {
        RussianClaim().Should().Be(RussianClaim());
        RussianClaim().GetHashCode().Should().Be(RussianClaim().GetHashCode());
    }

    [Fact]
    public void Claims_differing_in_a_collection_are_unequal()
    {
        var reordered = RussianClaim() with { Bases = [ClaimBasis.Constitution, ClaimBasis.Referendum] };
        var recognised = RussianClaim() with { RecognisedBy = [new ActorId("state-a")] };

        reordered.Should().NotBe(RussianClaim(), "collections compare in order");
        recognised.Should().NotBe(RussianClaim());
    }

    [Fact]
    public void A_claim_reads_back_equal_from_json()
    {
        var claim = RussianClaim() with { Extent = ClaimExtent.Part, Rank = FactRank.Preferred, RecognisedBy = [new ActorId("a")] };

        JsonRoundTrip.Of(claim).Should().Be(claim);
    }

    [Fact]
    public void A_claim_without_extent_or_rank_in_json_reads_with_the_defaults()
    {
        var claim = JsonRoundTrip.Read<TerritorialClaim>("""{"id":"c","claimant":"russia","territory":"UA-14"}""");

        claim.Extent.Should().Be(ClaimExtent.Whole);
        claim.Rank.Should().Be(FactRank.Normal);
    }

    [Fact]
    public void The_json_uses_camel_case_names_and_kebab_case_enums()
    {
        var claim = RussianClaim() with { Bases = [ClaimBasis.InternationalRecognition, ClaimBasis.MilitaryControl] };

        var json = JsonNode.Parse(JsonRoundTrip.Write(claim))!;

        json["claimant"]!.GetValue<string>().Should().Be("russia");
        json["bases"]!.AsArray().Select(b => b!.GetValue<string>()).Should().Equal("international-recognition", "military-control");
        json["basisDescription"]![0]!["text"]!.GetValue<string>().Should().Be("2022 referendums organised by Russia");
        json["since"]!.GetValue<string>().Should().Be("2022-09-30");
        json["disputedBy"]![0]!.GetValue<string>().Should().Be("ukraine");
        json["extent"]!.GetValue<string>().Should().Be("whole");
        json["rank"]!.GetValue<string>().Should().Be("normal");
    }

    [Fact]
    public void ToString_names_claimant_extent_and_territory()
    {
        RussianClaim().ToString().Should().Be("russia claims whole of UA-14");
        (RussianClaim() with { Extent = ClaimExtent.Part }).ToString().Should().Be("russia claims part of UA-14");
    }
}
