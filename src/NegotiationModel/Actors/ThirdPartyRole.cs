namespace NegotiationModel.Actors;

/// <summary>
/// The part a third party plays in a negotiation: one vocabulary for event participants
/// (<see cref="Events.Participant.ThirdPartyRole"/>), working-group members (<see cref="WorkingGroups.WorkingGroupMember.ThirdPartyRole"/>)
/// and memberships (<see cref="Membership.ThirdPartyRole"/>), so that Norway as guarantor of the talks reads the same at a round,
/// at the table and over the years.
/// </summary>
/// <remarks>
/// A third-party role says which part a state, organisation or person who is not a party plays; a participant's or member's
/// own role still says how it sits at the table (host, delegation member, chair). Format 1.0's participant roles
/// <c>mediator</c> and <c>observer</c> and its working-group role <c>observer</c> keep their meaning; they imply the
/// third-party role of the same name (<see cref="Events.Participant.ImpliedThirdPartyRole"/>).
/// </remarks>
public enum ThirdPartyRole
{
    /// <summary>A guarantor of the talks themselves, such as Cuba and Norway in the talks between Colombia's government and the FARC-EP: it vouches for the process, hosts or keeps the parties to its rules (its undertaking is a guarantee of kind <see cref="Guarantees.GuaranteeKind.Process"/>).</summary>
    Guarantor = 1,

    /// <summary>An accompanying country or organisation, such as Venezuela and Chile in the same talks: present in support of the process, without a guarantor's undertaking.</summary>
    Accompanying = 2,

    /// <summary>A facilitator who brings the parties together and eases their contacts without proposing terms.</summary>
    Facilitator = 3,

    /// <summary>A mediator who helps the parties reach terms and may propose them.</summary>
    Mediator = 4,

    /// <summary>A witness, such as a head of state who signs an agreement as witness rather than as a party.</summary>
    Witness = 5,

    /// <summary>A verifier who checks that the parties carry out what they agreed, such as the United Nations in a monitoring and verification mechanism.</summary>
    Verifier = 6,

    /// <summary>An observer present without taking part in the negotiation.</summary>
    Observer = 7,
}
