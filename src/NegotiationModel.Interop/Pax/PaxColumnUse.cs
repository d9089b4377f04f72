namespace NegotiationModel.Interop.Pax;

/// <summary>What the PA-X importer does with a column that is not a provision variable.</summary>
internal enum PaxColumnUse
{
    /// <summary>Read into the proposal's own members.</summary>
    Proposal = 1,

    /// <summary>Kept as text, labelled with the column's name, in the proposal's notes.</summary>
    Notes = 2,

    /// <summary>Not kept; the report counts the rows that set it.</summary>
    Reported = 3,

    /// <summary>Not kept and not reported: PA-X computes it from the provision variables, which are kept.</summary>
    Derived = 4,
}
