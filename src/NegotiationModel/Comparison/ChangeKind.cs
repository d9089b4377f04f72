using System.Text.Json.Serialization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Comparison;

/// <summary>How an entity differs between two versions of a record.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    /// <summary>The entity is only in the newer record.</summary>
    Added = 1,

    /// <summary>The entity is only in the older record.</summary>
    Removed = 2,

    /// <summary>The entity is in both, with different members.</summary>
    Changed = 3,
}
