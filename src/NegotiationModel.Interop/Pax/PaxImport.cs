using System.Text;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Time;
using nietras.SeparatedValues;

namespace NegotiationModel.Interop.Pax;

/// <summary>
/// One PA-X import: each CSV input in turn, row by row as the reader streams them (a file is never split into a list of
/// rows), each row one proposal. The columns are read by <see cref="PaxColumns"/>.
/// </summary>
internal sealed class PaxImport(PaxImportOptions options) : IInteropImport
{
    private readonly ReportBuilder report = new();
    private readonly List<Proposal> proposals = [];
    private readonly Dictionary<string, string> seen = new(StringComparer.Ordinal);

    public void Read(InteropInput input)
    {
        using var text = new StringReader(input.Text);
        if (text.Peek() == '\uFEFF')
        {
            text.Read();
        }

        try
        {
            // The header is read as a row, not by Sep's header support: PA-X's own export names a column twice (Year).
            using var reader = Sep.New(',').Reader(configure => configure with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            PaxHeader? header = null;
            foreach (var row in reader)
            {
                if (row.Span.IsWhiteSpace())
                {
                    // A blank line (often the last of a file saved by a spreadsheet) holds no agreement.
                    continue;
                }

                if (header is null)
                {
                    header = PaxHeader.Read([.. row[0..row.ColCount].ToStringsArray()], input.Name);
                    continue;
                }

                ReadRow(row, header, $"{input.Name}: line {row.LineNumberFrom}");
            }

            if (header is null)
            {
                throw new InteropFormatException(input.Name, "not a PA-X CSV: the input is empty (a PA-X export begins with a header row naming its columns)");
            }
        }
        catch (InvalidDataException error)
        {
            throw new InteropFormatException(input.Name, $"not a PA-X CSV: {error.Message}", error);
        }
    }

    public ImportResult Finish()
    {
        var record = new NegotiationRecord(options.Title) { Proposals = ValueList.From(proposals) };
        return new ImportResult(record, report.Build());
    }

    private static string Cell(SepReader.Row row, int? index) => index is { } column ? row[column].Span.Trim().ToString() : string.Empty;

    private static string Location(string where, string column) => $"{where}, column {column}";

    private void ReadRow(SepReader.Row row, PaxHeader header, string where)
    {
        if (row.ColCount != header.Count)
        {
            throw new InteropFormatException(where, $"the row has {row.ColCount} fields but the header names {header.Count} columns (a quote left open, or a comma in an unquoted field?)");
        }

        var agtId = Cell(row, header.AgtId);
        if (agtId.Length == 0)
        {
            throw new InteropFormatException(Location(where, "AgtId"), "an agreement needs its PA-X number");
        }

        if (!seen.TryAdd(agtId, where))
        {
            // Two rows under one number are two codings of one agreement: merging them would pick one coding silently.
            throw new InteropFormatException(Location(where, "AgtId"), $"the agreement {JsonInput.Shorten(agtId)} is already at {seen[agtId]}; PA-X gives each agreement one row");
        }

        var title = Cell(row, header.Agt);
        if (title.Length == 0)
        {
            throw new InteropFormatException(Location(where, "Agt"), "an agreement needs its name");
        }

        var id = new ProposalId(DerivedIds.For($"pax-{agtId}"));
        var date = PaxDates.Read(Cell(row, header.Dat), Cell(row, header.Day), Cell(row, header.Month), Cell(row, header.Year), where);
        if (date is null)
        {
            report.Unmapped("Dat (no date)");
        }

        var provisions = new List<Provision>();
        foreach (var (index, column, mapping) in header.Provisions)
        {
            if (Depth(row[index].Span.Trim(), Location(where, column)) is { } depth)
            {
                provisions.Add(mapping.Create(new ProvisionId(DerivedIds.For($"{id.Value}-{column}")), depth));
                if (mapping.CreatesOther && mapping.Kinds.Count > 0)
                {
                    report.Unmapped($"{column} as {mapping.Kinds[0]} (needs an actor PA-X names only in prose; kept as an other provision)");
                }
            }
        }

        foreach (var (index, column) in header.Reported)
        {
            var value = row[index].Span.Trim();
            if (value.Length > 0 && value is not "0")
            {
                report.Unmapped(column);
            }
        }

        foreach (var (index, column, first) in header.Repeated)
        {
            if (!row[index].Span.Trim().SequenceEqual(row[first].Span.Trim()))
            {
                report.Unmapped($"{column} (column {index + 1}, named twice in the header, differs from column {first + 1}; the first is read)");
            }
        }

        foreach (var (index, column) in header.Unknown)
        {
            if (!row[index].Span.IsWhiteSpace())
            {
                report.Unmapped($"{column} (not a column of PA-X version 8)");
            }
        }

        var stage = Stage(Cell(row, header.Stage));
        var notes = Notes(row, header, stage is null);
        try
        {
            var version = new ProposalVersion(1) { When = date, Provisions = ValueList.From(provisions) };
            proposals.Add(new Proposal(id, ProposalKind.Other, [new LocalizedText(title, options.Language)])
            {
                Identifiers = [new ExternalIdentifier(PaxImporter.IdentifierScheme, agtId)],
                Stage = stage,
                Versions = [version],
                StatusHistory = Signed(Cell(row, header.Status), date),
                Notes = notes,
            });
        }
        catch (ArgumentException error)
        {
            // A text the model refuses (such as a lone surrogate) in one of the row's cells.
            throw new InteropFormatException(where, error.Message, error);
        }

        report.Created("proposal");
        report.Created("provision", provisions.Count);
    }

    private static ProvisionDepth? Depth(ReadOnlySpan<char> value, string where) => value switch
    {
        "" or "0" => null,
        "1" => ProvisionDepth.Mention,
        "2" => ProvisionDepth.Concrete,
        "3" => ProvisionDepth.Enforceable,
        _ => throw new InteropFormatException(where, $"'{JsonInput.Shorten(value.ToString())}' is not a PA-X value (0 for not addressed, 1 to 3 for the depth)"),
    };

    private AgreementStage? Stage(string code)
    {
        AgreementStage? stage = code.ToUpperInvariant() switch
        {
            "" => null,
            "PRE" => AgreementStage.PreNegotiation,
            "SUBPAR" => AgreementStage.SubstantivePartial,
            "SUBCOMP" => AgreementStage.SubstantiveComprehensive,
            "IMP" => AgreementStage.Implementation,
            "REN" => AgreementStage.Renewal,
            "CEA" => AgreementStage.Ceasefire,
            _ => null,
        };
        if (stage is null && code.Length > 0)
        {
            report.Unmapped($"Stage {JsonInput.Shorten(code)} (kept in the notes)");
        }

        return stage;
    }

    private static ValueList<StatusChange<ProposalStatus>> Signed(string status, When? date)
        => date is not null && status.Contains("signed/agreed", StringComparison.OrdinalIgnoreCase) && !status.Contains("unsigned", StringComparison.OrdinalIgnoreCase)
            ? [new StatusChange<ProposalStatus>(ProposalStatus.Signed, date)]
            : [];

    private static string? Notes(SepReader.Row row, PaxHeader header, bool keepStage)
    {
        var notes = new StringBuilder();
        if (keepStage && Cell(row, header.Stage) is { Length: > 0 } stage)
        {
            notes.Append("Stage: ").Append(stage).Append('\n');
        }

        foreach (var (index, column) in header.Notes)
        {
            if (Cell(row, index) is { Length: > 0 } text)
            {
                notes.Append(column).Append(": ").Append(text).Append('\n');
            }
        }

        return notes.Length == 0 ? null : notes.ToString(0, notes.Length - 1);
    }
}
