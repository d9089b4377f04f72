namespace NegotiationModel.Guarantees;

/// <summary>A financial instrument a guarantee involves: a loan, grant, credit guarantee, fund or insurance.</summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FinancialInstrument : ExtensibleObject
{
    /// <summary>Initializes a new instrument.</summary>
    /// <param name="kind">What kind of instrument this is.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is undefined.</exception>
    public FinancialInstrument(FinancialInstrumentKind kind)
    {
        Kind = kind;
    }

    /// <summary>Gets what kind of instrument this is.</summary>
    public FinancialInstrumentKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets the lender or provider of the money, such as the World Bank, when one is named.</summary>
    public ActorId? Lender { get; init => field = value is { } lender ? Guard.Against.Default(lender, nameof(Lender)) : null; }

    /// <summary>Gets the amount, when one is named.</summary>
    public Money? Amount { get; init; }

    /// <summary>Gets a description of the instrument, in one or more languages.</summary>
    public ValueList<LocalizedText> Description { get; init; }

    /// <summary>Returns the kind, lender and amount, such as <c>Loan from world-bank, 2500000000.00 USD</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
    {
        var text = Lender is { } lender ? $"{Kind} from {lender}" : Kind.ToString();
        return Amount is null ? text : $"{text}, {Amount}";
    }
}
