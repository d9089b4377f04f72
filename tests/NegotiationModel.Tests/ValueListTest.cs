using CsCheck;

namespace NegotiationModel.Tests;

public sealed class ValueListTest
{
    [Fact]
    public void Lists_with_equal_elements_in_the_same_order_are_equal()
    {
        ValueList<string> left = ["a", "b"];
        ValueList<string> right = ["a", "b"];

        left.Equals(right).Should().BeTrue();
        (left == right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Order_matters_for_equality()
    {
        ValueList<string> left = ["a", "b"];
        ValueList<string> right = ["b", "a"];

        left.Equals(right).Should().BeFalse();
        (left != right).Should().BeTrue();
    }

    [Fact]
    public void The_default_list_is_the_empty_list()
    {
        default(ValueList<int>).Equals(ValueList<int>.Empty).Should().BeTrue();
        default(ValueList<int>).Count.Should().Be(0);
        default(ValueList<int>).Items.IsDefault.Should().BeFalse();
        (ValueList.Create<int>([]) == default).Should().BeTrue();
    }

    [Fact]
    public void Add_returns_a_new_list_and_leaves_the_original_alone()
    {
        ValueList<int> original = [1];

        var longer = original.Add(2);

        original.Should().Equal(1);
        longer.Should().Equal(1, 2);
    }

    [Fact]
    public void ToString_lists_the_elements()
    {
        ValueList<double> list = [1.5, 2];

        list.ToString().Should().Be("[1.5, 2]");
    }

    private static readonly Gen<(ValueList<int> List, int Index, int Item)> GenListIndexItem =
        Gen.Int[0, 5].Array[1, 8].SelectMany(items => Gen.Int[0, items.Length - 1].Select(Gen.Int[0, 5], (index, item) => (ValueList.Create<int>(items), index, item)));

    [Fact]
    public void Edits_return_new_lists_and_leave_the_original_alone()
    {
        ValueList<string> original = ["a", "b", "c", "b"];

        original.SetItem(1, "x").Should().Equal("a", "x", "c", "b");
        original.Replace("b", "y").Should().Equal("a", "y", "c", "b");
        original.Remove("b").Should().Equal("a", "c", "b");
        original.RemoveAt(0).Should().Equal("b", "c", "b");
        original.RemoveAll(s => s == "b").Should().Equal("a", "c");
        original.Insert(4, "z").Should().Equal("a", "b", "c", "b", "z");
        original.IndexOf("c").Should().Be(2);
        original.Contains("q").Should().BeFalse();
        original.Should().Equal("a", "b", "c", "b");
    }

    [Fact]
    public void Remove_of_an_absent_element_returns_an_equal_list()
    {
        ValueList<string> original = ["a"];

        original.Remove("q").Should().Equal("a");
        original.RemoveAll(s => s == "q").Should().Equal("a");
    }

    [Fact]
    public void Edits_are_guarded_as_the_list_s_invariants_and_indices_require()
    {
        ValueList<string> list = ["a"];

        FluentActions.Invoking(() => list.SetItem(1, "x")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
        FluentActions.Invoking(() => ValueList<string>.Empty.SetItem(0, "x")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => list.RemoveAt(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => list.Insert(2, "x")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => list.Replace("q", "x")).Should().Throw<ArgumentException>().WithMessage("*no element equal to q*");
        FluentActions.Invoking(() => list.SetItem(0, null!)).Should().Throw<ArgumentException>().WithMessage("*null at index 0*");
        FluentActions.Invoking(() => list.RemoveAll(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void SetItem_changes_exactly_the_element_at_its_index()
    {
        GenListIndexItem.Sample(sample =>
        {
            var edited = sample.List.SetItem(sample.Index, sample.Item);
            return edited.Count == sample.List.Count
                && Enumerable.Range(0, edited.Count).All(i => edited[i] == (i == sample.Index ? sample.Item : sample.List[i]));
        });
    }

    [Fact]
    public void Inserting_what_RemoveAt_took_gives_back_the_list()
    {
        GenListIndexItem.Sample(sample => sample.List.RemoveAt(sample.Index).Insert(sample.Index, sample.List[sample.Index]) == sample.List);
    }

    [Fact]
    public void Remove_takes_one_element_exactly_when_the_list_contains_it()
    {
        GenListIndexItem.Sample(sample => sample.List.Remove(sample.Item).Count == sample.List.Count - (sample.List.Contains(sample.Item) ? 1 : 0));
    }

    [Fact]
    public void Replace_changes_the_first_equal_element_only()
    {
        GenListIndexItem.Sample(sample =>
        {
            var first = sample.List.IndexOf(sample.List[sample.Index]);
            var replaced = sample.List.Replace(sample.List[sample.Index], sample.Item);
            return replaced[first] == sample.Item && replaced.RemoveAt(first) == sample.List.RemoveAt(first);
        });
    }
}
