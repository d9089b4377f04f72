using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Time;

namespace NegotiationModel.Tests.Actors;

public sealed class MembershipTest
{
    private static Membership Aide() => new()
    {
        Role = [new LocalizedText("Aide to the President of Russia", "en")],
        Organisation = new ActorId("russian-presidential-administration"),
        OnBehalfOf = new ActorId("putin"),
        Start = When.Parse("2012"),
    };

    [Fact]
    public void Memberships_compare_by_value_and_round_trip()
    {
        Aide().Should().Be(Aide());
        Aide().Should().NotBe(Aide() with { End = When.Parse("2030") });
        JsonRoundTrip.Of(Aide()).Should().Be(Aide());
    }

    [Fact]
    public void An_actor_carries_its_memberships_parent_and_organisation_kind_through_json()
    {
        var kremlin = new Actor(new ActorId("kremlin"), ActorKind.Organisation, [new("Presidential Administration of Russia", "en")])
        {
            OrganisationKind = OrganisationKind.GovernmentBody,
            Parent = new ActorId("russia"),
        };
        var ushakov = new Actor(new ActorId("ushakov"), ActorKind.Person, [new("Yuri Ushakov", "en")]) { Memberships = [Aide()] };

        JsonRoundTrip.Of(kremlin).Should().Be(kremlin);
        JsonRoundTrip.Write(kremlin).Should().Contain("\"organisationKind\": \"government-body\"");
        JsonRoundTrip.Of(ushakov).Should().Be(ushakov);
    }

    [Fact]
    public void ToString_names_the_role_and_organisation()
    {
        Aide().ToString().Should().Be("Aide to the President of Russia (russian-presidential-administration)");
        new Membership().ToString().Should().Be("(role)");
    }
}
