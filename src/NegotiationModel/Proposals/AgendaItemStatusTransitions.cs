namespace NegotiationModel.Proposals;

/// <summary>Declares which statuses of an agenda item may follow which: <c>AgendaItemStatus.Transitions</c>.</summary>
/// <remarks>
/// <para>An item is agreed only after it was under discussion; an agreed item taken up again is under discussion once more.
/// The table is documented in docs/concepts.md (status histories).</para>
/// <para>This type is static and thread-safe.</para>
/// </remarks>
public static class AgendaItemStatusTransitions
{
    private static readonly StatusTransitions<AgendaItemStatus> Table = new(
        presupposes: new()
        {
            [AgendaItemStatus.Agreed] = [AgendaItemStatus.UnderDiscussion],
        },
        excludes: new());

    extension(AgendaItemStatus)
    {
        /// <summary>Gets which agenda item statuses may follow which in a status history; validation reports a history that breaks them (NM2005).</summary>
        public static StatusTransitions<AgendaItemStatus> Transitions => Table;
    }
}
