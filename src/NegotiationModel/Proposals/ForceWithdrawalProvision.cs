namespace NegotiationModel.Proposals;

/// <summary>A withdrawal of a force from territories: completely, behind a line, or partially.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: withdrawal of forces (ceasefire and security-sector provisions); it touches territory too, but its category is <see cref="ProvisionCategory.Security"/>. It records what a proposal demands, never who controls or is entitled to the territories.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ForceWithdrawalProvision : Provision
{
    /// <summary>Initializes a new provision.</summary>
    /// <param name="id">The provision's identifier in the record; not the default value.</param>
    /// <param name="force">The force that is to withdraw; not the default value.</param>
    /// <param name="extent">How far the force is to withdraw.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="force"/> is the default value, or <paramref name="extent"/> is undefined.</exception>
    public ForceWithdrawalProvision(ProvisionId id, ActorId force, WithdrawalExtent extent)
        : base(id, ProvisionCategory.Security)
    {
        Force = force;
        Extent = extent;
    }

    /// <summary>Gets the force that is to withdraw.</summary>
    public ActorId Force { get; init => field = Guard.Against.Default(value, nameof(Force)); }

    /// <summary>Gets how far the force is to withdraw.</summary>
    public WithdrawalExtent Extent { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Extent)); }

    /// <summary>Gets the territories the force is to withdraw from.</summary>
    public ValueList<TerritoryId> From { get; init; }

    /// <summary>Gets the line the force is to withdraw behind, for <see cref="WithdrawalExtent.BehindLine"/>, such as the current line of contact.</summary>
    public NamedLineId? BehindLine { get; init => field = value is { } line ? Guard.Against.Default(line, nameof(BehindLine)) : null; }
}
