using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace NegotiationModel;

/// <summary>
/// An immutable, ordered list with value semantics: two lists are equal when they hold equal
/// elements in the same order. Every collection in the model is a <see cref="ValueList{T}"/>, so
/// that records containing collections compare by value, as records of scalars do.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>Equality: element-wise, in order, using <see cref="EqualityComparer{T}.Default"/>. The
/// default value of this struct is the empty list and equals <see cref="Empty"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Mirrors ImmutableArray<T>.Empty.")]
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named after its semantics, like ImmutableArray.")]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IValueList
{
    // The default value of an identifier or a reference refers to nothing: written, it would be a null no reader accepts.
    private static readonly bool DefaultRefersToNothing = typeof(T) == typeof(EntityReference)
        || (typeof(T).IsValueType && typeof(T).Namespace == typeof(Identifiers.ActorId).Namespace);

    private readonly ImmutableArray<T> items;

    /// <summary>Initializes a new list holding the given elements, in order.</summary>
    /// <param name="items">The elements; the default array is treated as empty.</param>
    /// <exception cref="ArgumentException">An element is null, or the default value of an identifier or a reference, which the format cannot write.</exception>
    public ValueList(ImmutableArray<T> items) => this.items = items.IsDefault ? ImmutableArray<T>.Empty : CheckElements(items);

    // A value is never null, and only identifiers and references have a default that refers to nothing; each question is
    // asked only of the lists it concerns (asked of every element of a list of identifiers, they boxed it, a list read).
    private static ImmutableArray<T> CheckElements(ImmutableArray<T> items)
    {
        var span = items.AsSpan();
        if (!typeof(T).IsValueType)
        {
            for (var index = 0; index < span.Length; index++)
            {
                Guard.Against.Invalid(span[index] is null, nameof(items), $"The list holds null at index {index}; a list of the model holds values only.");
            }
        }
        else if (DefaultRefersToNothing)
        {
            for (var index = 0; index < span.Length; index++)
            {
                Guard.Against.Invalid(EqualityComparer<T>.Default.Equals(span[index], default), nameof(items), $"The list holds the default {typeof(T).Name} at index {index}, which refers to nothing.");
            }
        }

        return items;
    }

    /// <summary>Gets the empty list.</summary>
    public static ValueList<T> Empty => default;

    /// <summary>Gets the elements as an immutable array (never the default array).</summary>
    public ImmutableArray<T> Items => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>Gets the number of elements.</summary>
    public int Count => items.IsDefault ? 0 : items.Length;

    /// <summary>Gets a value indicating whether the list has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the element at the given index.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => Items[index];

    /// <summary>Converts an immutable array to a list.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator ValueList<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Converts an immutable array to a list.</summary>
    /// <param name="items">The elements.</param>
    /// <returns>A list holding the same elements.</returns>
    public static ValueList<T> FromImmutableArray(ImmutableArray<T> items) => new(items);

    /// <summary>Returns a new list with <paramref name="item"/> appended.</summary>
    /// <param name="item">The element to append.</param>
    /// <returns>The new list; this one is unchanged.</returns>
    public ValueList<T> Add(T item) => new(Items.Add(item));

    /// <summary>Returns a new list with <paramref name="items"/> appended.</summary>
    /// <param name="items">The elements to append.</param>
    /// <returns>The new list; this one is unchanged.</returns>
    public ValueList<T> AddRange(IEnumerable<T> items) => new(Items.AddRange(items));

    /// <summary>Returns a new list with <paramref name="item"/> inserted at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index to insert at; <see cref="Count"/> appends.</param>
    /// <param name="item">The element to insert.</param>
    /// <returns>The new list; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or greater than <see cref="Count"/>.</exception>
    public ValueList<T> Insert(int index, T item)
    {
        Guard.Against.OutOfRange(index, index < 0 || index > Count, nameof(index), $"The index {index} is outside 0 to {Count}, where an element can be inserted.");
        return new(Items.Insert(index, item));
    }

    /// <summary>Returns a new list with the element at <paramref name="index"/> replaced by <paramref name="item"/>.</summary>
    /// <param name="index">The zero-based index of the element to replace.</param>
    /// <param name="item">The new element.</param>
    /// <returns>The new list; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public ValueList<T> SetItem(int index, T item)
    {
        Guard.Against.OutOfRange(index, index < 0 || index >= Count, nameof(index), $"The index {index} is outside the list of {Count} elements.");
        return new(Items.SetItem(index, item));
    }

    /// <summary>Returns a new list with the first element equal to <paramref name="oldValue"/> replaced by <paramref name="newValue"/>.</summary>
    /// <param name="oldValue">The element to replace, compared with <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <param name="newValue">The element to put in its place.</param>
    /// <returns>The new list; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The list holds no element equal to <paramref name="oldValue"/>.</exception>
    public ValueList<T> Replace(T oldValue, T newValue)
    {
        var index = IndexOf(oldValue);
        Guard.Against.Invalid(index < 0, nameof(oldValue), $"The list holds no element equal to {oldValue}.");
        return new(Items.SetItem(index, newValue));
    }

    /// <summary>Returns a new list without the first element equal to <paramref name="item"/>, or this list when it holds none.</summary>
    /// <param name="item">The element to remove, compared with <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns>The new list; this one is unchanged.</returns>
    public ValueList<T> Remove(T item)
    {
        var index = IndexOf(item);
        return index < 0 ? this : new(Items.RemoveAt(index));
    }

    /// <summary>Returns a new list without the element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index of the element to remove.</param>
    /// <returns>The new list; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public ValueList<T> RemoveAt(int index)
    {
        Guard.Against.OutOfRange(index, index < 0 || index >= Count, nameof(index), $"The index {index} is outside the list of {Count} elements.");
        return new(Items.RemoveAt(index));
    }

    /// <summary>Returns a new list without the elements that match <paramref name="match"/>, or this list when none does.</summary>
    /// <param name="match">The condition an element to remove meets.</param>
    /// <returns>The new list; this one is unchanged.</returns>
    public ValueList<T> RemoveAll(Predicate<T> match)
    {
        Guard.Against.Null(match);
        var kept = Items.RemoveAll(match);
        return kept.Length == Count ? this : new(kept);
    }

    /// <summary>Returns the index of the first element equal to <paramref name="item"/>.</summary>
    /// <param name="item">The element to find, compared with <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns>The zero-based index, or -1 when the list holds no such element.</returns>
    public int IndexOf(T item) => Items.IndexOf(item, 0, EqualityComparer<T>.Default);

    /// <summary>Tells whether the list holds an element equal to <paramref name="item"/>.</summary>
    /// <param name="item">The element to find, compared with <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <inheritdoc />
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T> other)
    {
        var left = Items;
        var right = other.Items;
        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the elements in brackets, separated by commas.</summary>
    /// <returns>A culture-invariant text such as <c>[a, b]</c>.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(FormattableString.Invariant($"{items[i]}"));
        }

        return builder.Append(']').ToString();
    }

    /// <summary>Compares two lists element-wise.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when both hold equal elements in the same order.</returns>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Compares two lists element-wise.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when the lists differ.</returns>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);
}
