using NegotiationModel.Sources;

namespace NegotiationModel.Mandates;

/// <summary>
/// A renewal of a <see cref="Mandate"/>: the instrument that renewed it (a later resolution), by whom, for which term, and
/// the tasks when the renewal changed them.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record MandateRenewal : ExtensibleObject
{
    /// <summary>Gets the instrument that renewed the mandate, as a source, such as a later resolution; <see langword="null"/> when not recorded.</summary>
    public SourceId? Instrument { get; init => field = value is { } id ? Guard.Against.Default(id, nameof(Instrument)) : null; }

    /// <summary>Gets who renewed the mandate, when not the same as who gave it.</summary>
    public ValueList<ActorId> GrantedBy { get; init; }

    /// <summary>Gets when the renewed term begins, as precisely as known.</summary>
    public When? TermStart { get; init; }

    /// <summary>Gets when the renewed term ends or is to end, as precisely as known; <see langword="null"/> when open or unknown.</summary>
    public When? TermEnd { get; init; }

    /// <summary>Gets the tasks as the renewal states them, when it changed them; empty when the tasks stay as they were.</summary>
    public ValueList<LocalizedText> Tasks { get; init; }

    /// <summary>Gets the citations that report the renewal.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Returns the term, such as <c>renewal 2017-09-26/2018-09-25</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"renewal {TermStart?.ToString() ?? "?"}/{TermEnd?.ToString() ?? "?"}";
}
