using System.Text.RegularExpressions;
using NegotiationModel.Sources;
using NegotiationModel.Territories;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM4xxx: values: language tags, time zones, currencies, amounts, ISO 3166 codes.</summary>
internal sealed partial class ValueRules : IValidationRule
{
    public void Check(NegotiationRecord record, ValidationContext context)
    {
        var objects = context.Model.Values;
        var tags = new WellFormedTags();

        // One pass over the objects the walk kept for these rules (Reads), not one per code, nor over every object of the
        // record: each pass read the objects again from memory, the larger part of this rule's time on a record just read.
        // The codes are still reported one after another, each in record order: language tags as they are met, the other
        // problems (rare) from the places kept for them.
        List<int>? zones = null, currencies = null, amounts = null, codes = null;
        for (var i = 0; i < objects.Count; i++)
        {
            var site = objects[i];
            switch (site.Value)
            {
                case LocalizedText text:
                    Language(text.Language, site, nameof(text.Language));
                    break;
                case LocalizedName name:
                    Language(name.Language, site, nameof(name.Language));
                    break;
                case Source { Language: { } language }:
                    Language(language, site, nameof(Source.Language));
                    break;
                case Place { TimeZone: { } zone } when !WhenText.IsZoneId(zone):
                    (zones ??= []).Add(i);
                    break;
                case Money money:
                    if (!Iso4217.IsActive(money.Currency))
                    {
                        (currencies ??= []).Add(i);
                    }

                    if (money.Amount < 0)
                    {
                        (amounts ??= []).Add(i);
                    }

                    break;
                case Territory { Iso3166Code: not null }
                    or ExternalIdentifier { Scheme: IdentifierSchemes.Iso3166Alpha2 or IdentifierSchemes.Iso3166Alpha3 or IdentifierSchemes.Iso3166Subdivision }:
                    (codes ??= []).Add(i);
                    break;
            }
        }

        foreach (var i in zones ?? [])
        {
            var site = objects[i];
            var zone = ((Place)site.Value).TimeZone;
            if (!context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.UnknownTimeZone))
            {
                context.Report(
                    DiagnosticSeverity.Error,
                    DiagnosticCodes.UnknownTimeZone,
                    $"'{zone}' is not a time zone of the IANA tz database: use an identifier such as 'Europe/Kyiv' or 'America/New_York'.",
                    site.Path.Member(nameof(Place.TimeZone)),
                    RuleText.Related(site.Owner));
            }
        }

        foreach (var i in currencies ?? [])
        {
            var site = objects[i];
            var money = (Money)site.Value;
            if (!context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.UnknownCurrency))
            {
                context.Report(
                    DiagnosticSeverity.Error,
                    DiagnosticCodes.UnknownCurrency,
                    $"'{money.Currency}' is not an active ISO 4217 currency code: use three capital letters such as 'EUR' or 'USD'.",
                    site.Path.Member(nameof(Money.Currency)),
                    RuleText.Related(site.Owner));
            }
        }

        foreach (var i in amounts ?? [])
        {
            var site = objects[i];
            var money = (Money)site.Value;
            if (!context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.NegativeAmount))
            {
                context.Report(
                    DiagnosticSeverity.Error,
                    DiagnosticCodes.NegativeAmount,
                    $"The amount {money} is negative: record a payment or loan by its direction (lender, beneficiary), not by its sign.",
                    site.Path.Member(nameof(Money.Amount)),
                    RuleText.Related(site.Owner));
            }
        }

        foreach (var i in codes ?? [])
        {
            var site = objects[i];
            switch (site.Value)
            {
                case Territory { Iso3166Code: { } code } territory when !Iso3166Fits(territory.Kind, code):
                    Iso3166(code, territory.Kind switch
                    {
                        TerritoryKind.State => "an ISO 3166-1 alpha-2 code such as 'UA'",
                        TerritoryKind.Region or TerritoryKind.District or TerritoryKind.City => "an ISO 3166-2 subdivision code such as 'UA-14'",
                        _ => "an ISO 3166-1 alpha-2 code such as 'UA' or an ISO 3166-2 code such as 'UA-14'",
                    }, site.Path.Member(nameof(Territory.Iso3166Code)), site.Owner);
                    break;
                case ExternalIdentifier { Scheme: IdentifierSchemes.Iso3166Alpha2, Value: var value } when !Alpha2().IsMatch(value):
                    Iso3166(value, "an ISO 3166-1 alpha-2 code such as 'UA'", site.Path.Member(nameof(ExternalIdentifier.Value)), site.Owner);
                    break;
                case ExternalIdentifier { Scheme: IdentifierSchemes.Iso3166Alpha3, Value: var value } when !Alpha3().IsMatch(value):
                    Iso3166(value, "an ISO 3166-1 alpha-3 code such as 'UKR'", site.Path.Member(nameof(ExternalIdentifier.Value)), site.Owner);
                    break;
                case ExternalIdentifier { Scheme: IdentifierSchemes.Iso3166Subdivision, Value: var value } when !Subdivision().IsMatch(value):
                    Iso3166(value, "an ISO 3166-2 subdivision code such as 'UA-14'", site.Path.Member(nameof(ExternalIdentifier.Value)), site.Owner);
                    break;
            }
        }

        VoteFiguresAgree(record, context);

        void Language(string tag, RecordModel.Site site, string member)
        {
            if (tags.Contains(tag) || context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.InvalidLanguageTag))
            {
                return;
            }

            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.InvalidLanguageTag,
                $"'{tag}' is not a well-formed BCP 47 language tag: use one such as 'en', 'ja', 'uk' or 'zh-Hant-TW'.",
                site.Path.Member(member),
                RuleText.Related(site.Owner));
        }

        void Iso3166(string code, string expected, JsonPath path, IRecordEntity? owner)
        {
            if (!context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.InvalidIso3166Code))
            {
                context.Report(DiagnosticSeverity.Error, DiagnosticCodes.InvalidIso3166Code, $"'{code}' is not {expected}.", path, RuleText.Related(owner));
            }
        }
    }

    /// <summary>
    /// Tells whether these rules read an object: those of the types of the cases of <see cref="Check(NegotiationRecord, ValidationContext)"/>'s one pass, which
    /// are all the walk keeps for it (<see cref="RecordModel.Values"/>), less those whose language tag is well-formed, which
    /// is all they would read of them. The walk asks as it meets each object, while the object and its tag are in the cache.
    /// </summary>
    internal static bool Reads(object value, WellFormedTags tags) => value switch
    {
        LocalizedText text => !tags.Contains(text.Language),
        LocalizedName name => !tags.Contains(name.Language),
        Source source => source.Language is { } language && !tags.Contains(language),
        Place or Money or Territory or ExternalIdentifier => true,
        _ => false,
    };

    private static bool Iso3166Fits(TerritoryKind kind, string code) => kind switch
    {
        TerritoryKind.State => Alpha2().IsMatch(code),
        TerritoryKind.Region or TerritoryKind.District or TerritoryKind.City => Subdivision().IsMatch(code),
        _ => Alpha2().IsMatch(code) || Subdivision().IsMatch(code),
    };

    [GeneratedRegex(@"^[A-Z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Alpha2();

    [GeneratedRegex(@"^[A-Z]{3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Alpha3();

    [GeneratedRegex(@"^[A-Z]{2}-[A-Z0-9]{1,3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Subdivision();
}
