namespace NegotiationModel.Time;

/// <summary>
/// How sure a record is of a value: the EDTF qualifiers <c>?</c> (uncertain), <c>~</c> (approximate)
/// and <c>%</c> (both), and this library's extension <c>!</c> (inferred, not stated by the source).
/// </summary>
/// <remarks>
/// A flags enum, so it has <see cref="None"/> = 0, unlike the model's other enums; it is never written
/// to JSON on its own (it is part of a <see cref="When"/>'s text form).
/// </remarks>
[Flags]
public enum WhenQualifiers
{
    /// <summary>The value is stated by the source and not qualified.</summary>
    None = 0,

    /// <summary>The source is not sure of the value (EDTF <c>?</c>): the window holds only if the value is right.</summary>
    Uncertain = 1,

    /// <summary>The value is approximate (EDTF <c>~</c>): its window is widened by one unit of its precision on each side.</summary>
    Approximate = 2,

    /// <summary>The source does not state the value; the record's author inferred it, for instance a year from context (extension <c>!</c>).</summary>
    Inferred = 4,
}
