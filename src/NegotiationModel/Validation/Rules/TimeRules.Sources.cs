using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM2002, NM2008 and NM2009: statements dated after the sources that report them, and source revisions in order.</summary>
internal sealed partial class TimeRules
{
    private static void StatementsAfterSources(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        // Many statements cite the same source: its publication times are resolved once for all of them, and compared
        // without building lists: resolved per statement, they would cost a tenth of validation's time (docs/performance-log.md).
        // A citation's source is the definition its reference resolved to (RecordModel.Resolutions), so a citation costs
        // no hashed look-up: at a million statements each was several misses in a table of a quarter of a million sources.
        using var publications = new CitedPublications(context.Model, time);
        for (var i = 0; i < record.Statements.Count; i++)
        {
            var statement = record.Statements[i];
            if (statement.When is not { } when)
            {
                continue;
            }

            var said = default(TimeModel.Resolved);
            var resolved = false;
            for (var k = 0; k < statement.Citations.Count; k++)
            {
                var citation = statement.Citations[k];
                var published = publications.Of(citation);
                if (published.Source is not { } source || published.Count == 0)
                {
                    continue;
                }

                if (!resolved)
                {
                    said = time.Resolve(when);
                    resolved = true;
                }

                if (publications.AllDefinitelyAfter(said, published) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.StatementAfterSource))
                {
                    var candidates = publications.Whens(published);
                    var what = citation.Revision is { } n ? $"revision {n} of source '{source.Id}' ({candidates[0]})" : $"source '{source.Id}' ({string.Join(", ", candidates)})";
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.StatementAfterSource,
                        $"Statement '{statement.Id}' is dated {when}, after {what} that reports it was published.",
                        RuleText.Of(nameof(record.Statements), i).Member(nameof(statement.Citations)).Index(k),
                        EntityReference.To(statement.Id),
                        EntityReference.To(source.Id));
                }
            }
        }
    }

    private static void Revisions(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        // Revisions dated before publication (NM2009) are reported after those out of order (NM2008), each
        // message built only when the diagnostic is kept.
        var beforePublication = new List<(int Source, int Revision)>();
        for (var s = 0; s < record.Sources.Count; s++)
        {
            var source = record.Sources[s];
            var reference = EntityReference.To(source.Id);
            for (var i = 0; i < source.Revisions.Count; i++)
            {
                var revision = source.Revisions[i];
                if (i > 0 && revision.Number <= source.Revisions[i - 1].Number)
                {
                    if (!context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.RevisionsOutOfOrder))
                    {
                        context.Report(
                            DiagnosticSeverity.Error,
                            DiagnosticCodes.RevisionsOutOfOrder,
                            $"Revision {revision.Number} of source '{source.Id}' is listed after revision {source.Revisions[i - 1].Number}: numbers increase down the list.",
                            RevisionPath(s, i).Member(nameof(revision.Number)),
                            reference);
                    }
                }
                else if (i > 0 && time.IsBefore(revision.At, source.Revisions[i - 1].At) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.RevisionsOutOfOrder))
                {
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.RevisionsOutOfOrder,
                        $"Revision {revision.Number} of source '{source.Id}' is dated {revision.At}, before revision {source.Revisions[i - 1].Number} ({source.Revisions[i - 1].At}).",
                        RevisionPath(s, i).Member(nameof(revision.At)),
                        reference);
                }

                if (source.Published is { } published && time.IsBefore(revision.At, published))
                {
                    beforePublication.Add((s, i));
                }
            }
        }

        foreach (var (s, i) in beforePublication)
        {
            if (context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.RevisionBeforePublication))
            {
                continue;
            }

            var source = record.Sources[s];
            var revision = source.Revisions[i];
            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.RevisionBeforePublication,
                $"Revision {revision.Number} of source '{source.Id}' is dated {revision.At}, before the source was first published ({source.Published}).",
                RevisionPath(s, i).Member(nameof(revision.At)),
                EntityReference.To(source.Id));
        }
    }

    // Built only for a diagnostic kept: a path per source, built in advance, was a tenth of what validating allocated.
    private static RulePath RevisionPath(int source, int revision)
        => RuleText.Of(nameof(NegotiationRecord.Sources), source).Member(nameof(Source.Revisions)).Index(revision);
}
