namespace NegotiationModel.Validation.Rules;

/// <summary>NM3xxx: sources: no citation cycles, no source attributed to itself; statements cite sources.</summary>
internal sealed class SourceRules : IValidationRule
{
    public void Check(NegotiationRecord record, ValidationContext context)
    {
        CitationCycles(record, context);
        SelfAttributed(record, context);
        for (var i = 0; i < record.Statements.Count; i++)
        {
            var statement = record.Statements[i];
            if (statement.Citations.IsEmpty && !context.Omits(DiagnosticSeverity.Info, DiagnosticCodes.UnsourcedStatement))
            {
                context.Report(
                    DiagnosticSeverity.Info,
                    DiagnosticCodes.UnsourcedStatement,
                    $"Statement '{statement.Id}' cites no source: record who reported it.",
                    RuleText.Of(nameof(record.Statements), i),
                    EntityReference.To(statement.Id));
            }
        }
    }

    private static void CitationCycles(NegotiationRecord record, ValidationContext context)
    {
        foreach (var cycle in GraphCycles.Find(record.Sources, s => s.Id, s => s.Cites.Count, (s, k) => s.Cites[k]))
        {
            if (context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.CitationCycle))
            {
                continue;
            }

            var sources = cycle.Nodes.Select(n => EntityReference.To(record.Sources[n].Id)).ToArray();
            var chain = RuleText.Cycle([.. sources.Select(s => $"'{s.Id}'")], cycle.Length, " cites ");
            context.Report(
                DiagnosticSeverity.Error,
                DiagnosticCodes.CitationCycle,
                cycle.Length == 1
                    ? $"Source '{sources[0].Id}' cites itself."
                    : $"Sources cite each other in a cycle of {cycle.Length}: {chain}. A source can only cite what was published before it.",
                RuleText.Of(nameof(record.Sources), cycle.From).Member(nameof(Sources.Source.Cites)).Index(cycle.Edge),
                sources);
        }
    }

    private static void SelfAttributed(NegotiationRecord record, ValidationContext context)
    {
        for (var s = 0; s < record.Sources.Count; s++)
        {
            var source = record.Sources[s];
            for (var k = 0; k < source.Citations.Count; k++)
            {
                if (source.Citations[k].Source == source.Id && !context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.SelfAttributedSource))
                {
                    context.Report(
                        DiagnosticSeverity.Warning,
                        DiagnosticCodes.SelfAttributedSource,
                        $"Source '{source.Id}' is attributed to itself: its citations say where the record learnt of the source, which is another source.",
                        RuleText.Of(nameof(record.Sources), s).Member(nameof(source.Citations)).Index(k).Member(nameof(Sources.Citation.Source)),
                        EntityReference.To(source.Id));
                }
            }
        }
    }
}
