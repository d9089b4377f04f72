namespace NegotiationModel.Interop;

/// <summary>What an importer returns: the record it built and its report.</summary>
/// <param name="Record">The record holding what was imported.</param>
/// <param name="Report">What was created, merged and not mapped.</param>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record ImportResult(NegotiationRecord Record, InteropReport Report)
{
    /// <inheritdoc/>
    public override string ToString() => Record.ToString();
}
