namespace NegotiationModel.Proposals;

/// <summary>How compliance with a provision, such as a demilitarised zone, is monitored: by a provision's terms or by a monitoring mission.</summary>
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

    /// <summary>Radar, such as counter-battery or air-surveillance radar tracking fire and movement.</summary>
    [AddedIn(1, 1)]
    Radar = 8,

    /// <summary>Fixed or remotely operated cameras watching a site or a crossing point.</summary>
    [AddedIn(1, 1)]
    Cameras = 9,

    /// <summary>Inspections and verification on site: visits to weapons storage, witnessing weapons put beyond use.</summary>
    [AddedIn(1, 1)]
    Inspections = 10,
}
