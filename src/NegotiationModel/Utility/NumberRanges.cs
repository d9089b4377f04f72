using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Votes;

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

    /// <summary>The number of votes or members in one count of a vote's result: never negative.</summary>
    public static readonly NumberRange VoteCount = NumberRange.Of<VoteCount>(nameof(Votes.VoteCount.Count), 0, int.MaxValue, "A count of votes cannot be negative.");

    /// <summary>One count's share of the votes, in percent.</summary>
    public static readonly NumberRange VoteShare = NumberRange.Of<VoteCount>(nameof(Votes.VoteCount.Share), 0, 100, "A share lies between 0 and 100 percent inclusive.");

    /// <summary>How many were entitled to vote: never negative.</summary>
    public static readonly NumberRange VoteEligible = NumberRange.Of<VoteResult>(nameof(VoteResult.Eligible), 0, int.MaxValue, "A count of voters cannot be negative.");

    /// <summary>How many ballots were cast: never negative.</summary>
    public static readonly NumberRange VoteCast = NumberRange.Of<VoteResult>(nameof(VoteResult.Cast), 0, int.MaxValue, "A count of ballots cannot be negative.");

    /// <summary>How many votes were valid: never negative.</summary>
    public static readonly NumberRange VoteValid = NumberRange.Of<VoteResult>(nameof(VoteResult.Valid), 0, int.MaxValue, "A count of votes cannot be negative.");

    /// <summary>A vote's turnout, in percent.</summary>
    public static readonly NumberRange VoteTurnout = NumberRange.Of<VoteResult>(nameof(VoteResult.Turnout), 0, 100, "A turnout lies between 0 and 100 percent inclusive.");

    /// <summary>The share a vote's threshold needs, in percent.</summary>
    public static readonly NumberRange VoteThresholdShare = NumberRange.Of<VoteThreshold>(nameof(VoteThreshold.Share), 0, 100, "A share lies between 0 and 100 percent inclusive.");

    /// <summary>The number of votes a vote's threshold needs: never negative.</summary>
    public static readonly NumberRange VoteThresholdCount = NumberRange.Of<VoteThreshold>(nameof(VoteThreshold.Count), 0, int.MaxValue, "A count of votes cannot be negative.");

    /// <summary>Gets every range.</summary>
    public static IReadOnlyList<NumberRange> All { get; } =
        [SourceRevisionNumber, CitationRevision, ProposalVersionNumber, PositionSubjectVersion, PhaseOrder, LikelihoodMinimum, LikelihoodMaximum, EventDuration, Latitude, Longitude,
         VoteCount, VoteShare, VoteEligible, VoteCast, VoteValid, VoteTurnout, VoteThresholdShare, VoteThresholdCount];

    /// <summary>Returns the range of a member by its declaring type and JSON name, or <see langword="null"/> when it has none.</summary>
    /// <param name="declaringType">The type that declares the member.</param>
    /// <param name="jsonName">The member's name in JSON.</param>
    /// <returns>The range, or <see langword="null"/>.</returns>
    public static NumberRange? Find(Type declaringType, string jsonName)
        => All.FirstOrDefault(r => r.DeclaringType == declaringType && r.JsonName == jsonName);
}
