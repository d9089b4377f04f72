using System.Numerics;

namespace NegotiationModel.Timelines;

/// <summary>
/// An introspective sort (quicksort with a median of three, heapsort past a depth, insertion sort for short runs) whose
/// comparer is a struct, so that the JIT compiles it for that comparer and calls it directly.
/// </summary>
/// <remarks>
/// <see cref="MemoryExtensions.Sort{T, TComparer}(Span{T}, TComparer)"/> takes a struct comparer too, but wraps its
/// <c>Compare</c> in a delegate and calls that at every comparison; a timeline of a million entries makes about
/// twenty million. This is the runtime's own algorithm (<c>ArraySortHelper</c>); it is not stable, which the display
/// order does not need: its keys are never equal (the place breaks ties), so every sort puts them in the same order.
/// </remarks>
internal static class KeySort
{
    private const int InsertionSortUpTo = 16;

    /// <summary>Sorts <paramref name="keys"/> in the order of <paramref name="comparer"/>.</summary>
    public static void Sort<T, TComparer>(Span<T> keys, TComparer comparer)
        where TComparer : struct, IComparer<T>
    {
        if (keys.Length > 1)
        {
            IntroSort(keys, 2 * (BitOperations.Log2((uint)keys.Length) + 1), comparer);
        }
    }

    private static void IntroSort<T, TComparer>(Span<T> keys, int depthLimit, TComparer comparer)
        where TComparer : struct, IComparer<T>
    {
        var size = keys.Length;
        while (size > 1)
        {
            if (size <= InsertionSortUpTo)
            {
                InsertionSort(keys[..size], comparer);
                return;
            }

            if (depthLimit == 0)
            {
                HeapSort(keys[..size], comparer);
                return;
            }

            depthLimit--;
            var pivot = Partition(keys[..size], comparer);

            // The right part recursively, the left one in this loop.
            IntroSort(keys[(pivot + 1)..size], depthLimit, comparer);
            size = pivot;
        }
    }

    private static int Partition<T, TComparer>(Span<T> keys, TComparer comparer)
        where TComparer : struct, IComparer<T>
    {
        var high = keys.Length - 1;
        var middle = high >> 1;
        SwapIfGreater(keys, 0, middle, comparer);
        SwapIfGreater(keys, 0, high, comparer);
        SwapIfGreater(keys, middle, high, comparer);

        // The median of the three stands before the last key while the rest is partitioned around it.
        var pivot = keys[middle];
        Swap(keys, middle, high - 1);
        int left = 0, right = high - 1;
        while (left < right)
        {
            while (comparer.Compare(keys[++left], pivot) < 0)
            {
            }

            while (comparer.Compare(pivot, keys[--right]) < 0)
            {
            }

            if (left >= right)
            {
                break;
            }

            Swap(keys, left, right);
        }

        if (left != high - 1)
        {
            Swap(keys, left, high - 1);
        }

        return left;
    }

    private static void InsertionSort<T, TComparer>(Span<T> keys, TComparer comparer)
        where TComparer : struct, IComparer<T>
    {
        for (var i = 0; i < keys.Length - 1; i++)
        {
            var key = keys[i + 1];
            var j = i;
            while (j >= 0 && comparer.Compare(key, keys[j]) < 0)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = key;
        }
    }

    /// <summary>Sorts by heapsort alone: the fallback past the depth limit, which only adversarial keys reach.</summary>
    internal static void HeapSort<T, TComparer>(Span<T> keys, TComparer comparer)
        where TComparer : struct, IComparer<T>
    {
        var n = keys.Length;
        for (var i = n >> 1; i >= 1; i--)
        {
            DownHeap(keys, i, n, comparer);
        }

        for (var i = n; i > 1; i--)
        {
            Swap(keys, 0, i - 1);
            DownHeap(keys, 1, i - 1, comparer);
        }
    }

    // Sifts the key at heap position i (counting from 1) down a heap of n keys.
    private static void DownHeap<T, TComparer>(Span<T> keys, int i, int n, TComparer comparer)
        where TComparer : struct, IComparer<T>
    {
        var key = keys[i - 1];
        while (i <= n >> 1)
        {
            var child = 2 * i;
            if (child < n && comparer.Compare(keys[child - 1], keys[child]) < 0)
            {
                child++;
            }

            if (comparer.Compare(key, keys[child - 1]) >= 0)
            {
                break;
            }

            keys[i - 1] = keys[child - 1];
            i = child;
        }

        keys[i - 1] = key;
    }

    private static void SwapIfGreater<T, TComparer>(Span<T> keys, int i, int j, TComparer comparer)
        where TComparer : struct, IComparer<T>
    {
        if (comparer.Compare(keys[i], keys[j]) > 0)
        {
            Swap(keys, i, j);
        }
    }

    private static void Swap<T>(Span<T> keys, int i, int j) => (keys[i], keys[j]) = (keys[j], keys[i]);
}
