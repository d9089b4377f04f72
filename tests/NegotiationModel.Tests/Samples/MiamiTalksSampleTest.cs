using System.Text;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Indexing;
using NegotiationModel.Proposals;
using NegotiationModel.Samples;
using NegotiationModel.Serialization;
using NegotiationModel.Territories;
using NodaTime;
using static NegotiationModel.Samples.MiamiTalksSample;

namespace NegotiationModel.Tests.Samples;

/// <summary>
/// The reference sample: the C# builder and the JSON file say the same thing, and the facts of the seed
/// digest can be found in it.
/// </summary>
public sealed class MiamiTalksSampleTest
{
    private static readonly NegotiationRecord Record = NegotiationJson.Deserialize(File.ReadAllBytes(SampleFiles.MiamiTalks));

    [Fact]
    public void The_file_is_exactly_what_the_documented_csharp_example_writes()
    {
        var written = NegotiationJson.Serialize(MiamiTalksSample.Build()) + "\n";

        written.Should().Be(Encoding.UTF8.GetString(File.ReadAllBytes(SampleFiles.MiamiTalks)),
            "docs/samples/miami-talks-2025-12.json is regenerated with `dotnet run --project docs/samples/MiamiTalks -- docs/samples/miami-talks-2025-12.json`");
    }

    [Fact]
    public void The_file_reads_back_equal_to_the_record_built_in_csharp()
    {
        Record.Should().Be(MiamiTalksSample.Build());
    }

    [Theory]
    [InlineData("ウシャコフ")]
    [InlineData("ウィシャコフ")]
    [InlineData("Yuri Ushakov")]
    [InlineData("Ушаков")]
    [InlineData("ｳｼｬｺﾌ")]
    [InlineData("うしゃこふ")]
    [InlineData("yuri   ushakov")]
    public void Ushakov_is_found_under_every_spelling(string name)
    {
        Record.FindActorsByName(name).Should().ContainSingle().Which.Id.Should().Be(ActorIds.Ushakov);
    }

    [Fact]
    public void Ushakov_is_aide_to_the_president_of_russia()
    {
        var ushakov = Record.Find(ActorIds.Ushakov)!;

        ushakov.Memberships.Should().ContainSingle().Which.Organisation.Should().Be(ActorIds.RussianPresidentialAdministration);
        Record.Find(ActorIds.RussianPresidentialAdministration)!.Parent.Should().Be(ActorIds.Russia);
    }

    [Fact]
    public void The_SBU_is_found_under_the_blogs_misspelling()
    {
        var sbu = Record.FindActorsByName("SRU").Should().ContainSingle().Subject;

        sbu.Names.Should().Contain(n => n.Text == "SRU" && n.Kind == NameKind.Misspelling);
    }

    [Fact]
    public void The_first_call_lasted_an_hour_and_a_quarter_and_came_before_the_meeting()
    {
        var call = Record.Find(EventIds.FirstCall)!;

        call.Kind.Should().Be(EventKind.PhoneCall);
        call.Duration.Should().Be(Duration.FromHours(1) + Duration.FromMinutes(15));
        call.When!.ToString().Should().Be("2025-12-28[America/New_York]!/before(event:miami-meeting)");
    }

    [Fact]
    public void The_second_call_was_announced_then_reported_as_held_by_the_author_alone()
    {
        var history = Record.Find(EventIds.SecondCall)!.StatusHistory;

        history.Select(change => change.Status).Should().Equal(EventStatus.Announced, EventStatus.TookPlace);
        history[1].Citations.Should().ContainSingle().Which.Source.Should().Be(SourceIds.Blog);
    }

    [Fact]
    public void The_NHK_article_has_two_revisions_in_Japan_time_and_cites_the_wires()
    {
        var nhk = Record.Find(SourceIds.Nhk)!;

        nhk.Revisions.Select(r => r.At.ToString()).Should().Equal("2025-12-29T11:36[Asia/Tokyo]!", "2025-12-29T19:31[Asia/Tokyo]!");
        nhk.FindRevision(2)!.Changes.Should().Contain(text => text.Language == "ja");
        nhk.Cites.Should().Equal(SourceIds.NhkWires);
        Record.Find(SourceIds.Blog)!.Cites.Should().Contain(SourceIds.Nhk);
    }

    [Fact]
    public void The_final_lead_is_cited_from_the_second_revision()
    {
        Record.Find(StatementIds.NhkLead)!.Citations.Should().ContainSingle().Which.Revision.Should().Be(2);
    }

    [Fact]
    public void Yomiuri_is_known_only_through_the_AI_assistant_and_cites_four_wires()
    {
        var yomiuri = Record.Find(SourceIds.Yomiuri)!;

        yomiuri.Cites.Should().Equal(SourceIds.Ap, SourceIds.Reuters, SourceIds.Bloomberg, SourceIds.Axios);
        yomiuri.Citations.Should().ContainSingle().Which.Source.Should().Be(SourceIds.CopilotChat);
        Record.Find(SourceIds.CopilotChat)!.Kind.Should().Be(NegotiationModel.Sources.SourceKind.AiGenerated);
    }

    [Fact]
    public void The_four_claimed_regions_are_claimed_by_both_states_with_their_bases()
    {
        string[] regions = ["UA-14", "UA-09", "UA-23", "UA-65"];

        foreach (var region in regions)
        {
            var claims = Record.Claims.Where(c => c.Territory.Value == region).ToList();
            claims.Should().HaveCount(2, $"Russia and Ukraine both claim {region}");
            claims.Single(c => c.Claimant == ActorIds.Russia).Bases.Should().Equal(ClaimBasis.Referendum, ClaimBasis.Constitution);
            claims.Single(c => c.Claimant == ActorIds.Ukraine).Bases.Should().Equal(ClaimBasis.InternationalRecognition);
            Record.ControlObservations.Should().Contain(o => o.Territory.Value == region && o.Controller == ActorIds.Russia && o.Extent == ControlExtent.Part);
        }
    }

    [Fact]
    public void Both_working_groups_were_proposed_by_the_US_and_accepted_by_Russia_with_details_early_January()
    {
        foreach (var group in new[] { Record.Find(WorkingGroupIds.Security)!, Record.Find(WorkingGroupIds.Economy)! })
        {
            group.ProposedBy.Should().Equal(ActorIds.UnitedStates);
            group.AcceptedBy.Should().Equal(ActorIds.Russia);
            group.Milestones.Should().ContainSingle().Which.Expected!.ToString().Should().Be("2026-01-early[Europe/Moscow]");
        }
    }

    [Fact]
    public void The_roadmap_has_six_phases_in_order_each_depending_on_the_one_before()
    {
        var roadmap = Record.Find(ProposalIds.AuthorRoadmap)!;

        roadmap.Phases.Select(p => p.Order).Should().Equal(0, 1, 2, 3, 4, 5);
        roadmap.Phases.Skip(1).Should().OnlyContain(p => p.DependsOn.Count == 1);
        roadmap.Authors.Should().Contain(ActorIds.BlogAuthor);
    }

    [Fact]
    public void The_optional_demilitarised_zone_has_monitors_but_no_funder()
    {
        var zone = (DemilitarisedZoneProvision)Record.Find(ProvisionIds.DemilitarisedZone)!;

        zone.IsOptional.Should().BeTrue();
        zone.Monitors.Should().Equal(ActorIds.UnitedNations, ActorIds.Osce);
        zone.FundedBy.Should().BeEmpty();
        zone.OpenQuestions.Should().NotBeEmpty();
    }

    [Fact]
    public void Withdrawals_cover_the_four_regions_complete_in_two_and_behind_the_line_in_two()
    {
        var complete = (ForceWithdrawalProvision)Record.Find(ProvisionIds.WithdrawalDonbas)!;
        var behindLine = (ForceWithdrawalProvision)Record.Find(ProvisionIds.WithdrawalSouth)!;

        complete.Extent.Should().Be(WithdrawalExtent.Complete);
        complete.From.Select(t => t.Value).Should().Equal("UA-14", "UA-09");
        behindLine.Extent.Should().Be(WithdrawalExtent.BehindLine);
        behindLine.From.Select(t => t.Value).Should().Equal("UA-23", "UA-65");
        behindLine.BehindLine.Should().Be(LineIds.LineOfContact);
    }

    [Fact]
    public void The_scenarios_are_the_authors_assessments_not_facts()
    {
        var scenarios = Record.Assessments.Where(a => a.Label is "Scenario A" or "Scenario B").ToList();

        scenarios.Should().HaveCount(2).And.OnlyContain(a => a.Authors.Items.SequenceEqual(new[] { ActorIds.BlogAuthor }));
    }

    [Fact]
    public void Every_fact_is_attributed_to_a_source()
    {
        var unattributed = Record.Entities()
            .Where(e => e is not NegotiationModel.Topics.Topic and not NegotiationModel.Sources.Source and not Territory)
            .Where(e => e.Citations.IsEmpty)
            .Select(e => e.Reference.ToString());

        unattributed.Should().BeEmpty();
    }

    [Fact]
    public void Every_reference_in_the_sample_resolves()
    {
        var references = Record.Statements.SelectMany(s => s.About)
            .Concat(Record.Positions.Select(p => p.Subject))
            .Concat(Record.Assessments.SelectMany(a => a.About));

        references.Should().OnlyContain(r => Record.Find(r) != null);
        Record.Entities().SelectMany(RecordReferences.ActorsOf).Should().OnlyContain(id => Record.Find(id) != null);
    }

    [Fact]
    public void Look_ups_by_actor_find_what_involves_them()
    {
        Record.StatementsBy(ActorIds.Trump).Should().HaveCount(3);
        Record.Involving(ActorIds.Putin).Should().Contain(e => e.Reference == EntityReference.To(EventIds.FirstCall));
    }
}
