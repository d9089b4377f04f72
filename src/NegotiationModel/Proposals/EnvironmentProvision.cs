namespace NegotiationModel.Proposals;

/// <summary>The environment and water: protection, rights of access to water and shared rivers.</summary>
/// <remarks>
/// <para>Maps onto PA-X land, property and environment: environment, water and riparian rights (LaEn, Wat). Category <see cref="ProvisionCategory.Land"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record EnvironmentProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Land)
{
    /// <summary>Gets who is to act or share.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Parties { get; init; }

    /// <summary>Gets the resources concerned, such as a shared river.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Resources { get; init; }

    /// <summary>Gets the measures, such as environmental protection or water allocation.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Measures { get; init; }
}
