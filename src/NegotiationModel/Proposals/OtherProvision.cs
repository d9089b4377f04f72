namespace NegotiationModel.Proposals;

/// <summary>A provision of a kind the model does not type; its summary says what it provides.</summary>
/// <remarks>
/// <para>Maps onto any PA-X category: <see cref="ProvisionCategory.Other"/> unless <see cref="PaxCategory"/> says which.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record OtherProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Other)
{
    /// <summary>
    /// Gets the category the provision belongs to, such as <see cref="ProvisionCategory.HumanRights"/> for one on
    /// media freedom, or <see langword="null"/> when not said; <see cref="Provision.Category"/> follows it and is
    /// <see cref="ProvisionCategory.Other"/> without it.
    /// </summary>
    [AddedIn(1, 1)]
    public ProvisionCategory? PaxCategory
    {
        get;
        init
        {
            field = value is { } category ? Guard.Against.UndefinedEnum(category, nameof(PaxCategory)) : null;
            Category = field ?? ProvisionCategory.Other;
        }
    }
}
