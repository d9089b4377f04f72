using NegotiationModel;

namespace NegotiationModel.Samples;

/// <summary>
/// The Minsk II reference sample, built in C#: the Normandy-format summit in Minsk overnight on 11–12 February
/// 2015, the Package of Measures for the Implementation of the Minsk Agreements signed there by the Trilateral
/// Contact Group, its thirteen points with their times, the OSCE's monitoring, and the Contact Group's working
/// groups through 2015 — each fact attributed to a named public source.
/// Split by concept: actors, sources, events and statements, working groups, the package, territories,
/// guarantees, positions and the analyst's assessment.
/// </summary>
public static partial class MinskIISample
{
    private static readonly LanguageTag En = new("en");
    private static readonly LanguageTag Ru = new("ru");
    private static readonly LanguageTag Uk = new("uk");
    private static readonly LanguageTag De = new("de");
    private static readonly LanguageTag Fr = new("fr");

    /// <summary>Builds the record whose JSON is <c>docs/samples/minsk-ii-2015.json</c>.</summary>
    /// <returns>The sample record.</returns>
    public static NegotiationRecord Build() => new("Minsk II: the Package of Measures of 12 February 2015 and the Trilateral Contact Group, 2015")
    {
        Description = "Reference sample of NegotiationModel: the Normandy-format summit in Minsk on 11–12 February 2015, the "
            + "Package of Measures for the Implementation of the Minsk Agreements signed there by the Trilateral Contact Group, "
            + "its thirteen points and their times, the OSCE Special Monitoring Mission, and the Contact Group's four working "
            + "groups. Built from the published text of the package, official statements of the governments, the OSCE and the "
            + "UN, news reports and a participant's account; an analyst's reading is kept as an assessment, apart from reporting. "
            + "Wording is paraphrased unless marked as a quotation.",
        LastUpdated = NodaTime.Instant.FromUtc(2026, 12, 4, 0, 0),
        Actors = Actors(),
        Sources = Sources(),
        Events = Events(),
        Statements = Statements(),
        WorkingGroups = WorkingGroups(),
        Proposals = [Package()],
        Guarantees = Guarantees(),
        MonitoringMissions = MonitoringMissions(),
        Territories = Territories(),
        Lines = Lines(),
        Positions = Positions(),
        Assessments = Assessments(),
        Topics = Topics.WellKnownTopics.All,
    };
}
