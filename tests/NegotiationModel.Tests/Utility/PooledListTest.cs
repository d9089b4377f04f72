using CsCheck;
using FluentAssertions;
using NegotiationModel.Utility;

namespace NegotiationModel.Tests.Utility;

/// <summary>
/// The list validation keeps its sites and paths in grows by segments of doubling size: every element is found again at
/// its index and by enumeration, in the order added, across the segments' boundaries, and none is left after disposal.
/// </summary>
public sealed class PooledListTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(3072)]
    [InlineData(3073)]
    [InlineData(100_000)]
    public void Every_element_is_found_at_its_index_and_in_order(int count)
    {
        using var list = new PooledList<string>();
        for (var i = 0; i < count; i++)
        {
            list.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        list.Count.Should().Be(count);
        var enumerated = new List<string>();
        foreach (var item in list)
        {
            enumerated.Add(item);
        }

        enumerated.Should().Equal(Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        for (var i = 0; i < count; i++)
        {
            list[i].Should().Be(enumerated[i]);
        }
    }

    [Fact]
    public void Any_number_of_elements_comes_back_as_added()
        => Gen.Int[0, 20_000].Sample(count =>
        {
            using var list = new PooledList<int>();
            for (var i = 0; i < count; i++)
            {
                list.Add(i * 7);
            }

            var sum = 0L;
            var position = 0;
            foreach (var item in list)
            {
                if (item != position * 7 || list[position] != item)
                {
                    return false;
                }

                sum += item;
                position++;
            }

            return position == count && sum == 7L * count * (count - 1) / 2;
        });

    [Fact]
    public void An_index_past_the_end_is_refused_and_a_disposed_list_is_empty()
    {
        var list = new PooledList<int>();
        list.Add(1);
        var read = () => list[1];
        read.Should().Throw<ArgumentOutOfRangeException>();
        list.Dispose();
        list.Count.Should().Be(0);
        var enumerated = 0;
        foreach (var _ in list)
        {
            enumerated++;
        }

        enumerated.Should().Be(0);
    }
}
