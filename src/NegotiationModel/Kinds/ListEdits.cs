namespace NegotiationModel.Kinds;

/// <summary>
/// Edits the lists that hold entities, through the objects that hold the lists (a proposal's versions hold its
/// provisions), rebuilding only the objects on the way to a change: an owner whose list comes back unchanged is
/// kept as it is. The table of kinds (<see cref="EntityKinds"/>) composes these for each kind.
/// </summary>
internal static class ListEdits
{
    /// <summary>Edits each element; returns <paramref name="list"/> itself when every element comes back the same object.</summary>
    public static ValueList<T> Each<T>(ValueList<T> list, Func<T, T> edit)
        where T : class
    {
        T[]? edited = null;
        for (var index = 0; index < list.Count; index++)
        {
            var element = edit(list[index]);
            if (!ReferenceEquals(element, list[index]))
            {
                edited ??= [.. list.Items];
                edited[index] = element;
            }
        }

        return edited is null ? list : ValueList.Create<T>(edited);
    }

    /// <summary>Edits the list <paramref name="part"/> of <paramref name="owner"/>; returns the owner itself when the list comes back unchanged.</summary>
    public static TOwner Part<TOwner, T>(TOwner owner, ValueList<T> part, Func<TOwner, ValueList<T>, TOwner> with, Func<ValueList<T>, ValueList<T>> edit)
    {
        var edited = edit(part);
        return edited.Items == part.Items ? owner : with(owner, edited);
    }
}
