namespace NegotiationModel.WorkingGroups;

/// <summary>Declares which statuses of a working group may follow which: <c>WorkingGroupStatus.Transitions</c>.</summary>
/// <remarks>
/// <para>A working group is suspended only after it was active, and concludes or is dissolved only after it was established or active. The table is documented in docs/concepts.md (status histories).</para>
/// <para>This type is static and thread-safe.</para>
/// </remarks>
public static class WorkingGroupStatusTransitions
{
    private static readonly StatusTransitions<WorkingGroupStatus> Table = new(
        presupposes: new()
        {
            [WorkingGroupStatus.Suspended] = [WorkingGroupStatus.Active],
            [WorkingGroupStatus.Concluded] = [WorkingGroupStatus.Established, WorkingGroupStatus.Active],
            [WorkingGroupStatus.Dissolved] = [WorkingGroupStatus.Established, WorkingGroupStatus.Active],
        },
        excludes: new());

    extension(WorkingGroupStatus)
    {
        /// <summary>Gets which working group statuses may follow which in a status history; validation reports a history that breaks them (NM2005).</summary>
        public static StatusTransitions<WorkingGroupStatus> Transitions => Table;
    }
}
