namespace NegotiationModel.Proposals;

/// <summary>Where an item of an agenda stands; one entry of its status history.</summary>
public enum AgendaItemStatus
{
    /// <summary>On the agenda, not yet taken up.</summary>
    Pending = 1,

    /// <summary>Under discussion at the table.</summary>
    UnderDiscussion = 2,

    /// <summary>Agreed: the parties reached an agreement on the item (a partial agreement, its <see cref="AgendaItem.SettledBy"/>), which may stay conditional on the others.</summary>
    Agreed = 3,

    /// <summary>Set aside for later by the parties, such as points left for the end of the talks.</summary>
    Deferred = 4,

    /// <summary>Taken off the agenda.</summary>
    Removed = 5,
}
