using System.Text.Json.Serialization;

namespace NegotiationModel.Sources;

/// <summary>How reliable a source is, on the Admiralty (NATO) scale A–F, independent of any one piece of information.</summary>
/// <remarks>In JSON the grade is its letter as a string: <c>"A"</c> to <c>"F"</c>.</remarks>
public enum ReliabilityGrade
{
    /// <summary>A: completely reliable; no doubt of authenticity, trustworthiness or competency.</summary>
    [JsonStringEnumMemberName("A")]
    CompletelyReliable = 1,

    /// <summary>B: usually reliable; minor doubts, a history of mostly valid information.</summary>
    [JsonStringEnumMemberName("B")]
    UsuallyReliable = 2,

    /// <summary>C: fairly reliable; doubts, but has provided valid information before.</summary>
    [JsonStringEnumMemberName("C")]
    FairlyReliable = 3,

    /// <summary>D: not usually reliable; significant doubts.</summary>
    [JsonStringEnumMemberName("D")]
    NotUsuallyReliable = 4,

    /// <summary>E: unreliable; a history of invalid information.</summary>
    [JsonStringEnumMemberName("E")]
    Unreliable = 5,

    /// <summary>F: reliability cannot be judged.</summary>
    [JsonStringEnumMemberName("F")]
    CannotBeJudged = 6,
}
