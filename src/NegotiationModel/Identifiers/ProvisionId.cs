namespace NegotiationModel.Identifiers;

/// <summary>
/// Identifies a provision of a proposal, as such: the same identifier in versions 1, 2 and 3 of a proposal is one
/// provision, as drafted in each version. Unique within a version and across proposals.
/// </summary>
/// <remarks>
/// <c>NegotiationRecord.Find(ProvisionId)</c> finds the provision as drafted in the version with the greatest number that
/// holds it (its latest wording); <c>Find(ProvisionId, int)</c> finds its text in one version.
/// </remarks>
[EntityId(EntityKind.Provision)]
public readonly partial record struct ProvisionId;
