using NegotiationModel.Identifiers;

namespace NegotiationModel.Proposals;

/// <summary>A provision of a kind the model does not type; its summary says what it provides.</summary>
/// <remarks>
/// <para>Maps onto any PA-X category not covered by another kind: category <see cref="ProvisionCategory.Other"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record OtherProvision : Provision
{
    /// <summary>Initializes a new provision.</summary>
    /// <param name="id">The provision's identifier in the record; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public OtherProvision(ProvisionId id)
        : base(id, ProvisionCategory.Other)
    {
    }
}
