namespace NegotiationModel.Events;

/// <summary>Declares which statuses of an event may follow which: <c>EventStatus.Transitions</c>.</summary>
/// <remarks>
/// <para>An event can be postponed or cancelled only before it took place. The table is documented in docs/concepts.md (status histories).</para>
/// <para>This type is static and thread-safe.</para>
/// </remarks>
public static class EventStatusTransitions
{
    private static readonly StatusTransitions<EventStatus> Table = new(
        presupposes: new(),
        excludes: new()
        {
            [EventStatus.Postponed] = [EventStatus.TookPlace],
            [EventStatus.Cancelled] = [EventStatus.TookPlace],
        });

    extension(EventStatus)
    {
        /// <summary>Gets which event statuses may follow which in a status history; validation reports a history that breaks them (NM2005).</summary>
        public static StatusTransitions<EventStatus> Transitions => Table;
    }
}
