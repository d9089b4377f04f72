using CsCheck;
using NegotiationModel.Comparison;
using NegotiationModel.Proposals;
using NegotiationModel.Tests.Proposals;
using static NegotiationModel.Tests.Proposals.MinskDrafts;

namespace NegotiationModel.Tests.Comparison;

public sealed class ProposalVersionComparisonTest
{
    [Fact]
    public void The_second_draft_keeps_the_ceasefire_changes_the_withdrawal_distances_and_adds_monitoring()
    {
        var changes = ProposalVersionComparison.Compare(Proposal(), 1, 2);

        changes.Select(c => c.ToString()).Should().Equal(
            "= provision:point-1-ceasefire",
            "~ provision:point-2-heavy-weapons: limits",
            "= provision:early-elections",
            "+ provision:point-3-osce-monitoring");
    }

    [Fact]
    public void The_signed_text_drops_the_early_elections_clause()
    {
        var changes = ProposalVersionComparison.Compare(Proposal(), 2, 3);

        changes.Should().ContainSingle(c => c.Kind != ChangeKind.Unchanged).Which.Should().Be(new EntityChange(EntityReference.To(EarlyElections), ChangeKind.Removed, []));
    }

    [Fact]
    public void A_provision_whose_kind_changed_lists_kind_among_its_members()
    {
        var before = new ProposalVersion(1) { Provisions = [IdentityRecords.Draft(Point1, 0)] };
        var after = new ProposalVersion(2) { Provisions = [IdentityRecords.Draft(Point1, 2)] };

        ProposalVersionComparison.Compare(before, after).Should().ContainSingle().Which.Members.Should().Contain("kind").And.Contain("summary");
    }

    [Fact]
    public void A_version_the_proposal_does_not_have_is_an_error_naming_those_it_has()
    {
        var compare = () => ProposalVersionComparison.Compare(Proposal(), 1, 7);

        compare.Should().Throw<ArgumentException>().WithMessage("Proposal 'package-of-measures' has no version 7 (it has 1, 2, 3).*").Which.ParamName.Should().Be("to");
    }

    [Fact]
    public void A_version_compared_with_itself_is_all_unchanged_one_line_per_provision()
    {
        IdentityRecords.Versions("p").Sample(versions =>
        {
            foreach (var version in versions)
            {
                var changes = ProposalVersionComparison.Compare(version, version);
                changes.Where(c => c.Kind != ChangeKind.Unchanged || !c.Members.IsEmpty).Should().BeEmpty();
                changes.Select(c => c.Reference).Should().Equal(version.Provisions.Select(p => (EntityReference?)p.Reference));
            }
        });
    }

    [Fact]
    public void Comparing_backwards_mirrors_comparing_forwards()
    {
        IdentityRecords.Versions("p").Where(v => v.Count >= 2).Sample(versions =>
        {
            var forwards = ProposalVersionComparison.Compare(versions[0], versions[1]).ToDictionary(c => c.Reference!.Value);
            var backwards = ProposalVersionComparison.Compare(versions[1], versions[0]).ToDictionary(c => c.Reference!.Value);

            backwards.Keys.Should().BeEquivalentTo(forwards.Keys);
            foreach (var (reference, change) in forwards)
            {
                var mirror = backwards[reference];
                mirror.Kind.Should().Be(change.Kind switch { ChangeKind.Added => ChangeKind.Removed, ChangeKind.Removed => ChangeKind.Added, var same => same });
                mirror.Members.Should().BeEquivalentTo(change.Members);
            }
        });
    }

    [Fact]
    public void Every_provision_of_either_version_is_listed_once_and_unchanged_exactly_when_equal()
    {
        IdentityRecords.Versions("p").Where(v => v.Count >= 2).Sample(versions =>
        {
            var (before, after) = (versions[0], versions[1]);
            var changes = ProposalVersionComparison.Compare(before, after);

            changes.Select(c => c.Reference!.Value).Should().OnlyHaveUniqueItems()
                .And.BeEquivalentTo(before.Provisions.Concat(after.Provisions).Select(p => p.Reference).Distinct());
            foreach (var change in changes)
            {
                var (old, @new) = (before.Provisions.FirstOrDefault(p => p.Reference == change.Reference), after.Provisions.FirstOrDefault(p => p.Reference == change.Reference));
                change.Kind.Should().Be((old, @new) switch
                {
                    (null, _) => ChangeKind.Added,
                    (_, null) => ChangeKind.Removed,
                    _ when old.Equals(@new) => ChangeKind.Unchanged,
                    _ => ChangeKind.Changed,
                });
            }
        });
    }

    [Fact]
    public void The_record_diff_compares_a_provision_in_its_latest_draft()
    {
        var before = Record();
        var after = before.Replace(before.Find(Point2, 3)! with { Notes = "Edited in the signed text only." }, 3);

        RecordDiff.Compare(before, after).Select(c => c.ToString()).Should().Equal("~ proposal:package-of-measures: versions", "~ provision:point-2-heavy-weapons: notes");
        RecordDiff.Compare(before, before.Replace(before.Find(Point2, 1)! with { Notes = "Edited in the first draft only." }, 1))
            .Select(c => c.ToString()).Should().Equal("~ proposal:package-of-measures: versions");
    }
}
