namespace NegotiationModel.Monitoring;

/// <summary>Declares which statuses of a monitoring mission may follow which: <c>MonitoringMissionStatus.Transitions</c>.</summary>
/// <remarks>
/// <para>A mission is suspended only after it was deployed, and ends only after it was mandated or deployed. The table is documented in docs/concepts.md (status histories).</para>
/// <para>This type is static and thread-safe.</para>
/// </remarks>
public static class MonitoringMissionStatusTransitions
{
    private static readonly StatusTransitions<MonitoringMissionStatus> Table = new(
        presupposes: new()
        {
            [MonitoringMissionStatus.Suspended] = [MonitoringMissionStatus.Deployed],
            [MonitoringMissionStatus.Ended] = [MonitoringMissionStatus.Mandated, MonitoringMissionStatus.Deployed],
        },
        excludes: new());

    extension(MonitoringMissionStatus)
    {
        /// <summary>Gets which monitoring mission statuses may follow which in a status history; validation reports a history that breaks them (NM2005).</summary>
        public static StatusTransitions<MonitoringMissionStatus> Transitions => Table;
    }
}
