using System.Collections.Immutable;

namespace NegotiationModel;

/// <summary>
/// Which statuses of one status type may follow which in a status history: the statuses a status presupposes
/// (one of them must come earlier, such as <c>tabled</c> before a proposal is <c>accepted</c>) and those it
/// excludes (none of them may come earlier, such as <c>took-place</c> before an event is <c>cancelled</c>).
/// A history may begin mid-way, as reporting usually does: its first status may be any, and what that status
/// presupposes (and what those presuppose in turn) counts as earlier for the statuses after it.
/// Validation reports a history that breaks them (NM2005); an application offers the next statuses with
/// <see cref="AllowedNext"/>.
/// </summary>
/// <typeparam name="TStatus">The status enum, such as <see cref="Proposals.ProposalStatus"/>.</typeparam>
/// <remarks>
/// <para>Each status type declares its transitions once, as a static member of the type:
/// <c>EventStatus.Transitions</c>, <c>ProposalStatus.Transitions</c>, <c>WorkingGroupStatus.Transitions</c> and
/// <c>GuaranteeStatus.Transitions</c>. A status that neither presupposes nor excludes another may come at any
/// point, repeated or not; only what came earlier counts, not what came just before.</para>
/// <para>A history is read as beginning where reporting began and as complete from there: a proposal first
/// known <c>under-negotiation</c> may be <c>accepted</c> later, as it was tabled before its history began; one
/// first known <c>drafted</c> may not, as nothing recorded or presupposed says it was tabled. What a status
/// excludes is only what the history records.</para>
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
    /// <returns>
    /// <see langword="true"/> when <paramref name="history"/> is empty (a history may begin at any status), or when one of
    /// the statuses <paramref name="status"/> presupposes, if any, is in the history or presupposed by its first status,
    /// and none it excludes is in the history.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is undefined.</exception>
    public bool CanFollow(TStatus status, ValueList<StatusChange<TStatus>> history)
    {
        var ordinal = OrdinalOf(status, nameof(status));
        Span<bool> recorded = stackalloc bool[Statuses.Count];
        Span<bool> presupposedEarlier = stackalloc bool[Statuses.Count];
        Mark(history, recorded, presupposedEarlier);
        return history.IsEmpty || Allows(ordinal, recorded, presupposedEarlier);
    }

    /// <summary>Returns the statuses that may be added at the end of <paramref name="history"/>.</summary>
    /// <param name="history">The history so far, in the order the statuses were entered; empty for none.</param>
    /// <returns>Every status for which <see cref="CanFollow"/> holds, in the order the type declares them; every status when <paramref name="history"/> is empty.</returns>
    public ValueList<TStatus> AllowedNext(ValueList<StatusChange<TStatus>> history)
    {
        if (history.IsEmpty)
        {
            return Statuses;
        }

        Span<bool> recorded = stackalloc bool[Statuses.Count];
        Span<bool> presupposedEarlier = stackalloc bool[Statuses.Count];
        Mark(history, recorded, presupposedEarlier);
        var allowed = ImmutableArray.CreateBuilder<TStatus>(Statuses.Count);
        for (var ordinal = 0; ordinal < Statuses.Count; ordinal++)
        {
            if (Allows(ordinal, recorded, presupposedEarlier))
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
        Guard.Against.UndefinedEnum(status, parameterName);
        return ordinals[status];
    }

    private ValueList<TStatus> InDeclaredOrder(ValueList<TStatus> statuses) => [.. statuses.Distinct().OrderBy(s => ordinals[s])];

    /// <summary>
    /// Marks what the first status of a history presupposes, and what those presuppose in turn: the statuses taken
    /// to have come before the history began. Each is marked once, so a cycle in the table ends.
    /// </summary>
    /// <param name="first">The first status of a history.</param>
    /// <param name="presupposedEarlier">Flags by <see cref="OrdinalOf(TStatus)"/>, one per status.</param>
    internal void MarkPresupposedBefore(TStatus first, Span<bool> presupposedEarlier)
    {
        foreach (var status in presupposed[ordinals[first]])
        {
            ref var flag = ref presupposedEarlier[ordinals[status]];
            if (!flag)
            {
                flag = true;
                MarkPresupposedBefore(status, presupposedEarlier);
            }
        }
    }

    /// <summary>Returns whether one of the statuses <paramref name="status"/> presupposes, if any, is recorded or presupposed earlier.</summary>
    internal bool PresuppositionMet(TStatus status, ReadOnlySpan<bool> recorded, ReadOnlySpan<bool> presupposedEarlier)
        => PresuppositionMet(ordinals[status], recorded, presupposedEarlier);

    private void Mark(ValueList<StatusChange<TStatus>> history, Span<bool> recorded, Span<bool> presupposedEarlier)
    {
        foreach (var change in history)
        {
            recorded[ordinals[change.Status]] = true;
        }

        if (!history.IsEmpty)
        {
            MarkPresupposedBefore(history[0].Status, presupposedEarlier);
        }
    }

    private bool Allows(int ordinal, ReadOnlySpan<bool> recorded, ReadOnlySpan<bool> presupposedEarlier)
        => PresuppositionMet(ordinal, recorded, presupposedEarlier) && !AnySeen(excluded[ordinal], recorded);

    private bool PresuppositionMet(int ordinal, ReadOnlySpan<bool> recorded, ReadOnlySpan<bool> presupposedEarlier)
    {
        var required = presupposed[ordinal];
        return required.IsEmpty || AnySeen(required, recorded) || AnySeen(required, presupposedEarlier);
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
