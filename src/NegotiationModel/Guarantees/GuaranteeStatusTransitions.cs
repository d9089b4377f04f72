namespace NegotiationModel.Guarantees;

/// <summary>Declares which statuses of a guarantee may follow which: <c>GuaranteeStatus.Transitions</c>.</summary>
/// <remarks>
/// <para>A guarantee is in force only after it was agreed, and lapses only after it was in force. The table is documented in docs/concepts.md (status histories).</para>
/// <para>This type is static and thread-safe.</para>
/// </remarks>
public static class GuaranteeStatusTransitions
{
    private static readonly StatusTransitions<GuaranteeStatus> Table = new(
        presupposes: new()
        {
            [GuaranteeStatus.InForce] = [GuaranteeStatus.Agreed],
            [GuaranteeStatus.Lapsed] = [GuaranteeStatus.InForce],
        },
        excludes: new());

    extension(GuaranteeStatus)
    {
        /// <summary>Gets which guarantee statuses may follow which in a status history; validation reports a history that breaks them (NM2005).</summary>
        public static StatusTransitions<GuaranteeStatus> Transitions => Table;
    }
}
