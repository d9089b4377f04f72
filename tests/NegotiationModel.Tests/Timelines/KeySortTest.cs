using CsCheck;
using NegotiationModel.Timelines;

namespace NegotiationModel.Tests.Timelines;

/// <summary>
/// The timeline's display sort is a sort of its own (<c>KeySort</c>): whatever the keys, it must give the order
/// <see cref="Array.Sort{T}(T[])"/> gives, through each of its paths (insertion sort, quicksort, and the heapsort it falls
/// back to past its depth limit, which ordinary keys never reach).
/// </summary>
public sealed class KeySortTest
{
    // Short and long arrays, few distinct values (many ties) and many, already sorted and reversed runs.
    private static readonly Gen<int[]> GenKeys =
        from length in Gen.OneOf(Gen.Int[0, 20], Gen.Int[0, 3000])
        from range in Gen.OneOf(Gen.Const(2), Gen.Const(50), Gen.Const(int.MaxValue))
        from shape in Gen.Int[0, 2]
        from keys in Gen.Int[0, range - 1].Array[length]
        select shape switch
        {
            1 => [.. keys.Order()],
            2 => [.. keys.OrderDescending()],
            _ => keys,
        };

    [Fact]
    public void Sort_orders_keys_as_the_runtime_does()
    {
        GenKeys.Sample(keys =>
        {
            var expected = keys.ToArray();
            Array.Sort(expected);

            KeySort.Sort(keys.AsSpan(), new Ascending());

            keys.Should().Equal(expected);
        });
    }

    [Fact]
    public void The_heapsort_fallback_orders_keys_as_the_runtime_does()
    {
        GenKeys.Sample(keys =>
        {
            var expected = keys.ToArray();
            Array.Sort(expected);

            KeySort.HeapSort(keys.AsSpan(), new Ascending());

            keys.Should().Equal(expected);
        });
    }

    private readonly struct Ascending : IComparer<int>
    {
        public int Compare(int x, int y) => x.CompareTo(y);
    }
}
