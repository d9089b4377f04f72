using System.Globalization;
using NegotiationModel.Votes;

namespace NegotiationModel.Validation.Rules;

/// <summary>NM4006: a vote's figures agree with each other, as far as the source rounded them.</summary>
internal sealed partial class ValueRules
{
    private static void VoteFiguresAgree(NegotiationRecord record, ValidationContext context)
    {
        for (var v = 0; v < record.Votes.Count; v++)
        {
            var vote = record.Votes[v];
            for (var r = 0; r < vote.Results.Count; r++)
            {
                Check(new VoteFigures(vote.Results[r]), context, RuleText.Of(nameof(record.Votes), v).Member(nameof(vote.Results)).Index(r), r, vote);
            }
        }
    }

    /// <summary>Checks result <paramref name="r"/> of a vote, at <paramref name="path"/>; the words that say where are written only for a diagnostic.</summary>
    private static void Check(VoteFigures figures, ValidationContext context, RulePath path, int r, Vote vote)
    {
        var result = figures.Result;
        if (figures.OptionVotes is { } options && result.Valid is { } valid && options > valid)
        {
            Report(path.Member(nameof(result.Valid)), $"the votes for the options add up to {options}, more than the {valid} valid votes.");
        }

        if (result.Valid is { } validVotes && result.Cast is { } cast && validVotes > cast)
        {
            Report(path.Member(nameof(result.Valid)), $"{validVotes} valid votes are more than the {cast} cast.");
        }

        if (result.Cast is { } ballots && result.Eligible is { } eligible)
        {
            if (ballots > eligible)
            {
                Report(path.Member(nameof(result.Cast)), $"{ballots} cast are more than the {eligible} entitled to vote.");
            }
            else if (result.Turnout is { } turnout && Disagrees(turnout, ballots, eligible) is { } computed)
            {
                Report(path.Member(nameof(result.Turnout)), $"the turnout is given as {Format(turnout)} %, but {ballots} cast of {eligible} entitled to vote is {computed} %.");
            }
        }

        for (var c = 0; c < result.Counts.Count; c++)
        {
            var count = result.Counts[c];
            if (count is not { Count: { } votes, Share: { } share })
            {
                continue;
            }

            var (whole, of) = VoteFigures.IsOption(count.Choice) ? (figures.ShareBase, "valid votes") : (result.Cast, "votes cast");
            if (whole is { } total and > 0 && Disagrees(share, votes, total) is { } computed)
            {
                Report(
                    path.Member(nameof(result.Counts)).Index(c).Member(nameof(count.Share)),
                    $"the share of {EnumName(count.Choice)} is given as {Format(share)} %, but {votes} of {total} {of} is {computed} %.");
            }
        }

        void Report(RulePath at, string problem)
        {
            if (!context.Omits(DiagnosticSeverity.Warning, DiagnosticCodes.VoteFiguresDisagree))
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"Vote '{vote.Id}', result {r + 1}:");
                context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.VoteFiguresDisagree, $"{where} {problem} Correct the figure that differs from the source, or record each source's figures as a result of their own.", at, EntityReference.To(vote.Id));
            }
        }
    }

    /// <summary>
    /// Returns the share the counts give, when it differs from the share given by more than one unit of the share's last
    /// decimal place as written (sources round, and some truncate: 37.41 % for 37.419 %); <see langword="null"/> when they agree.
    /// </summary>
    private static string? Disagrees(double share, long part, long whole)
    {
        // The share as Format writes it, into the stack: only a share that disagrees is written as a string, for its message.
        Span<char> buffer = stackalloc char[32];
        var written = share.TryFormat(buffer, out var length, "R", CultureInfo.InvariantCulture) ? buffer[..length] : Format(share).AsSpan();
        var point = written.IndexOf('.');
        var unit = Math.Pow(10, point < 0 ? 0 : -(written.Length - point - 1));
        var computed = 100.0 * part / whole;
        return Math.Abs(computed - share) > unit + 1e-9 ? Format(Math.Round(computed, 2)) : null;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string EnumName(VoteChoice choice) => Utility.EnumNames<VoteChoice>.Of(choice).Replace('-', ' ');

    /// <summary>The totals a result's shares are taken of.</summary>
    private readonly record struct VoteFigures(VoteResult Result)
    {
        /// <summary>Gets the sum of the counts of the options (yes, no, named options), when each of them has a count.</summary>
        public long? OptionVotes
        {
            get
            {
                long sum = 0;
                var any = false;
                foreach (var count in Result.Counts)
                {
                    if (IsOption(count.Choice))
                    {
                        if (count.Count is not { } votes)
                        {
                            return null;
                        }

                        sum += votes;
                        any = true;
                    }
                }

                return any ? sum : null;
            }
        }

        /// <summary>Gets what the options' shares are shares of: the valid votes when given, else the options' counts together.</summary>
        public long? ShareBase => Result.Valid ?? OptionVotes;

        public static bool IsOption(VoteChoice choice) => choice is VoteChoice.Yes or VoteChoice.No or VoteChoice.Option;
    }
}
