namespace NegotiationModel.Interop.Pax;

/// <summary>Where each column of one PA-X CSV input is, sorted by what the importer does with it.</summary>
internal sealed class PaxHeader
{
    private PaxHeader(int count)
    {
        Count = count;
    }

    public int Count { get; }

    public int? AgtId { get; private set; }

    public int? Agt { get; private set; }

    public int? Dat { get; private set; }

    public int? Day { get; private set; }

    public int? Month { get; private set; }

    public int? Year { get; private set; }

    public int? Stage { get; private set; }

    public int? Status { get; private set; }

    public List<(int Index, string Column, PaxProvisionRow Mapping)> Provisions { get; } = [];

    public List<(int Index, string Column)> Notes { get; } = [];

    public List<(int Index, string Column)> Reported { get; } = [];

    public List<(int Index, string Column)> Unknown { get; } = [];

    /// <summary>Gets the columns whose name an earlier column has too, each with the index of that first one.</summary>
    public List<(int Index, string Column, int First)> Repeated { get; } = [];

    public static PaxHeader Read(IReadOnlyList<string> names, string inputName)
    {
        if (names.Count == 0 || names.All(string.IsNullOrWhiteSpace))
        {
            throw new InteropFormatException(inputName, "not a PA-X CSV: the input is empty (a PA-X export begins with a header row naming its columns)");
        }

        var result = new PaxHeader(names.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < names.Count; index++)
        {
            var name = names[index].Trim();
            if (seen.TryAdd(name, index))
            {
                result.Add(index, name);
            }
            else
            {
                result.Repeated.Add((index, name, seen[name]));
            }
        }

        if (result.AgtId is null || result.Agt is null)
        {
            throw new InteropFormatException(inputName, $"not a PA-X CSV: the header row names no 'AgtId' and 'Agt' columns (it begins '{JsonInput.Shorten(names[0])}')");
        }

        return result;
    }

    private void Add(int index, string column)
    {
        if (PaxColumns.Provision(column) is { } mapping)
        {
            Provisions.Add((index, column, mapping));
            return;
        }

        switch (PaxColumns.Other(column)?.Use)
        {
            case PaxColumnUse.Proposal:
                SetAgreementColumn(index, column);
                break;
            case PaxColumnUse.Notes:
                if (column == "Status")
                {
                    Status = index;
                }

                Notes.Add((index, column));
                break;
            case PaxColumnUse.Reported:
                Reported.Add((index, column));
                break;
            case PaxColumnUse.Derived:
                break;
            default:
                Unknown.Add((index, column));
                break;
        }
    }

    private void SetAgreementColumn(int index, string column)
    {
        switch (column)
        {
            case "AgtId": AgtId = index; break;
            case "Agt": Agt = index; break;
            case "Dat": Dat = index; break;
            case "Day": Day = index; break;
            case "Month": Month = index; break;
            case "Year": Year = index; break;
            case "Stage": Stage = index; break;
            default: throw new InvalidOperationException($"PaxColumns names '{column}' as read into the proposal, but the importer does not read it.");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Count} columns";
}
