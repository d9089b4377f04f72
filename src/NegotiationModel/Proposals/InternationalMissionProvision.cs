namespace NegotiationModel.Proposals;

/// <summary>An international mission, force or similar presence: which, mandated by whom, to do what.</summary>
/// <remarks>
/// <para>Maps onto PA-X implementation: international mission, force or similar (ImPK). Category <see cref="ProvisionCategory.Implementation"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record InternationalMissionProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Implementation)
{
    /// <summary>Gets the mission or force, such as a peacekeeping force or a monitoring mission.</summary>
    [AddedIn(1, 1)]
    public ActorId? Mission { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Mission)); }

    /// <summary>Gets who is to mandate it, such as the UN Security Council or the OSCE Permanent Council.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> MandatedBy { get; init; }

    /// <summary>Gets its tasks, such as monitoring and verifying a withdrawal.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Tasks { get; init; }
}
