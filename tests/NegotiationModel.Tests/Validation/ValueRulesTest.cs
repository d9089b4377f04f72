using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Territories;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

public sealed class ValueRulesTest
{
    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("uk")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn-RS")]
    [InlineData("de-CH-1901")]
    [InlineData("es-419")]
    [InlineData("en-US-u-ca-gregory")]
    [InlineData("x-private")]
    [InlineData("i-klingon")]
    [InlineData("zh-cmn-Hans-CN")]
    [InlineData("EN-gb")]
    public void NM4001_well_formed_language_tags_pass(string tag)
    {
        Bcp47.IsWellFormed(tag).Should().BeTrue();
    }

    [Theory]
    [InlineData("englishes")]
    [InlineData("en_US")]
    [InlineData("e")]
    [InlineData("en-")]
    [InlineData("en--US")]
    [InlineData("123")]
    [InlineData("ja-JP-x")]
    [InlineData("en-US-u")]
    [InlineData("en\n")]
    [InlineData("日本語")]
    [InlineData("\u212Aa")]
    public void NM4001_malformed_language_tags_fail(string tag)
    {
        Bcp47.IsWellFormed(tag).Should().BeFalse();
    }

    [Fact]
    public void NM4001_a_malformed_tag_is_reported_wherever_a_text_or_name_is()
    {
        var record = Clean() with
        {
            Events = Clean().Events.Replace(0, e => e with { Title = [new LocalizedText("Meeting", "English (US)")] }),
            Territories = Clean().Territories.Replace(1, t => t with { Names = [new LocalizedName("Donetsk", "en_GB")] }),
            Sources = Clean().Sources.Replace(0, s => s with { Language = "jp-" }),
        };

        Found(record).Should().Equal(
            $"{DiagnosticCodes.InvalidLanguageTag} at $['sources'][0]['language']",
            $"{DiagnosticCodes.InvalidLanguageTag} at $['events'][0]['title'][0]['language']",
            $"{DiagnosticCodes.InvalidLanguageTag} at $['territories'][1]['names'][0]['language']");
    }

    [Fact]
    public void NM4002_a_place_in_a_zone_unknown_to_tzdb_is_reported()
    {
        var record = Clean() with { Events = Clean().Events.Replace(0, e => e with { Place = e.Place! with { TimeZone = "America/Miami" } }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.UnknownTimeZone);
        diagnostic.Path.ToString().Should().Be("$['events'][0]['place']['timeZone']");
        diagnostic.RelatedIds.Should().Equal(EntityReference.To(Meeting));
    }

    [Fact]
    public void NM4002_a_place_in_a_link_zone_of_tzdb_is_fine()
    {
        var record = Clean() with { Events = Clean().Events.Replace(0, e => e with { Place = e.Place! with { TimeZone = "US/Eastern" } }) };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM4003_and_NM4004_a_currency_not_in_ISO_4217_and_a_negative_amount_are_reported()
    {
        var record = Clean() with
        {
            Guarantees = Clean().Guarantees.Replace(0, g => g with { Instruments = g.Instruments.Replace(0, i => i with { Amount = new Money(-5m, "usd") }) }),
        };

        Found(record).Should().Equal(
            $"{DiagnosticCodes.UnknownCurrency} at $['guarantees'][0]['instruments'][0]['amount']['currency']",
            $"{DiagnosticCodes.NegativeAmount} at $['guarantees'][0]['instruments'][0]['amount']['amount']");
    }

    [Theory]
    [InlineData("HRK")]
    [InlineData("XXX")]
    [InlineData("EURO")]
    public void NM4003_withdrawn_and_non_currency_codes_are_not_active(string code)
    {
        Iso4217.IsActive(code).Should().BeFalse();
    }

    [Theory]
    [InlineData("UAH")]
    [InlineData("RUB")]
    [InlineData("XDR")]
    [InlineData("ZWG")]
    public void NM4003_active_codes_are_active(string code)
    {
        Iso4217.IsActive(code).Should().BeTrue();
    }

    [Fact]
    public void NM4004_a_zero_amount_is_fine()
    {
        var record = Clean() with { Proposals = Clean().Proposals.Replace(1, p => p with { Versions = p.Versions.Replace(0, v => v with { Provisions = v.Provisions.Replace(1, x => ((NegotiationModel.Proposals.ReconstructionFinancingProvision)x) with { Amount = new Money(0m, "EUR") }) }) }) };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM4005_ISO_3166_codes_must_have_the_shape_of_their_kind()
    {
        var record = Clean() with
        {
            Territories =
            [
                Clean().Territories[0] with { Iso3166Code = "UKR" },
                Clean().Territories[1] with { Iso3166Code = "UA", Identifiers = [new ExternalIdentifier(IdentifierSchemes.Iso3166Subdivision, "UA14")] },
            ],
            Actors = Clean().Actors.Replace(2, a => a with { Identifiers = [new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha2, "us"), new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha3, "US")] }),
        };

        Found(record).Should().Equal(
            $"{DiagnosticCodes.InvalidIso3166Code} at $['actors'][2]['identifiers'][0]['value']",
            $"{DiagnosticCodes.InvalidIso3166Code} at $['actors'][2]['identifiers'][1]['value']",
            $"{DiagnosticCodes.InvalidIso3166Code} at $['territories'][0]['iso3166Code']",
            $"{DiagnosticCodes.InvalidIso3166Code} at $['territories'][1]['iso3166Code']",
            $"{DiagnosticCodes.InvalidIso3166Code} at $['territories'][1]['identifiers'][0]['value']");
    }

    [Fact]
    public void NM4005_an_area_may_carry_either_shape()
    {
        var record = Clean() with { Territories = Clean().Territories.Add(new Territory(new TerritoryId("crimea"), TerritoryKind.Area, [new LocalizedName("Crimea", "en")]) { Iso3166Code = "UA-43" }) };

        Found(record).Should().BeEmpty();
    }
}
