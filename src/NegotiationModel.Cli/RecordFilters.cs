using NegotiationModel.Identifiers;

namespace NegotiationModel.Cli;

/// <summary>
/// Checks that what a filter option names is in the record: a misspelt actor or subject is a usage error
/// (exit code 2), never an empty result that reads as "nothing happened".
/// </summary>
internal static class RecordFilters
{
    /// <summary>Returns the one-line problem when <paramref name="record"/> holds no actor <paramref name="actor"/>, else null.</summary>
    public static string? UnknownActor(NegotiationRecord record, string file, ActorId actor)
        => record.Find(actor) is null ? $"{InputFiles.DisplayName(file)} holds no actor '{actor.Value}'." : null;

    /// <summary>
    /// Returns the one-line problem when no entity (or phase) of <paramref name="record"/> is written
    /// <paramref name="subject"/>, as <c>KIND:ID</c> or a bare ID, else null.
    /// </summary>
    public static string? UnknownSubject(NegotiationRecord record, string file, string subject)
    {
        var references = record.Entities().Select(e => e.Reference)
            .Concat(record.Proposals.SelectMany(p => p.Phases).Select(phase => EntityReference.To(phase.Id)));
        return references.Any(reference => Matches(reference, subject)) ? null : $"{InputFiles.DisplayName(file)} holds no entity '{subject}'.";
    }

    /// <summary>Whether <paramref name="reference"/> is written <paramref name="text"/>: <c>KIND:ID</c> or its bare ID.</summary>
    public static bool Matches(EntityReference reference, string text)
        => string.Equals(reference.ToString(), text, StringComparison.Ordinal) || string.Equals(reference.Id, text, StringComparison.Ordinal);
}
