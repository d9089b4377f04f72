using NegotiationModel;

namespace NegotiationModel.Samples;

/// <summary>
/// The Good Friday (Belfast) Agreement reference sample, built in C#: the multi-party talks under an independent
/// chairman from June 1996, the agreement of 10 April 1998 with its three strands, the two governments as
/// co-guarantors, the referendums North and South on 22 May 1998, decommissioning with an independent commission,
/// the release of prisoners and the reform of policing — each fact attributed to a named public source.
/// Split by concept: actors, sources, events and statements, the negotiating strands, the agreement, guarantees,
/// positions and assessments.
/// </summary>
public static partial class GoodFridayAgreementSample
{
    private static readonly LanguageTag En = new("en");
    private static readonly LanguageTag Ga = new("ga");

    /// <summary>Builds the record whose JSON is <c>docs/samples/good-friday-agreement-1998.json</c>.</summary>
    /// <returns>The sample record.</returns>
    public static NegotiationRecord Build() => new("The Good Friday (Belfast) Agreement: multi-party talks 1996–1998 and implementation")
    {
        Description = "Reference sample of NegotiationModel: the multi-party negotiations on Northern Ireland chaired by George "
            + "Mitchell from June 1996, the Agreement reached on Good Friday, 10 April 1998 (Command Paper 3883), its three strands, "
            + "the two governments' British-Irish Agreement, the referendums in Northern Ireland and in Ireland on 22 May 1998, "
            + "decommissioning under the Independent International Commission on Decommissioning, the accelerated release of "
            + "prisoners and the Independent Commission on Policing. Built from the published agreement, legislation, official "
            + "results, archives of the talks and news reports; commentators' judgements are kept as assessments. Wording is "
            + "paraphrased unless marked as a quotation.",
        LastUpdated = NodaTime.Instant.FromUtc(2026, 12, 4, 0, 0),
        Actors = Actors(),
        Sources = Sources(),
        Events = Events(),
        Statements = Statements(),
        WorkingGroups = WorkingGroups(),
        Proposals = [ChairingArrangements(), Agreement()],
        Votes = Votes(),
        Guarantees = Guarantees(),
        MonitoringMissions = MonitoringMissions(),
        Mandates = Mandates(),
        Territories = Territories(),
        Positions = Positions(),
        Assessments = Assessments(),
        Topics = Topics.WellKnownTopics.All,
    };
}
