namespace NegotiationModel.Proposals;

/// <summary>How compliance with a provision, such as a demilitarised zone, is to be monitored.</summary>
public enum MonitoringMethod
{
    /// <summary>Patrols on the ground.</summary>
    Patrols = 1,

    /// <summary>Unmanned aerial vehicles.</summary>
    Drones = 2,

    /// <summary>Unarmed civilian monitors.</summary>
    CivilianMonitors = 3,

    /// <summary>Small armed escorts protecting monitors.</summary>
    ArmedEscort = 4,

    /// <summary>Satellite imagery.</summary>
    Satellite = 5,

    /// <summary>Fixed observation posts or checkpoints.</summary>
    FixedPosts = 6,

    /// <summary>Any other method, described in the provision's summary or notes.</summary>
    Other = 7,
}
