using System.Collections.Immutable;

namespace NegotiationModel;

/// <summary>
/// Which statuses of one status type may follow which in a status history: the statuses a status presupposes
/// (one of them must come earlier, such as <c>tabled</c> before a proposal is <c>accepted</c>) and those it
/// excludes (none of them may come earlier, such as <c>took-place</c> before an event is <c>cancelled</c>).
/// Validation reports a history that breaks them (NM2005); an application offers the next statuses with
/// <see cref="AllowedNext"/>.
/// </summary>
/// <typeparam name="TStatus">The status enum, such as <see cref="Proposals.ProposalStatus"/>.</typeparam>
/// <remarks>
/// <para>Each status type declares its transitions once, as a static member of the type:
/// <c>EventStatus.Transitions</c>, <c>ProposalStatus.Transitions</c>, <c>WorkingGroupStatus.Transitions</c> and
/// <c>GuaranteeStatus.Transitions</c>. A status that neither presupposes nor excludes another may come at any
/// point, repeated or not; only what came earlier counts, not what came just before.</para>
/// <para>Equality: by reference; each status type has one instance.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// // The statuses a form offers for the next entry of a proposal's history:
/// var next = ProposalStatus.Transitions.AllowedNext(proposal.StatusHistory);
/// </code>
/// </example>
public sealed class StatusTransitions<TStatus>
    where TStatus : struct, Enum
{
    private readonly Dictionary<TStatus, int> ordinals;
    private readonly ValueList<TStatus>[] presupposed;
    private readonly ValueList<TStatus>[] excluded;

    internal StatusTransitions(Dictionary<TStatus, ValueList<TStatus>> presupposes, Dictionary<TStatus, ValueList<TStatus>> excludes)
    {
        Statuses = [.. Enum.GetValues<TStatus>()];
        ordinals = Statuses.Select((status, ordinal) => (status, ordinal)).ToDictionary(p => p.status, p => p.ordinal);
        presupposed = [.. Statuses.Select(s => InDeclaredOrder(presupposes.GetValueOrDefault(s)))];
        excluded = [.. Statuses.Select(s => InDeclaredOrder(excludes.GetValueOrDefault(s)))];
    }

    /// <summary>Gets every status of the type, in the order the type declares them.</summary>
    public ValueList<TStatus> Statuses { get; }

    /// <summary>Returns the statuses one of which must come earlier in a history than <paramref name="status"/>.</summary>
    /// <param name="status">A status.</param>
    /// <returns>The statuses, in the order the type declares them; empty when <paramref name="status"/> presupposes none.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is undefined.</exception>
    public ValueList<TStatus> Presupposes(TStatus status) => presupposed[OrdinalOf(status, nameof(status))];

    /// <summary>Returns the statuses none of which may come earlier in a history than <paramref name="status"/>.</summary>
    /// <param name="status">A status.</param>
    /// <returns>The statuses, in the order the type declares them; empty when <paramref name="status"/> excludes none.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is undefined.</exception>
    public ValueList<TStatus> Excludes(TStatus status) => excluded[OrdinalOf(status, nameof(status))];

    /// <summary>Returns whether <paramref name="status"/> may be added at the end of <paramref name="history"/>.</summary>
    /// <param name="status">The status to add.</param>
    /// <param name="history">The history so far, in the order the statuses were entered; empty for none.</param>
    /// <returns><see langword="true"/> when one of the statuses <paramref name="status"/> presupposes, if any, is in the history and none it excludes is.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is undefined.</exception>
    public bool CanFollow(TStatus status, ValueList<StatusChange<TStatus>> history)
    {
        var ordinal = OrdinalOf(status, nameof(status));
        Span<bool> seen = stackalloc bool[Statuses.Count];
        Mark(history, seen);
        return Allows(ordinal, seen);
    }

    /// <summary>Returns the statuses that may be added at the end of <paramref name="history"/>.</summary>
    /// <param name="history">The history so far, in the order the statuses were entered; empty for none.</param>
    /// <returns>Every status for which <see cref="CanFollow"/> holds, in the order the type declares them.</returns>
    public ValueList<TStatus> AllowedNext(ValueList<StatusChange<TStatus>> history)
    {
        Span<bool> seen = stackalloc bool[Statuses.Count];
        Mark(history, seen);
        var allowed = ImmutableArray.CreateBuilder<TStatus>(Statuses.Count);
        for (var ordinal = 0; ordinal < Statuses.Count; ordinal++)
        {
            if (Allows(ordinal, seen))
            {
                allowed.Add(Statuses[ordinal]);
            }
        }

        return allowed.ToImmutable();
    }

    /// <summary>Returns the position of a defined status in <see cref="Statuses"/>, for sets of statuses kept as flags.</summary>
    internal int OrdinalOf(TStatus status) => ordinals[status];

    private int OrdinalOf(TStatus status, string parameterName)
    {
        Guard.Against.EnumOutOfRange(status, parameterName);
        return ordinals[status];
    }

    private ValueList<TStatus> InDeclaredOrder(ValueList<TStatus> statuses) => [.. statuses.Distinct().OrderBy(s => ordinals[s])];

    private void Mark(ValueList<StatusChange<TStatus>> history, Span<bool> seen)
    {
        foreach (var change in history)
        {
            seen[ordinals[change.Status]] = true;
        }
    }

    private bool Allows(int ordinal, ReadOnlySpan<bool> seen)
    {
        var required = presupposed[ordinal];
        if (!required.IsEmpty && !AnySeen(required, seen))
        {
            return false;
        }

        return !AnySeen(excluded[ordinal], seen);
    }

    private bool AnySeen(ValueList<TStatus> statuses, ReadOnlySpan<bool> seen)
    {
        foreach (var status in statuses)
        {
            if (seen[ordinals[status]])
            {
                return true;
            }
        }

        return false;
    }
}
