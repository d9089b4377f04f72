namespace NegotiationModel.Proposals;

/// <summary>A ceasefire: the parties stop fighting, for a time or indefinitely.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: ceasefire provisions. Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record CeasefireProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets a value indicating whether the ceasefire is temporary, such as a ceasefire to prepare a referendum.</summary>
    public bool IsTemporary { get; init; }

    /// <summary>Gets the parties that are to cease fire.</summary>
    public ValueList<ActorId> Parties { get; init; }

    /// <summary>Gets what the ceasefire covers, such as "the whole line of contact" or "strikes on energy infrastructure".</summary>
    public ValueList<LocalizedText> Scope { get; init; }
}
