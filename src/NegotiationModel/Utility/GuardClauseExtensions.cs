using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NegotiationModel.Utility;

/// <summary>
/// The model's own guard clauses, in the Ardalis style: one line per invariant, the argument named. The library
/// checks arguments only through <c>Guard.Against</c>, Ardalis' clauses and these; this is the one file that
/// throws argument exceptions itself (GuardStyleTest holds it). Messages given as interpolated strings are
/// formatted, culture-invariantly, only when the guard throws, so a guard costs nothing on valid input.
/// </summary>
internal static class GuardClauseExtensions
{
    /// <summary>Throws when <paramref name="input"/> holds no element.</summary>
    public static ValueList<T> EmptyList<T>(this IGuardClause guardClause, ValueList<T> input, string parameterName, string message)
    {
        _ = guardClause;
        return input.IsEmpty ? throw new ArgumentException(message, parameterName) : input;
    }

    /// <summary>
    /// Throws when <paramref name="input"/> holds a lone surrogate: not a Unicode character, so UTF-8 JSON cannot
    /// hold it (System.Text.Json would write U+FFFD in its place and the text would not read back the same).
    /// Noncharacters such as U+FFFE are Unicode scalar values and pass.
    /// </summary>
    public static string? LoneSurrogate(this IGuardClause guardClause, string? input, string parameterName)
    {
        _ = guardClause;
        if (input is not null && HasLoneSurrogate(input, out var index))
        {
            throw new ArgumentException(
                $"The text holds a lone surrogate (half of a UTF-16 pair) at index {index}, which is not a Unicode character and cannot be written as JSON.",
                parameterName);
        }

        return input;
    }

    /// <summary>Throws when <paramref name="input"/> is null, empty, white space or holds a lone surrogate.</summary>
    public static string BlankOrInvalidText(this IGuardClause guardClause, string? input, string parameterName)
        => guardClause.LoneSurrogate(Guard.Against.NullOrWhiteSpace(input, parameterName), parameterName)!;

    /// <summary>Throws when <paramref name="input"/> is present but the default identifier, which refers to nothing and is written as <c>null</c>.</summary>
    public static TId? DefaultIdentifier<TId>(this IGuardClause guardClause, TId? input, string parameterName)
        where TId : struct, IEntityId<TId>
    {
        _ = guardClause;
        return input.HasValue && input.GetValueOrDefault().IsDefault
            ? throw new ArgumentException($"The {typeof(TId).Name} is the default value, which refers to nothing; use null for none.", parameterName)
            : input;
    }

    /// <summary>
    /// Throws what Ardalis' <c>EnumOutOfRange</c> throws when <paramref name="input"/> is not a named value of its enum;
    /// unlike that clause, it does not box a value that is: the model's <c>init</c> accessors check every enum value
    /// read, several per statement.
    /// </summary>
    public static TEnum UndefinedEnum<TEnum>(this IGuardClause guardClause, TEnum input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where TEnum : struct, Enum
        => Enum.IsDefined(input) ? input : guardClause.EnumOutOfRange(input, parameterName);

    /// <summary>Throws an <see cref="ArgumentException"/> when <paramref name="invalid"/> holds.</summary>
    public static void Invalid(this IGuardClause guardClause, [DoesNotReturnIf(true)] bool invalid, string? parameterName, string message)
    {
        _ = guardClause;
        if (invalid)
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> when <paramref name="invalid"/> holds; the message is formatted only then.</summary>
    public static void Invalid(this IGuardClause guardClause, [DoesNotReturnIf(true)] bool invalid, string? parameterName, [InterpolatedStringHandlerArgument(nameof(invalid))] ref GuardMessage message)
    {
        _ = guardClause;
        if (invalid)
        {
            throw new ArgumentException(message.ToStringAndClear(), parameterName);
        }
    }

    /// <summary>Returns <paramref name="input"/>, or throws an <see cref="ArgumentException"/> when <paramref name="invalid"/> holds.</summary>
    public static T Invalid<T>(this IGuardClause guardClause, T input, [DoesNotReturnIf(true)] bool invalid, string? parameterName, string message)
    {
        guardClause.Invalid(invalid, parameterName, message);
        return input;
    }

    /// <summary>Returns <paramref name="input"/>, or throws an <see cref="ArgumentException"/> when <paramref name="invalid"/> holds; the message is formatted only then.</summary>
    public static T Invalid<T>(this IGuardClause guardClause, T input, [DoesNotReturnIf(true)] bool invalid, string? parameterName, [InterpolatedStringHandlerArgument(nameof(invalid))] ref GuardMessage message)
    {
        _ = guardClause;
        return invalid ? throw new ArgumentException(message.ToStringAndClear(), parameterName) : input;
    }

    /// <summary>Returns <paramref name="input"/>, or throws an <see cref="ArgumentOutOfRangeException"/> that carries it when <paramref name="outOfRange"/> holds.</summary>
    public static T OutOfRange<T>(this IGuardClause guardClause, T input, [DoesNotReturnIf(true)] bool outOfRange, string? parameterName, string message)
    {
        _ = guardClause;
        return outOfRange ? throw new ArgumentOutOfRangeException(parameterName, input, message) : input;
    }

    /// <summary>
    /// Returns <paramref name="input"/>, or throws an <see cref="ArgumentOutOfRangeException"/> that carries it when
    /// <paramref name="outOfRange"/> holds; the message is formatted only then. For ranges that are not two bounds,
    /// such as a decimal's digits, and messages that name the rule (Ardalis' <c>OutOfRange</c> takes two bounds).
    /// </summary>
    public static T OutOfRange<T>(this IGuardClause guardClause, T input, [DoesNotReturnIf(true)] bool outOfRange, string? parameterName, [InterpolatedStringHandlerArgument(nameof(outOfRange))] ref GuardMessage message)
    {
        _ = guardClause;
        return outOfRange ? throw new ArgumentOutOfRangeException(parameterName, input, message.ToStringAndClear()) : input;
    }

    // Every text of a record read passes here (a statement's texts are hundreds of characters): the search for the first
    // surrogate is vectorized, and most texts have none, so the pairs are only walked from there.
    private static bool HasLoneSurrogate(string text, out int index)
    {
        index = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (index < 0)
        {
            return false;
        }

        for (; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(character))
            {
                return true;
            }
        }

        return false;
    }
}
