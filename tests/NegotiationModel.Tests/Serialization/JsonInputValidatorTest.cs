using System.Text;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// Duplicate member names are found by hash; when two hashes meet, the object is read again with its names as
/// text. The hashes are seeded by the process, so a collision cannot be planted: the second look is tested alone.
/// </summary>
public sealed class JsonInputValidatorTest
{
    [Theory]
    [InlineData("""{"a":1,"b":{"a":2},"a":3}""", "a")]
    [InlineData("""{"id":"x","\u0069d":"y"}""", "id")]
    [InlineData("""{"a":[1,{"b":2}],"c":1,"b":3}""", null)]
    [InlineData("""{"x":1,"y":2}""", null)]
    public void The_second_look_tells_a_repeated_name_from_a_hash_collision(string json, string? repeated)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var last = json.LastIndexOf(',') + 1;

        JsonInputValidator.RepeatedName(bytes, 0, last, maxDepth: 64).Should().Be(repeated);
    }

    [Fact]
    public void The_second_look_reads_a_nested_object_from_where_it_starts()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"outer":{"k":1,"k":2}}""");
        var start = Array.IndexOf(bytes, (byte)'{', 1);

        JsonInputValidator.RepeatedName(bytes, start, Array.LastIndexOf(bytes, (byte)'"') - 2, maxDepth: 64).Should().Be("k");
    }

    [Fact]
    public void A_duplicate_written_with_an_escape_is_still_a_duplicate()
    {
        var act = () => NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"t","titl\u0065":"u"}""");

        act.Should().Throw<NegotiationJsonException>().WithMessage("*'title' appears twice*").Which.Path?.ToString().Should().Be("$['title']");
    }

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(200)]
    public void A_duplicate_is_found_however_many_members_come_before_it(int members)
    {
        // Up to 16 names an object keeps their hashes in a short array, then in a hash set.
        var names = string.Concat(Enumerable.Range(0, members).Select(i => $"\"m{i}\":{i},"));
        var distinct = () => NegotiationJson.Deserialize($"{{{names}\"schemaVersion\":\"1.0\",\"title\":\"t\"}}");
        var repeated = () => NegotiationJson.Deserialize($"{{{names}\"schemaVersion\":\"1.0\",\"title\":\"t\",\"m{members / 2}\":0}}");

        distinct.Should().NotThrow();
        repeated.Should().Throw<NegotiationJsonException>().WithMessage($"*'m{members / 2}' appears twice*");
        distinct.Should().NotThrow("the tables kept for the thread's next document start empty");
    }
}
