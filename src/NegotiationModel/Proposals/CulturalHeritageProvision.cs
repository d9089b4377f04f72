namespace NegotiationModel.Proposals;

/// <summary>Cultural heritage, tangible or intangible, to be protected or promoted.</summary>
/// <remarks>
/// <para>Maps onto PA-X land, property and environment: cultural heritage (LaCH). Category <see cref="ProvisionCategory.Land"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record CulturalHeritageProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Land)
{
    /// <summary>Gets the heritage concerned, such as religious sites or a language.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Heritage { get; init; }

    /// <summary>Gets who is to protect or promote it.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> ProtectedBy { get; init; }
}
