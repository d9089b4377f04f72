namespace NegotiationModel.Proposals;

/// <summary>Declares which statuses of a proposal may follow which: <c>ProposalStatus.Transitions</c>.</summary>
/// <remarks>
/// <para>A proposal is under negotiation, accepted, agreed ad referendum, rejected or signed only after it was tabled; ratified or in force only
/// after it was signed; suspended or terminated only after it was in force. The table is documented in docs/concepts.md
/// (status histories).</para>
/// <para>This type is static and thread-safe.</para>
/// </remarks>
public static class ProposalStatusTransitions
{
    private static readonly StatusTransitions<ProposalStatus> Table = new(
        presupposes: new()
        {
            [ProposalStatus.UnderNegotiation] = [ProposalStatus.Tabled],
            [ProposalStatus.Accepted] = [ProposalStatus.Tabled],
            [ProposalStatus.AgreedAdReferendum] = [ProposalStatus.Tabled],
            [ProposalStatus.Rejected] = [ProposalStatus.Tabled],
            [ProposalStatus.Signed] = [ProposalStatus.Tabled],
            [ProposalStatus.Ratified] = [ProposalStatus.Signed],
            [ProposalStatus.InForce] = [ProposalStatus.Signed],
            [ProposalStatus.Suspended] = [ProposalStatus.InForce],
            [ProposalStatus.Terminated] = [ProposalStatus.InForce],
        },
        excludes: new());

    extension(ProposalStatus)
    {
        /// <summary>Gets which proposal statuses may follow which in a status history; validation reports a history that breaks them (NM2005).</summary>
        public static StatusTransitions<ProposalStatus> Transitions => Table;
    }
}
