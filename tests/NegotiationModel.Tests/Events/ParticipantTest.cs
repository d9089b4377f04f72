using NegotiationModel.Events;
using NegotiationModel.Identifiers;

namespace NegotiationModel.Tests.Events;

public sealed class ParticipantTest
{
    private static readonly ActorId Witkoff = new("witkoff");
    private static readonly ActorId UnitedStates = new("united-states");

    [Fact]
    public void A_participant_keeps_what_it_was_built_with()
    {
        var participant = new Participant(Witkoff, ParticipantRole.DelegationMember) { OnBehalfOf = UnitedStates };

        participant.Actor.Should().Be(Witkoff);
        participant.Role.Should().Be(ParticipantRole.DelegationMember);
        participant.OnBehalfOf.Should().Be(UnitedStates);
    }

    [Fact]
    public void Participants_with_equal_members_are_equal_and_a_change_makes_them_unequal()
    {
        var one = new Participant(Witkoff, ParticipantRole.DelegationMember) { OnBehalfOf = UnitedStates };
        var other = new Participant(new ActorId("witkoff"), ParticipantRole.DelegationMember) { OnBehalfOf = new ActorId("united-states") };

        one.Should().Be(other);
        (one with { OnBehalfOf = null }).Should().NotBe(other);
        (one with { Role = ParticipantRole.Mediator }).Should().NotBe(other);
    }

    [Fact]
    public void A_participant_needs_a_non_default_actor()
    {
        var create = () => new Participant(default, ParticipantRole.Principal);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Actor");
    }

    [Fact]
    public void An_undefined_role_is_rejected()
    {
        var create = () => new Participant(Witkoff, (ParticipantRole)7);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Role");
    }

    [Fact]
    public void A_default_on_behalf_of_identifier_is_rejected()
    {
        var set = () => new Participant(Witkoff, ParticipantRole.DelegationMember) { OnBehalfOf = default(ActorId) };

        set.Should().Throw<ArgumentException>().And.ParamName.Should().Be("OnBehalfOf");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var participant = new Participant(Witkoff, ParticipantRole.DelegationMember);

        var clear = () => participant with { Actor = default };

        clear.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Actor");
    }

    [Fact]
    public void A_participant_round_trips_through_json_in_camel_case_with_kebab_case_roles()
    {
        var participant = new Participant(Witkoff, ParticipantRole.DelegationMember) { OnBehalfOf = UnitedStates };

        JsonRoundTrip.Of(participant).Should().Be(participant);
        JsonRoundTrip.Write(participant).Should().Contain("\"role\": \"delegation-member\"").And.Contain("\"onBehalfOf\": \"united-states\"");
    }

    [Fact]
    public void ToString_names_the_actor_role_and_principal()
    {
        new Participant(Witkoff, ParticipantRole.DelegationMember) { OnBehalfOf = UnitedStates }.ToString()
            .Should().Be("witkoff (DelegationMember, on behalf of united-states)");
        new Participant(Witkoff, ParticipantRole.Observer).ToString().Should().Be("witkoff (Observer)");
    }
}
