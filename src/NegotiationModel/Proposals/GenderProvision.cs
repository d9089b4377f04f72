namespace NegotiationModel.Proposals;

/// <summary>Provisions on women, girls and gender, men and boys, sexual orientation and gender identity, or the family.</summary>
/// <remarks>
/// <para>Maps onto PA-X gender (GeWom, GeMe, GeSo, GeFa). Category <see cref="ProvisionCategory.Gender"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record GenderProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Gender)
{
    /// <summary>Gets the bodies concerned, such as commissions in which women are to be represented.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Bodies { get; init; }

    /// <summary>Gets the measures, such as women's participation or protection from sexual violence.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Measures { get; init; }
}
