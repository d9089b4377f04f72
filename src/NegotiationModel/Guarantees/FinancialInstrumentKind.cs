namespace NegotiationModel.Guarantees;

/// <summary>What kind of financial instrument a guarantee involves.</summary>
public enum FinancialInstrumentKind
{
    /// <summary>A loan, such as World Bank or EBRD lending.</summary>
    Loan = 1,

    /// <summary>A grant, not repaid.</summary>
    Grant = 2,

    /// <summary>A credit guarantee: a guarantor stands behind a borrower's debt.</summary>
    CreditGuarantee = 3,

    /// <summary>A fund, such as a reconstruction fund.</summary>
    Fund = 4,

    /// <summary>Insurance, such as political-risk or investment insurance.</summary>
    Insurance = 5,

    /// <summary>Any other instrument, described in the instrument's description.</summary>
    Other = 6,
}
