namespace NegotiationModel.Proposals;

/// <summary>A mechanism to implement the agreement: bodies or working groups, their tasks, how disputes are settled.</summary>
/// <remarks>
/// <para>Maps onto PA-X implementation: enforcement mechanism (ImE), related sources (ImSrc). Category <see cref="ProvisionCategory.Implementation"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record ImplementationMechanismProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Implementation)
{
    /// <summary>Gets the bodies that are to implement or enforce the agreement, such as a joint commission.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Bodies { get; init; }

    /// <summary>Gets the working groups that are to implement it.</summary>
    [AddedIn(1, 1)]
    public ValueList<WorkingGroupId> WorkingGroups { get; init; }

    /// <summary>Gets their tasks, such as reviewing implementation or settling disputes.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Tasks { get; init; }
}
