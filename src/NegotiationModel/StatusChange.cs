using Ardalis.GuardClauses;
using System.Text.Json.Serialization;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Utility;

namespace NegotiationModel;

/// <summary>One entry of a status history: the status something entered, when, according to which sources.</summary>
/// <typeparam name="TStatus">The status enum, such as a proposal's status.</typeparam>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that a history is in order and its transitions are legal (<see cref="StatusTransitions{TStatus}"/>).</para>
/// </remarks>
public sealed record StatusChange<TStatus>
    where TStatus : struct, Enum
{
    /// <summary>Initializes a new status change.</summary>
    /// <param name="status">The status entered.</param>
    /// <param name="when">When the status was entered, as precisely as it is known.</param>
    /// <exception cref="ArgumentException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="when"/> is null.</exception>
    public StatusChange(TStatus status, When when)
    {
        Status = status;
        When = when;
    }

    /// <summary>Gets the status entered.</summary>
    public TStatus Status
    {
        get;
        init => field = Guard.Against.Invalid(value, !Enum.IsDefined(value), nameof(Status), $"{value} is not a defined {typeof(TStatus).Name}.");
    }

    /// <summary>Gets when the status was entered.</summary>
    public When When { get; init => field = Guard.Against.Null(value, nameof(When)); }

    /// <summary>Gets the citations that attribute the change.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Gets a note on the change.</summary>
    public string? Notes { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Notes)); }

    /// <summary>
    /// Gets the members of this object's JSON that this library does not know, such as those of a newer
    /// version of the format, kept so that they are written back; <see langword="null"/> when there are none.
    /// </summary>
    [JsonIgnore]
    public UnknownMembers? UnknownMembers { get; internal set; }

    // The reader fills UnknownMembers through this dictionary: [JsonExtensionData] needs a mutable one, and
    // keeping it internal keeps UnknownMembers immutable to everyone else.
    [JsonExtensionData]
    [JsonInclude]
    internal UnknownMemberSink? UnknownMemberSink { get => UnknownMembers?.Sink; set => UnknownMembers = value?.Members; }

    /// <summary>Returns the status and when, such as <c>Tabled at 2025-12-28</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Status} at {When}";
}
