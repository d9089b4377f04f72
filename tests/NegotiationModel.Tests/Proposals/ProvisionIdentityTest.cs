using CsCheck;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Proposals.MinskDrafts;

namespace NegotiationModel.Tests.Proposals;

public sealed class ProvisionIdentityTest
{
    [Fact]
    public void The_minsk_drafts_repeat_their_provisions_from_version_to_version_and_validate_clean()
    {
        RecordValidator.Default.Validate(Record()).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Find_by_identifier_finds_the_latest_draft_and_by_version_each_draft()
    {
        var record = Record();

        record.Find(Point2).Should().BeSameAs(record.Proposals[0].Versions[2].Provisions[1]);
        ((WeaponsLimitsProvision)record.Find(Point2, 1)!).Limits[0].Text.Should().Be("A security zone of at least 30 km.");
        ((WeaponsLimitsProvision)record.Find(Point2, 2)!).Limits[0].Text.Should().StartWith("50 km");
        record.Find(Point3, 1).Should().BeNull("point 3 was added in the second draft");
        record.Find(EarlyElections).Should().BeSameAs(record.Proposals[0].Versions[1].Provisions[3], "a provision dropped later is found in the last draft that has it");
        record.Find(EntityReference.To(Point2)).Should().BeSameAs(record.Find(Point2));
        record.Proposals[0].FindVersion(2)!.FindProvision(Point3).Should().Be(OsceMonitoring);
        record.Proposals[0].FindVersion(4).Should().BeNull();
    }

    [Fact]
    public void Latest_means_the_greatest_version_number_not_the_last_in_the_list()
    {
        var proposal = Proposal();
        var record = Record() with { Proposals = [proposal with { Versions = [.. proposal.Versions.Reverse()] }] };

        record.Find(Point2).Should().BeSameAs(record.Proposals[0].Versions[0].Provisions[1]);
        record.Find(EarlyElections)!.Should().BeSameAs(record.Proposals[0].Versions[1].Provisions[3]);
    }

    [Fact]
    public void Replace_with_a_version_changes_that_draft_only()
    {
        var record = Record();
        var edited = (WeaponsLimitsProvision)record.Find(Point2, 2)! with { Notes = "As reported on 12 February." };

        var changed = record.Replace(edited, 2);

        changed.Find(Point2, 2).Should().Be(edited);
        changed.Find(Point2, 1).Should().Be(record.Find(Point2, 1));
        changed.Find(Point2, 3).Should().Be(record.Find(Point2, 3));
        changed.Proposals[0].Versions[0].Should().BeSameAs(record.Proposals[0].Versions[0]);
    }

    [Fact]
    public void Replace_without_a_version_asks_for_one_when_several_versions_draft_the_provision()
    {
        var record = Record();

        var replace = () => record.Replace(record.Find(Point1)! with { Notes = "x" });

        replace.Should().Throw<ArgumentException>().WithMessage("*'point-1-ceasefire' is drafted in several versions (proposal 'package-of-measures' holds it in versions 1, 2, 3)*Replace(provision, version)*");
        record.Replace(record.Find(Point3, 3)! with { Notes = "x" }, 3).Find(Point3)!.Notes.Should().Be("x");
    }

    [Fact]
    public void Replace_in_a_version_that_does_not_hold_the_provision_says_which_do()
    {
        var replace = () => Record().Replace(OsceMonitoring, 1);

        replace.Should().Throw<ArgumentException>().WithMessage("No version 1 of a proposal holds provision 'point-3-osce-monitoring' to replace; proposal 'package-of-measures' holds it in versions 2, 3.*");
    }

    [Fact]
    public void A_provision_twice_in_one_version_is_NM1001_at_the_second()
    {
        var proposal = Proposal();
        var record = Record() with { Proposals = [proposal with { Versions = proposal.Versions.SetItem(1, proposal.Versions[1] with { Provisions = proposal.Versions[1].Provisions.Add(Ceasefire) }) }] };

        var diagnostic = RecordValidator.Default.Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DuplicateId);
        diagnostic.Path.ToString().Should().Be("$['proposals'][0]['versions'][1]['provisions'][4]['id']");
        diagnostic.Message.Should().Be("Version 2 of proposal 'package-of-measures' already holds a provision with the identifier 'point-1-ceasefire' (at $['proposals'][0]['versions'][1]['provisions'][0]): a provision appears once in each version.");
    }

    [Fact]
    public void A_provision_identifier_reused_by_another_proposal_is_NM1001()
    {
        var other = new Proposal(new ProposalId("counter-proposal"), ProposalKind.CounterProposal, [new LocalizedText("Counter-proposal", "en")])
        {
            Versions = [new ProposalVersion(1) { Provisions = [Ceasefire] }],
        };
        var record = Record() with { Proposals = Record().Proposals.Add(other) };

        var diagnostic = RecordValidator.Default.Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DuplicateId);
        diagnostic.Path.ToString().Should().Be("$['proposals'][1]['versions'][0]['provisions'][0]['id']");
        diagnostic.Message.Should().Be("Proposal 'package-of-measures' already has a provision with the identifier 'point-1-ceasefire' (at $['proposals'][0]['versions'][2]['provisions'][0]), which proposal 'counter-proposal' uses too: a provision keeps its identifier across the versions of its own proposal only.");
        record.Find(Point1).Should().BeSameAs(record.Proposals[0].Versions[2].Provisions[0], "the first proposal's drafts win");
    }

    [Theory]
    [InlineData("provision", "point-3-osce-monitoring", 1, "Position 'p' is on version 1 of provision:point-3-osce-monitoring, but no version 1 holds provision 'point-3-osce-monitoring' (proposal 'package-of-measures' holds it in versions 2, 3).")]
    [InlineData("proposal", "package-of-measures", 4, "Position 'p' is on version 4 of proposal:package-of-measures, but proposal 'package-of-measures' has no version 4 (it has versions 1, 2, 3).")]
    [InlineData("actor", "russia", 1, "Position 'p' is on version 1 of actor:russia, but an actor has no versions: only proposals and provisions do.")]
    public void NM1006_a_position_on_a_version_its_subject_does_not_have(string kind, string id, int version, string message)
    {
        var subject = new EntityReference(Enum.Parse<EntityKind>(kind, ignoreCase: true), id);
        var record = Record() with { Positions = [new Position(new PositionId("p"), Ukraine, subject, Stance.Opposes) { SubjectVersion = version }] };

        var diagnostic = RecordValidator.Default.Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.UnknownSubjectVersion);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Path.ToString().Should().Be("$['positions'][0]['subjectVersion']");
        diagnostic.Message.Should().Be(message);
    }

    [Fact]
    public void A_position_on_one_drafts_text_round_trips_and_one_without_is_on_the_provision_as_such()
    {
        var record = Record();
        var json = NegotiationJson.Serialize(record);

        json.Should().Contain("\"subjectVersion\": 1");
        NegotiationJson.Deserialize(json).Should().Be(record);
        NegotiationJson.Deserialize(json).Find(UkraineOnPoint2)!.SubjectVersion.Should().BeNull();
        var invalid = () => new Position(new PositionId("p"), Ukraine, EntityReference.To(Point2), Stance.Supports) { SubjectVersion = 0 };
        invalid.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*A version number is 1 or more*");
    }

    [Fact]
    public void The_positions_of_the_frozen_1_0_files_are_on_their_subjects_as_such()
    {
        var positions = Directory.GetFiles(RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Fixtures/v1.0"), "*.json")
            .SelectMany(file => NegotiationJson.Deserialize(File.ReadAllText(file)).Positions)
            .ToList();

        positions.Should().NotBeEmpty();
        positions.Where(p => p.SubjectVersion != null).Should().BeEmpty();
    }

    [Fact]
    public void A_record_with_provisions_repeated_across_versions_validates_clean_and_every_look_up_agrees_with_a_linear_scan()
    {
        IdentityRecords.Records.Sample(record =>
        {
            var report = RecordValidator.Default.Validate(record);
            report.Diagnostics.Should().BeEmpty();
            foreach (var id in record.Proposals.SelectMany(p => p.Versions).SelectMany(v => v.Provisions).Select(p => p.Id).Distinct())
            {
                record.Find(id).Should().BeSameAs(LatestByScan(record, id));
                for (var number = 0; number <= IdentityRecords.MaxVersions + 1; number++)
                {
                    record.Find(id, number).Should().BeSameAs(InVersionByScan(record, id, number));
                }
            }
        });
    }

    [Fact]
    public void A_position_on_a_version_validates_exactly_when_that_version_drafts_its_provision()
    {
        Gen.Select(IdentityRecords.Records, Gen.Int[1, IdentityRecords.MaxVersions + 1]).Sample(sample =>
        {
            var (record, number) = sample;
            var provision = record.Proposals[0].Versions.SelectMany(v => v.Provisions).FirstOrDefault();
            if (provision is null)
            {
                return;
            }

            var positioned = record with { Positions = [new Position(new PositionId("pos"), IdentityRecords.Actor, EntityReference.To(provision.Id), Stance.Supports) { SubjectVersion = number }] };
            var codes = RecordValidator.Default.Validate(positioned).Diagnostics.Select(d => d.Code);
            codes.Should().Equal(InVersionByScan(record, provision.Id, number) is null ? [DiagnosticCodes.UnknownSubjectVersion] : []);
        });
    }

    private static Provision? LatestByScan(NegotiationRecord record, ProvisionId id)
    {
        foreach (var proposal in record.Proposals)
        {
            var holders = proposal.Versions.Where(v => v.Provisions.Any(p => p.Id == id)).ToList();
            if (holders.Count > 0)
            {
                return holders.OrderByDescending(v => v.Number).First().Provisions.First(p => p.Id == id);
            }
        }

        return null;
    }

    private static Provision? InVersionByScan(NegotiationRecord record, ProvisionId id, int number)
        => record.Proposals.SelectMany(p => p.Versions).Where(v => v.Number == number).SelectMany(v => v.Provisions).FirstOrDefault(p => p.Id == id);
}
