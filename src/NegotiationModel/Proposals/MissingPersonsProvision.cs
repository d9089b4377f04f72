namespace NegotiationModel.Proposals;

/// <summary>The search for missing persons and the return of remains.</summary>
/// <remarks>
/// <para>Maps onto PA-X transitional justice: missing persons (TjMis). Category <see cref="ProvisionCategory.Humanitarian"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record MissingPersonsProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Humanitarian)
{
    /// <summary>Gets the parties that are to account for missing persons.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Parties { get; init; }

    /// <summary>Gets who is to search or help, such as the International Committee of the Red Cross.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> SearchedBy { get; init; }

    /// <summary>Gets the terms, such as exchanging information or returning remains.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Terms { get; init; }
}
