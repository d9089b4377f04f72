using NegotiationModel.Sources;

namespace NegotiationModel;

/// <summary>What every entity of a record has: an identity, the citations that attribute it, identifiers elsewhere and notes.</summary>
public interface IRecordEntity
{
    /// <summary>Gets the entity's kind and identifier.</summary>
    EntityReference Reference { get; }

    /// <summary>Gets the citations that attribute the entity to its sources.</summary>
    ValueList<Citation> Citations { get; }

    /// <summary>Gets the entity's identifiers in other systems.</summary>
    ValueList<ExternalIdentifier> Identifiers { get; }

    /// <summary>Gets free-text notes by whoever recorded the entity.</summary>
    string? Notes { get; }
}
