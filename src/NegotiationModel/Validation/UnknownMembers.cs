using System.Runtime.CompilerServices;

namespace NegotiationModel.Validation;

/// <summary>
/// The hook for NM9001: the JSON paths of members the reader met but the model does not know, kept beside a
/// record (in a weak table keyed by the record's identity, like the look-up indexes, so the record's equality
/// and JSON see only its data).
/// </summary>
/// <remarks>
/// Pending: <see cref="Serialization.NegotiationJson"/> does not call <see cref="Attach"/> yet (System.Text.Json
/// skips unknown members without telling), so <see cref="Of"/> is empty for every record read today.
/// </remarks>
internal static class UnknownMembers
{
    private static readonly ConditionalWeakTable<NegotiationRecord, string[]> Paths = [];

    /// <summary>Records the JSON paths of the unknown members met while reading <paramref name="record"/>.</summary>
    public static void Attach(NegotiationRecord record, IEnumerable<string> paths) => Paths.AddOrUpdate(record, [.. paths]);

    /// <summary>Returns the JSON paths of the unknown members met while reading <paramref name="record"/>; empty when none are known.</summary>
    public static IReadOnlyList<string> Of(NegotiationRecord record) => Paths.TryGetValue(record, out var paths) ? paths : [];
}
