namespace NegotiationModel.Identifiers;

/// <summary>
/// Identifies a provision of a proposal as such: the same identifier in versions 1, 2 and 3 of a proposal is one
/// provision, as drafted in each version; unique within a version and across proposals.
/// <c>NegotiationRecord.Find(ProvisionId)</c> finds its draft in the version with the greatest number that holds it,
/// <c>Find(ProvisionId, int)</c> its draft in one version.
/// </summary>
[EntityId(EntityKind.Provision)]
public readonly partial record struct ProvisionId;
