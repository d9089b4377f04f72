using System.Text.Json.Serialization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Comparison;

/// <summary>How an entity differs between two versions of a record, or a provision between two versions of its proposal.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    /// <summary>The entity is only in the newer record.</summary>
    Added = 1,

    /// <summary>The entity is only in the older record.</summary>
    Removed = 2,

    /// <summary>The entity is in both, with different members.</summary>
    Changed = 3,

    /// <summary>The entity is in both, equal; listed only by comparisons that list every entity, such as <see cref="ProposalVersionComparison"/>.</summary>
    Unchanged = 4,
}
