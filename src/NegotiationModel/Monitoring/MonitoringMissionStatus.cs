namespace NegotiationModel.Monitoring;

/// <summary>Where a monitoring mission stands in its life; one entry of its status history.</summary>
public enum MonitoringMissionStatus
{
    /// <summary>Someone proposed the mission, such as monitoring of a demilitarised zone in a peace plan.</summary>
    Proposed = 1,

    /// <summary>The mission was given its mandate, such as by a decision of the OSCE Permanent Council or an agreement between governments.</summary>
    Mandated = 2,

    /// <summary>The mission's monitors are in the field, or the commission is at work.</summary>
    Deployed = 3,

    /// <summary>The mission's work is paused, or its monitors withdrawn for a time.</summary>
    Suspended = 4,

    /// <summary>The mission ended: its mandate ran out or was not renewed, or it reported its work done.</summary>
    Ended = 5,
}
