using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Statements;

namespace NegotiationModel.Interop.Plover;

/// <summary>PLOVER's words and the model's values, one table each, read by the importer and written by the exporter.</summary>
internal static class PloverVocabulary
{
    /// <summary>Event types of earlier PLOVER tables with their 2.0 names (the manual renamed them).</summary>
    public static readonly (string Older, ActType Act)[] OlderEvents = [("DEMAND", ActType.Request), ("DISAPPROVE", ActType.Accuse)];

    /// <summary>The auxiliary modes the manual puts in <c>context</c>: whether the event happened.</summary>
    public static readonly (string Word, Modality Modality)[] AuxiliaryModes =
    [
        ("future", Modality.Future), ("hypothetical", Modality.Hypothetical), ("negation", Modality.Negated), ("historical", Modality.Asserted),
    ];

    /// <summary>CONSULT modes and the kind of event each is.</summary>
    public static readonly (string Mode, EventKind Kind)[] ConsultModes =
    [
        ("phone", EventKind.PhoneCall), ("visit", EventKind.Meeting), ("host", EventKind.Meeting), ("third-party", EventKind.Meeting),
        ("multilateral", EventKind.Meeting), ("video", EventKind.VideoCall),
    ];

    /// <summary>Sectors and the kind of actor they code.</summary>
    public static readonly (string Sector, ActorKind Kind, OrganisationKind? Organisation)[] Sectors =
    [
        ("GOV", ActorKind.Organisation, OrganisationKind.GovernmentBody), ("MIL", ActorKind.Organisation, OrganisationKind.ArmedForces),
        ("LEG", ActorKind.Organisation, OrganisationKind.Legislature), ("JUD", ActorKind.Organisation, OrganisationKind.Court),
        ("PTY", ActorKind.Organisation, OrganisationKind.PoliticalParty), ("REB", ActorKind.Faction, null), ("PRE", ActorKind.Faction, null),
        ("MED", ActorKind.MediaOutlet, null), ("BUS", ActorKind.Organisation, OrganisationKind.Company), ("NGO", ActorKind.Organisation, OrganisationKind.NonGovernmental),
        ("IGO", ActorKind.Organisation, OrganisationKind.Intergovernmental),
    ];

    public static ActType? Act(string word)
    {
        foreach (var (older, act) in OlderEvents)
        {
            if (string.Equals(older, word, StringComparison.OrdinalIgnoreCase))
            {
                return act;
            }
        }

        return Enum.TryParse<ActType>(word, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(word, out _) && parsed is not (ActType.Announce or ActType.Comment) ? parsed : null;
    }

    public static string EventWord(ActType act) => act.ToString().ToUpperInvariant();
}
