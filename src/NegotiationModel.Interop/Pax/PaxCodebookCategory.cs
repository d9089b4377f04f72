using NegotiationModel.Proposals;

namespace NegotiationModel.Interop.Pax;

/// <summary>A top-level category of the PA-X codebook, and the model's category an <c>other</c> provision of it takes.</summary>
/// <param name="Title">The category's name in the codebook.</param>
/// <param name="Category">The model's category for it (<see cref="OtherProvision.PaxCategory"/>).</param>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
internal sealed record PaxCodebookCategory(string Title, ProvisionCategory Category)
{
    public static readonly PaxCodebookCategory Groups = new("Groups", ProvisionCategory.Groups);
    public static readonly PaxCodebookCategory Gender = new("Gender", ProvisionCategory.Gender);
    public static readonly PaxCodebookCategory StateDefinition = new("State definition", ProvisionCategory.Territory);
    public static readonly PaxCodebookCategory Governance = new("Governance", ProvisionCategory.Governance);
    public static readonly PaxCodebookCategory PowerSharing = new("Power sharing", ProvisionCategory.PowerSharing);
    public static readonly PaxCodebookCategory HumanRights = new("Human rights and equality", ProvisionCategory.HumanRights);
    public static readonly PaxCodebookCategory JusticeSector = new("Justice sector reform", ProvisionCategory.JusticeSector);
    public static readonly PaxCodebookCategory SocioEconomic = new("Socio-economic reconstruction", ProvisionCategory.Economic);
    public static readonly PaxCodebookCategory Land = new("Land, property and environment", ProvisionCategory.Land);
    public static readonly PaxCodebookCategory Security = new("Security sector", ProvisionCategory.Security);
    public static readonly PaxCodebookCategory TransitionalJustice = new("Transitional justice", ProvisionCategory.TransitionalJustice);
    public static readonly PaxCodebookCategory Implementation = new("Implementation", ProvisionCategory.Implementation);

    /// <inheritdoc/>
    public override string ToString() => Title;
}
