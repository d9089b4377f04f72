using NegotiationModel.Time;
using NodaTime;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Time;

public sealed class WhenContextTest
{
    [Fact]
    public void The_default_context_reads_floating_values_in_UTC_without_anchors()
    {
        WhenContext.Default.FloatingZone.Should().Be(DateTimeZone.Utc);
        WhenContext.Default.Anchors.Should().BeNull();
        WhenContext.Anywhere.FloatingZone.Should().BeNull();
        When.Parse("2025-12-28").Resolve(null).Should().Be(When.Parse("2025-12-28").Resolve(WhenContext.Default));
    }

    [Fact]
    public void Contexts_are_equal_by_zone_identifier_and_resolver_reference()
    {
        var anchors = new AnchorTable(new Dictionary<EntityReference, When>());

        new WhenContext { FloatingZone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"] }.Should().Be(new WhenContext { FloatingZone = Tokyo });
        new WhenContext { Anchors = anchors }.Should().Be(new WhenContext { Anchors = anchors });
        new WhenContext { Anchors = anchors }.GetHashCode().Should().Be(new WhenContext { Anchors = anchors }.GetHashCode());
        new WhenContext { Anchors = anchors }.Should().NotBe(new WhenContext { Anchors = new AnchorTable(new Dictionary<EntityReference, When>()) });
        WhenContext.Default.Should().NotBe(WhenContext.Anywhere);
    }

    [Fact]
    public void ToString_says_where_floating_values_go()
    {
        WhenContext.Default.ToString().Should().Be("floating values in UTC, without anchors");
        WhenContext.Anywhere.ToString().Should().Be("floating values in any zone, without anchors");
    }
}
