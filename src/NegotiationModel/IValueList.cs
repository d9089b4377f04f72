namespace NegotiationModel;

/// <summary>What the JSON contract needs to know of any <see cref="ValueList{T}"/> without knowing its element type.</summary>
internal interface IValueList
{
    /// <summary>Gets a value indicating whether the list has no elements.</summary>
    bool IsEmpty { get; }
}
