using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;

namespace NegotiationModel.Utility;

/// <summary>
/// Every bounded numeric member of the model, in one table: the members' guards check these ranges, the JSON
/// Schema states them, and a test requires every numeric member of the JSON contract to be here or unbounded.
/// </summary>
internal static class NumberRanges
{
    /// <summary>The number of a source's revision: 1 or more.</summary>
    public static readonly NumberRange SourceRevisionNumber = NumberRange.Of<SourceRevision>(nameof(SourceRevision.Number), 1, int.MaxValue, "A revision number is 1 or more.");

    /// <summary>The revision a citation names: 1 or more.</summary>
    public static readonly NumberRange CitationRevision = NumberRange.Of<Citation>(nameof(Citation.Revision), 1, int.MaxValue, "A revision number is 1 or more.");

    /// <summary>The number of a proposal's version: 1 or more.</summary>
    public static readonly NumberRange ProposalVersionNumber = NumberRange.Of<ProposalVersion>(nameof(ProposalVersion.Number), 1, int.MaxValue, "A version number is 1 or more.");

    /// <summary>The version of its proposal a position's subject is taken in: 1 or more, as a version's number.</summary>
    public static readonly NumberRange PositionSubjectVersion = NumberRange.Of<Position>(nameof(Position.SubjectVersion), 1, int.MaxValue, "A version number is 1 or more.");

    /// <summary>The order of a phase: 0 or more.</summary>
    public static readonly NumberRange PhaseOrder = NumberRange.Of<Phase>(nameof(Phase.Order), 0, int.MaxValue, "A phase's order is 0 or more.");

    /// <summary>The lower bound of a likelihood: a probability.</summary>
    public static readonly NumberRange LikelihoodMinimum = NumberRange.Of<Likelihood>(nameof(Likelihood.Minimum), 0, 1, "A probability lies between 0 and 1 inclusive.");

    /// <summary>The upper bound of a likelihood: a probability.</summary>
    public static readonly NumberRange LikelihoodMaximum = NumberRange.Of<Likelihood>(nameof(Likelihood.Maximum), 0, 1, "A probability lies between 0 and 1 inclusive.");

    /// <summary>How long an event lasted, in seconds: never negative.</summary>
    public static readonly NumberRange EventDuration = NumberRange.Of<NegotiationEvent>(nameof(NegotiationEvent.Duration), 0, double.PositiveInfinity, "A duration cannot be negative.");

    /// <summary>A latitude in degrees.</summary>
    public static readonly NumberRange Latitude = NumberRange.Of<GeoCoordinates>(nameof(GeoCoordinates.Latitude), -90, 90, "A latitude lies between -90 and 90 degrees.");

    /// <summary>A longitude in degrees.</summary>
    public static readonly NumberRange Longitude = NumberRange.Of<GeoCoordinates>(nameof(GeoCoordinates.Longitude), -180, 180, "A longitude lies between -180 and 180 degrees.");

    /// <summary>Gets every range.</summary>
    public static IReadOnlyList<NumberRange> All { get; } =
        [SourceRevisionNumber, CitationRevision, ProposalVersionNumber, PositionSubjectVersion, PhaseOrder, LikelihoodMinimum, LikelihoodMaximum, EventDuration, Latitude, Longitude];

    /// <summary>Returns the range of a member by its declaring type and JSON name, or <see langword="null"/> when it has none.</summary>
    /// <param name="declaringType">The type that declares the member.</param>
    /// <param name="jsonName">The member's name in JSON.</param>
    /// <returns>The range, or <see langword="null"/>.</returns>
    public static NumberRange? Find(Type declaringType, string jsonName)
        => All.FirstOrDefault(r => r.DeclaringType == declaringType && r.JsonName == jsonName);
}
