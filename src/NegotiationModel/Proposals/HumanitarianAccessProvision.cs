namespace NegotiationModel.Proposals;

/// <summary>Access for humanitarian assistance: who is to allow it, who delivers it and what it covers.</summary>
/// <remarks>
/// <para>Maps onto PA-X human rights and equality: mobility and access (HrMob); socio-economic reconstruction: humanitarian assistance. Category <see cref="ProvisionCategory.Humanitarian"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record HumanitarianAccessProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Humanitarian)
{
    /// <summary>Gets the parties that are to allow safe access, delivery, storage and distribution.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> AllowedBy { get; init; }

    /// <summary>Gets who is to deliver the assistance, such as the International Committee of the Red Cross or UN agencies.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Providers { get; init; }

    /// <summary>Gets what is to be delivered and on what basis, such as "on the basis of an international mechanism".</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Assistance { get; init; }
}
