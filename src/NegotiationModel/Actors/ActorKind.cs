namespace NegotiationModel.Actors;

/// <summary>What kind of actor takes part in or is named in a negotiation.</summary>
public enum ActorKind
{
    /// <summary>An individual person (Popolo <c>Person</c>).</summary>
    Person = 1,

    /// <summary>A sovereign or de-facto state, identified where possible by ISO 3166.</summary>
    State = 2,

    /// <summary>An organisation: a government body, an international or financial institution, an alliance, a UN body.</summary>
    Organisation = 3,

    /// <summary>A faction or camp inside a state or organisation, as a source names it.</summary>
    Faction = 4,

    /// <summary>A media outlet: a broadcaster, newspaper, wire service, channel or blog.</summary>
    MediaOutlet = 5,

    /// <summary>Any other actor, such as an AI assistant quoted as a source.</summary>
    Other = 6,

    /// <summary>
    /// A negotiating format: a standing configuration of parties that meets, drafts, signs or is joined as one, such as
    /// the Normandy format or the Trilateral Contact Group. Its participants are actors with memberships in it; it can
    /// author or sign a proposal like any other actor.
    /// </summary>
    [AddedIn(1, 1)]
    NegotiatingFormat = 7,

    /// <summary>
    /// A coalition: parties, movements or states that act together for a time without forming one organisation, such as
    /// the coalition of parties campaigning for the "yes" in a referendum. Its members are actors with memberships in it.
    /// </summary>
    [AddedIn(1, 1)]
    Coalition = 8,

    /// <summary>
    /// A campaign: an organised effort for or against an outcome, such as the campaign for the "no" in Colombia's plebiscite
    /// of 2016; it can make statements and hold positions like any other actor.
    /// </summary>
    [AddedIn(1, 1)]
    Campaign = 9,
}
