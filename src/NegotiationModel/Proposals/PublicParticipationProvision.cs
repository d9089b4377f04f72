namespace NegotiationModel.Proposals;

/// <summary>The participation of political parties, civil society and traditional or religious leaders.</summary>
/// <remarks>
/// <para>Maps onto PA-X governance: political parties reform, civil society, traditional and religious leaders (PolPar, Civso, Tral). Category <see cref="ProvisionCategory.Governance"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record PublicParticipationProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Governance)
{
    /// <summary>Gets the parties, organisations or leaders concerned.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Participants { get; init; }

    /// <summary>Gets their role, such as transforming an armed group into a political party or consulting civil society.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Roles { get; init; }
}
