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
}
