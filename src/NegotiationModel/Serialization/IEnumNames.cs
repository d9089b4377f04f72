namespace NegotiationModel.Serialization;

/// <summary>What the schema generator needs of an enum converter: the JSON names it accepts.</summary>
internal interface IEnumNames
{
    /// <summary>Gets the JSON names, in the order of the enum's members.</summary>
    IReadOnlyList<string> Names { get; }
}
