using NegotiationModel;

namespace NegotiationModel.Samples;

/// <summary>
/// The reference sample record, built in C#: every fact of the seed digest (the Trump–Zelensky meeting
/// in Miami on 28 December 2025 and the US–Russia track around it), each attributed to its source.
/// Split by concept: actors, sources, events and statements, working groups, proposals, territories,
/// guarantees, positions, assessments.
/// </summary>
public static partial class MiamiTalksSample
{
    /// <summary>Builds the record whose JSON is <c>docs/samples/miami-talks-2025-12.json</c>.</summary>
    /// <returns>The sample record.</returns>
    public static NegotiationRecord Build() => new("Trump–Zelensky meeting in Miami and the US–Russia track, December 2025")
    {
        Description = "Reference sample of NegotiationModel: who said what around the meeting of Donald Trump and Volodymyr "
            + "Zelensky in Miami on 28 December 2025, according to which source. Built from a Japanese blog commentary "
            + "that quotes NHK (itself based on wire reports) and, through an AI assistant, Yomiuri Shimbun. The year "
            + "2025 is never stated by the sources: it is inferred, and dates carry the inferred qualifier (!). The "
            + "commentary's own views are recorded as its author's assessments, never as facts.",
        LastUpdated = NodaTime.Instant.FromUtc(2026, 11, 25, 0, 0),
        Actors = Actors(),
        Sources = Sources(),
        Events = Events(),
        Statements = Statements(),
        WorkingGroups = WorkingGroups(),
        Proposals = Proposals(),
        Guarantees = Guarantees(),
        Territories = Territories(),
        Claims = Claims(),
        ControlObservations = ControlObservations(),
        Lines = Lines(),
        Positions = Positions(),
        Assessments = Assessments(),
        Topics = Topics.WellKnownTopics.All,
    };

    // The blog quotes NHK's update of 19:31 Japan time, so it and everything it proposes came after it.
    private const string AfterNhkFinalUpdate = "2025-12-29T19:31[Asia/Tokyo]!/..";

    private static LocalizedText En(string text) => new(text, "en");

    private static LocalizedText Ja(string text, bool isOriginal = true) => new(text, "ja", isOriginal);

    private static LocalizedName Name(string text, string language, NameKind kind = NameKind.Primary) => new(text, language, kind);
}
