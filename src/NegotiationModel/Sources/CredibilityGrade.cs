using System.Text.Json.Serialization;

namespace NegotiationModel.Sources;

/// <summary>How credible a piece of information is, on the Admiralty (NATO) scale 1–6, independent of its source's reliability.</summary>
/// <remarks>In JSON the grade is its digit as a string: <c>"1"</c> to <c>"6"</c>.</remarks>
public enum CredibilityGrade
{
    /// <summary>1: confirmed by other independent sources.</summary>
    [JsonStringEnumMemberName("1")]
    Confirmed = 1,

    /// <summary>2: probably true; not confirmed, but logical and consistent with other information.</summary>
    [JsonStringEnumMemberName("2")]
    ProbablyTrue = 2,

    /// <summary>3: possibly true; not confirmed, reasonably logical, agrees with some other information.</summary>
    [JsonStringEnumMemberName("3")]
    PossiblyTrue = 3,

    /// <summary>4: doubtful; not confirmed, possible but not logical, no other information on it.</summary>
    [JsonStringEnumMemberName("4")]
    Doubtful = 4,

    /// <summary>5: improbable; not confirmed, not logical, contradicted by other information.</summary>
    [JsonStringEnumMemberName("5")]
    Improbable = 5,

    /// <summary>6: truth cannot be judged.</summary>
    [JsonStringEnumMemberName("6")]
    CannotBeJudged = 6,
}
