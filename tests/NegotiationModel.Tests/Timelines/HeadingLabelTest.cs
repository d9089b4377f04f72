using NegotiationModel.Actors;
using NegotiationModel.Comparison;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Time;
using NegotiationModel.Timelines;

namespace NegotiationModel.Tests.Timelines;

/// <summary>Numbered, titled provisions, phases and guarantees are shown by their heading ("point 2: Ceasefire") in timelines, positions and diffs.</summary>
public sealed class HeadingLabelTest
{
    private static readonly ActorId Russia = new("russia");
    private static readonly ProvisionId CeasefireId = new("minsk-2-point-1");
    private static readonly GuaranteeId GuaranteeId = new("security-guarantees");

    private static NegotiationRecord Record(Provision ceasefire, Guarantee guarantee) => new("Minsk II")
    {
        Actors = [new Actor(Russia, ActorKind.State, [new("Russia", "en")])],
        Proposals =
        [
            new Proposal(new ProposalId("package"), ProposalKind.PeacePlan, [new LocalizedText("Package of Measures", "en")])
            {
                Versions = [new ProposalVersion(1) { Provisions = [ceasefire] }],
            },
        ],
        Guarantees = [guarantee],
        Positions = [new Position(new PositionId("russia-on-ceasefire"), Russia, EntityReference.To(CeasefireId), Stance.Supports) { When = When.Parse("2015-02-12") }],
    };

    private static Provision Ceasefire => new CeasefireProvision(CeasefireId)
    {
        Number = "point 1",
        Title = [new LocalizedText("Ceasefire", "en"), new LocalizedText("Прекращение огня", "ru")],
        Summary = [new LocalizedText("An immediate and comprehensive ceasefire from 00:00 Kyiv time on 15 February 2015.", "en")],
    };

    private static Guarantee Guarantee => new(GuaranteeId, GuaranteeKind.Security)
    {
        Number = "Article 5",
        StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Proposed, When.Parse("2015-02-12"))],
    };

    [Fact]
    public void Timelines_show_a_provision_and_a_guarantee_by_number_and_title_in_the_language_asked_for()
    {
        var english = Timeline.Build(Record(Ceasefire, Guarantee));
        var russian = Timeline.Build(Record(Ceasefire, Guarantee), language: "ru");

        english.Entries.Single(e => e.Id == "position:russia-on-ceasefire").Label.Should().Be("Russia supports point 1: Ceasefire");
        russian.Entries.Single(e => e.Id == "position:russia-on-ceasefire").Label.Should().Be("Russia supports point 1: Прекращение огня");
        english.Entries.Single(e => e.Id == "guarantee:security-guarantees#status-1").Label.Should().Be("Article 5 — proposed");
    }

    [Fact]
    public void Without_a_number_or_title_the_labels_stay_as_before()
    {
        var record = Record(Ceasefire with { Number = null, Title = [] }, Guarantee with { Number = null });

        var timeline = Timeline.Build(record);

        timeline.Entries.Single(e => e.Id == "position:russia-on-ceasefire").Label.Should().StartWith("Russia supports An immediate and comprehensive ceasefire");
        timeline.Entries.Single(e => e.Id == "guarantee:security-guarantees#status-1").Label.Should().Be("security guarantee security-guarantees — proposed");
    }

    [Theory]
    [InlineData("Stage II", "Withdrawal of heavy weapons", "Stage II: Withdrawal of heavy weapons")]
    [InlineData(null, "Withdrawal of heavy weapons", "Withdrawal of heavy weapons")]
    [InlineData(" ", "Withdrawal of heavy weapons", "Withdrawal of heavy weapons")]
    public void A_phase_is_labelled_by_its_number_and_title(string? number, string title, string expected)
    {
        var phase = new Phase(new PhaseId("withdrawal"), 1, [new LocalizedText(title, "en")]) { Number = number };

        new EntityLabels(Record(Ceasefire, Guarantee), "en").Of(phase).Should().Be(expected);
    }

    [Fact]
    public void Provisions_and_guarantees_are_found_by_their_number_and_title()
    {
        var record = Record(Ceasefire, Guarantee with { Number = "Strand Two", Title = [new LocalizedText("North/South Ministerial Council", "en")] });

        record.FindByName("point 1").Should().ContainSingle().Which.Should().BeOfType<CeasefireProvision>();
        record.FindByName("прекращение").Should().ContainSingle().Which.Should().BeOfType<CeasefireProvision>();
        record.FindByName("strand two").Should().ContainSingle().Which.Should().BeOfType<Guarantee>();
        record.FindByName("ministerial council").Should().ContainSingle().Which.Should().BeOfType<Guarantee>();
    }

    [Fact]
    public void Diffs_show_the_heading_of_a_changed_added_or_removed_provision_or_guarantee()
    {
        var before = Record(Ceasefire, Guarantee);
        var after = before with
        {
            Proposals = [before.Proposals[0] with { Versions = [new ProposalVersion(1) { Provisions = [Ceasefire with { Summary = [new LocalizedText("From 15 February.", "en")] }] }] }],
            Guarantees = [],
        };

        RecordDiff.Compare(before, after).Select(c => c.ToString()).Should().Equal(
            "~ proposal:package: versions",
            "~ provision:minsk-2-point-1 (point 1: Ceasefire): summary",
            "- guarantee:security-guarantees (Article 5)");
        RecordDiff.Compare(after, before).Select(c => c.ToString()).Should().Contain("+ guarantee:security-guarantees (Article 5)");
    }
}
