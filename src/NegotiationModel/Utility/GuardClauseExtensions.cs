using Ardalis.GuardClauses;

namespace NegotiationModel.Utility;

/// <summary>The model's own guard clauses, in the Ardalis style: one line per invariant, the argument named.</summary>
internal static class GuardClauseExtensions
{
    /// <summary>Throws when <paramref name="input"/> holds no element.</summary>
    public static ValueList<T> EmptyList<T>(this IGuardClause guardClause, ValueList<T> input, string parameterName, string message)
    {
        _ = guardClause;
        return input.IsEmpty ? throw new ArgumentException(message, parameterName) : input;
    }
}
