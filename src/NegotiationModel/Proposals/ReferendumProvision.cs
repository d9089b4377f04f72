namespace NegotiationModel.Proposals;

/// <summary>A referendum: what is asked and what must happen first.</summary>
/// <remarks>
/// <para>Maps onto PA-X: territory (referendums on status or territory), also coded under implementation (referendum on the agreement). Category <see cref="ProvisionCategory.Territory"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record ReferendumProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Territory)
{
    /// <summary>Gets the question put, in one or more languages, such as whether to accept territorial concessions.</summary>
    public ValueList<LocalizedText> Question { get; init; }

    /// <summary>Gets what must happen before the vote, such as a ceasefire.</summary>
    public ValueList<LocalizedText> Precondition { get; init; }
}
