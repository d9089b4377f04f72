using System.Runtime.InteropServices;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM2002, NM2008 and NM2009: statements dated after the sources that report them, and source revisions in order.</summary>
internal sealed partial class TimeRules
{
    private static void StatementsAfterSources(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        // Many statements cite the same source: its publication times are resolved once for all of them, and
        // compared without building lists: resolved per statement, they would cost a tenth of validation's time (docs/performance.md).
        // The table is keyed by what the citation says, so a citation costs one look-up, the source's included.
        var publications = new Dictionary<(SourceId Source, int? Revision), (Source? Source, List<When> Whens, TimeModel.Resolved[] Windows)>();
        for (var i = 0; i < record.Statements.Count; i++)
        {
            var statement = record.Statements[i];
            if (statement.When is not { } when)
            {
                continue;
            }

            var said = time.Resolve(when);
            for (var k = 0; k < statement.Citations.Count; k++)
            {
                var citation = statement.Citations[k];

                // One probe of the table for a citation met before and for a new one: each probe of a table of a quarter
                // of a million sources is a miss in the cache or several.
                ref var published = ref CollectionsMarshal.GetValueRefOrAddDefault(publications, (citation.Source, citation.Revision), out var met);
                if (!met)
                {
                    published = Publications(citation, context, time);
                }

                if (published.Source is not { } source)
                {
                    continue;
                }

                var candidates = published.Whens;
                if (candidates.Count > 0 && AllDefinitelyAfter(said, published.Windows) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.StatementAfterSource))
                {
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

    // The times a citation's source (or the revision it names) was published, resolved; no source when the record holds none.
    private static (Source? Source, List<When> Whens, TimeModel.Resolved[] Windows) Publications(Citation citation, ValidationContext context, TimeModel time)
    {
        if (context.Model.Find(EntityReference.To(citation.Source))?.Value is not Source source)
        {
            return (null, [], []);
        }

        List<When> whens = citation.Revision is { } number
            ? source.FindRevision(number) is { } revision ? [revision.At] : []
            : [.. Optional(source.Published), .. source.Revisions.Select(r => r.At)];
        var windows = new TimeModel.Resolved[whens.Count];
        for (var w = 0; w < whens.Count; w++)
        {
            windows[w] = time.Resolve(whens[w]);
        }

        return (source, whens, windows);
    }

    private static bool AllDefinitelyAfter(TimeModel.Resolved said, TimeModel.Resolved[] published)
    {
        foreach (var window in published)
        {
            if (TimeModel.Compare(said, window) != TemporalRelation.DefinitelyAfter)
            {
                return false;
            }
        }

        return true;
    }

    private static void Revisions(NegotiationRecord record, ValidationContext context, TimeModel time)
    {
        // Revisions dated before publication (NM2009) are reported after those out of order (NM2008), each
        // message built only when the diagnostic is kept.
        var beforePublication = new List<(int Source, int Revision)>();
        for (var s = 0; s < record.Sources.Count; s++)
        {
            var source = record.Sources[s];
            var path = RuleText.Of(nameof(record.Sources), s).Member(nameof(source.Revisions));
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
                            path.Index(i).Member(nameof(revision.Number)),
                            reference);
                    }
                }
                else if (i > 0 && time.IsBefore(revision.At, source.Revisions[i - 1].At) && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.RevisionsOutOfOrder))
                {
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.RevisionsOutOfOrder,
                        $"Revision {revision.Number} of source '{source.Id}' is dated {revision.At}, before revision {source.Revisions[i - 1].Number} ({source.Revisions[i - 1].At}).",
                        path.Index(i).Member(nameof(revision.At)),
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
                RuleText.Of(nameof(record.Sources), s).Member(nameof(source.Revisions)).Index(i).Member(nameof(revision.At)),
                EntityReference.To(source.Id));
        }
    }

    private static IEnumerable<When> Optional(When? when) => when is null ? [] : [when];
}
