using System.Collections.Immutable;

namespace NegotiationModel;

/// <summary>Creates <see cref="ValueList{T}"/> instances; also the target of collection expressions.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ValueList
{
    /// <summary>Creates a list holding the given elements, in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>A new list.</returns>
    public static ValueList<T> Create<T>(params ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates a list holding the given elements, in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>A new list.</returns>
    public static ValueList<T> From<T>(IEnumerable<T> items) => new(ImmutableArray.CreateRange(items));
}
