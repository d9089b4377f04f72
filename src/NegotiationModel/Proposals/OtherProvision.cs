using NegotiationModel.Identifiers;

namespace NegotiationModel.Proposals;

/// <summary>A provision of a kind the model does not type; its summary says what it provides.</summary>
/// <remarks>
/// <para>Maps onto any PA-X category not covered by another kind: category <see cref="ProvisionCategory.Other"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record OtherProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Other);
