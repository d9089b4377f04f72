using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;

namespace NegotiationModel.Interop.Pax;

/// <summary>
/// The one description of how the columns of the PA-X CSV export (version 8) map to a record: each provision variable to a
/// kind of provision (by the PA-X codebook's top-level category), and every other column to where the importer keeps it
/// or why it does not. <see cref="PaxImporter"/> reads by it, and the tables of docs/concepts.md ("Provision kinds and
/// PA-X") are generated from it.
/// </summary>
/// <remarks>
/// A row may name several kinds when PA-X codes in one variable what the model types apart (<c>Ce</c>: a ceasefire, an end
/// of hostilities, a demilitarised zone, …): the import creates the first kind listed, the one the variable's codebook
/// definition names first; the others are what a person refining the record may turn it into.
/// </remarks>
internal static class PaxColumns
{
    /// <summary>The provision variables, in the codebook's order of categories.</summary>
    public static IReadOnlyList<PaxProvisionRow> ProvisionRows { get; } =
    [
        new(PaxCodebookCategory.Groups, ["GCh", "GChRhet", "GChAntid", "GChSubs", "GChOth", "GDis", "GDisRhet", "GDisAntid", "GDisSubs", "GDisOth", "GAge", "GAgeRhet", "GAgeAntid", "GAgeSubs", "GAgeOth", "GMig", "GMigRhet", "GMigAntid", "GMigSubs", "GMigOth", "GRa", "GRaRhet", "GRaAntid", "GRaSubs", "GRaOth", "GRe", "GReRhet", "GReAntid", "GReSubs", "GReOth", "GInd", "GIndRhet", "GIndAntid", "GIndSubs", "GIndOth", "GOth", "GOthRhet", "GOthAntid", "GOthSubs", "GOthOth", "GSoc", "GSocRhet", "GSocAntid", "GSocSubs", "GSocOth"], ["group-rights"]),
        new(PaxCodebookCategory.Groups, ["GRef", "GRefRhet", "GRefSubs", "GRefOth"], ["displaced-persons"]),
        new(PaxCodebookCategory.Gender, ["GeWom", "GeMe", "GeMeNu", "GeMeOth", "GeSo", "GeFa"], ["gender"]),
        new(PaxCodebookCategory.StateDefinition, ["StDef", "StGen", "StCon", "StSd", "StSym", "StInd", "StUni"], ["state-definition"]),
        new(PaxCodebookCategory.StateDefinition, ["StRef"], ["referendum"]),
        new(PaxCodebookCategory.StateDefinition, ["StBor"], ["border-settlement"]),
        new(PaxCodebookCategory.StateDefinition, ["StXbor"], ["border-control"]),
        new(PaxCodebookCategory.Governance, ["Pol", "PolGen", "PolNewInd", "Pubad"], ["political-institutions"]),
        new(PaxCodebookCategory.Governance, ["PolNewTemp"], ["transitional-government"]),
        new(PaxCodebookCategory.Governance, ["ConRen", "Cons"], ["constitutional-reform"]),
        new(PaxCodebookCategory.Governance, ["Ele", "ElecComm"], ["elections"]),
        new(PaxCodebookCategory.Governance, ["PolPar", "Civso", "Tral"], ["public-participation"]),
        new(PaxCodebookCategory.PowerSharing, ["Polps", "PpsSt", "PpsSub", "PpsEx", "PpsOro", "PpsOthPr", "PpsVet", "PpsAut", "PpsInt", "PpsOth"], ["power-sharing"]),
        new(PaxCodebookCategory.PowerSharing, ["Terps", "TpsSub", "TpsLoc", "TpsOth"], ["decentralisation"]),
        new(PaxCodebookCategory.PowerSharing, ["TpsAut"], ["special-status"]),
        new(PaxCodebookCategory.PowerSharing, ["Eps", "EpsRes", "EpsOth"], ["natural-resources"]),
        new(PaxCodebookCategory.PowerSharing, ["Mps", "MpsMe", "MpsJt", "MpsOth"], ["military-integration"]),
        new(PaxCodebookCategory.HumanRights, ["HrGen", "EqGen", "HrDem", "Prot", "HrFra", "HrfSp", "HrfBor", "HrfTinc", "HrfOth", "HrCp", "CprLife", "CprTort", "CprEq", "CprSlav", "CprLib", "CprDet", "CprFmov", "CprFspe", "CprFass", "CprTria", "CprPriv", "CprVote", "CprReli", "CprOth", "HrSec", "SerProp", "SerWork", "SerHeal", "SerEdu", "SerStdl", "SerShel", "SerSs", "SerCult", "SerOth", "HrNi", "HrNiMe", "HrNiNe", "HrNiOth", "HrIi", "HrIiMon", "HrIiBod", "HrIiOth", "HrDet", "Med", "MedGov", "MedSubs", "MedLog", "MedOth", "HrCit", "CitGen", "CitRights", "CitDef", "CitOth"], ["human-rights"]),
        new(PaxCodebookCategory.HumanRights, ["HrMob"], ["humanitarian-access"]),
        new(PaxCodebookCategory.JusticeSector, ["JusCr", "JusCrSp", "JusCrSys", "JusCrPow", "JusEm", "JusJu", "JusPri", "JusTra"], ["justice-sector-reform"]),
        new(PaxCodebookCategory.SocioEconomic, ["Dev", "Ban", "CenBan", "BanPers", "BanInt", "BanXb"], ["development", "socio-economic-reconnection"]),
        new(PaxCodebookCategory.SocioEconomic, ["NEC", "Bus", "Tax", "TaxPo", "TaxRef", "TaxOth"], ["development"]),
        new(PaxCodebookCategory.SocioEconomic, ["NatRes"], ["natural-resources"]),
        new(PaxCodebookCategory.SocioEconomic, ["IntFu"], ["reconstruction-financing"]),
        new(PaxCodebookCategory.Land, ["LaRef", "LaRefMan", "LaRefRet", "LaRefOth", "LaNom"], ["land-and-property"]),
        new(PaxCodebookCategory.Land, ["LaCH", "LaCHTa", "LaCHIt", "LaCHPro", "LaCHOth"], ["cultural-heritage"]),
        new(PaxCodebookCategory.Land, ["LaEn", "Wat"], ["environment"]),
        new(PaxCodebookCategory.Security, ["SsrGua"], ["security-guarantee", "neutrality"]),
        new(PaxCodebookCategory.Security, ["Ce", "CeProv", "CeGen"], ["ceasefire", "end-of-hostilities", "demilitarised-zone", "deployment-limits", "weapons-limits"]),
        new(PaxCodebookCategory.Security, ["SsrPol"], ["police"]),
        new(PaxCodebookCategory.Security, ["SsrArm", "SsrInt"], ["security-sector-reform"]),
        new(PaxCodebookCategory.Security, ["SsrDdr", "DdrDemil", "DdrProg", "SsrPsf"], ["disarmament"]),
        new(PaxCodebookCategory.Security, ["SsrFf"], ["force-withdrawal"]),
        new(PaxCodebookCategory.Security, ["Cor", "SsrCrOcr", "SsrDrugs", "Terr"], ["crime-and-corruption"]),
        new(PaxCodebookCategory.TransitionalJustice, ["TjGen", "TjCou", "TjJaNc", "TjJaIc", "TjMech", "TjVet", "TjVic", "TjRep", "TjRSym", "TjRMa", "TjNR"], ["transitional-justice"]),
        new(PaxCodebookCategory.TransitionalJustice, ["TjAm", "TjAmPro", "TjSan", "TjPower"], ["amnesty"]),
        new(PaxCodebookCategory.TransitionalJustice, ["TjPrire"], ["prisoner-exchange"]),
        new(PaxCodebookCategory.TransitionalJustice, ["TjMis"], ["missing-persons"]),
        new(PaxCodebookCategory.Implementation, ["ImRef"], ["referendum"]),
        new(PaxCodebookCategory.Implementation, ["ImPK"], ["international-mission"]),
        new(PaxCodebookCategory.Implementation, ["ImE", "ImSrc"], ["implementation-mechanism", "sanctions-relief"]),
    ];

    /// <summary>The columns that are not provision variables: what they are and what the importer does with them.</summary>
    public static IReadOnlyList<PaxOtherRow> OtherRows { get; } =
    [
        new(["AgtId", "Agt", "Dat", "Day", "Month", "Year", "Stage"], "the agreement itself", PaxColumnUse.Proposal,
            "a `Proposal` with one version: id `pax-` and `AgtId`, which is also its `ExternalIdentifier` (scheme `pa-x`); `Agt` the title; the version's date from `Dat` with the precision `Day`, `Month` and `Year` give (no day: the month; no month: the year); `Stage` as `AgreementStage` (`Pre`, `SubPar`, `SubComp`, `Imp`, `Ren`, `Cea`; others are reported)"),
        new(["Status", "Agtp", "StageSub"], "signature status, agreement type (intra- or interstate), sub-stage", PaxColumnUse.Notes,
            "text in the proposal's `Notes`; a `Status` of multiparty signed/agreed is also status `signed` at the agreement's date"),
        new(["Con", "Contp", "Reg"], "country or entity, conflict type, region", PaxColumnUse.Notes,
            "text in the proposal's `Notes`; no `Territory` is made from them"),
        new(["Part", "ThrdPart"], "parties and third parties, as prose", PaxColumnUse.Notes,
            "text in the proposal's `Notes`: PA-X writes them as prose, and no actor is made from prose"),
        new(["OthAgr"], "other agreements referred to", PaxColumnUse.Notes,
            "text in the proposal's `Notes`; not resolved to `Supersedes` or `DerivedFrom`"),
        new(["Lgt"], "length in pages", PaxColumnUse.Reported, "not kept; reported when set"),
        new(["ImUN", "ImOth"], "UN and other international signatories (0/1)", PaxColumnUse.Reported,
            "not kept: no actor is made from a flag; reported when set"),
        new(["PeaceProcess", "PeaceProcessN", "UCDPc_code_old", "conflict_id", "In_other_UCDP", "PAID_UCDP", "PAM_ID", "Date", "inclusion1", "inclusion2", "inclusion3", "Y-10", "Y+10", "Y-1", "Y-2", "Y-5", "Y+1", "Y+2", "Y+5", "IsLocationProvisional", "Location1", "IsGWNOprovisional", "GWNO", "ISONUM", "ConShort", "ISO3", "Location2", "GWNO2", "ISONUM2", "ConShort2", "ISO3_2", "WarNumCoW", "WarNameCoW", "yr"],
            "peace process, links to UCDP, PAM and Correlates of War, locations, windows of years", PaxColumnUse.Reported,
            "not kept; reported when set (the model could hold the links as `ExternalIdentifier`s on the proposal and its territories)"),
        new(["HumRiFrameALL", "HumRiCivPolALL", "HumRiSocEconALL", "humanrightsALL", "SecurityALL", "anypowersharing", "anypowersharing_binom", "Amnesty", "TJ_bin", "politicalps", "territorialps", "economicps", "militaryps", "womenandps", "TJmechanism", "Drugs", "Corruption", "Crime_Org_Crime"],
            "indicators derived from the provision variables above", PaxColumnUse.Derived,
            "not kept: computed from the kinds and categories of a version's provisions"),
    ];

    private static readonly Dictionary<string, PaxProvisionRow> ByProvisionColumn = ProvisionRows
        .SelectMany(row => row.Columns.Select(column => (column, row)))
        .ToDictionary(pair => pair.column, pair => pair.row, StringComparer.Ordinal);

    private static readonly Dictionary<string, PaxOtherRow> ByOtherColumn = OtherRows
        .SelectMany(row => row.Columns.Select(column => (column, row)))
        .ToDictionary(pair => pair.column, pair => pair.row, StringComparer.Ordinal);

    /// <summary>Finds the row of a provision variable.</summary>
    public static PaxProvisionRow? Provision(string column) => ByProvisionColumn.GetValueOrDefault(column);

    /// <summary>Finds the row of a column that is not a provision variable.</summary>
    public static PaxOtherRow? Other(string column) => ByOtherColumn.GetValueOrDefault(column);
}
