namespace NegotiationModel.Walking;

/// <summary>
/// The JSON paths of one walk of a record, as a table of steps that each point at their parent: a step
/// costs a slot in an array rather than an object, and a path is written out only when a diagnostic needs it.
/// </summary>
/// <remarks>
/// A walk of a 10,000-statement record takes about 170,000 steps (a million-statement one 17 million); as objects they would be most of what
/// validating allocates and keeps alive (docs/performance-log.md). The array is rented from the shared pool and
/// given back by <see cref="Dispose"/>, for the reason <see cref="PooledList{T}"/> gives.
/// Not thread-safe: a table belongs to one walk.
/// </remarks>
internal sealed class PathTable : IDisposable
{
    /// <summary>The step of the document itself, <c>$</c>.</summary>
    public const int Root = 0;

    private readonly PooledList<Step> steps;

    /// <summary>Initializes a table holding the root step.</summary>
    public PathTable()
    {
        steps = new PooledList<Step>();
        steps.Add(default); // the root, which Resolve never reads
    }

    /// <summary>Adds the step into the member numbered <paramref name="name"/> in <see cref="RecordWalker.MemberNames"/> of the value at <paramref name="parent"/>.</summary>
    public int Property(int parent, int name) => Add(new Step(parent, ~name));

    /// <summary>Adds the step into element <paramref name="position"/> of the array at <paramref name="parent"/>.</summary>
    public int Index(int parent, int position) => Add(new Step(parent, position));

    /// <summary>Writes out the path ending at <paramref name="step"/>.</summary>
    public JsonPath Resolve(int step)
    {
        if (step == Root)
        {
            return JsonPath.Root;
        }

        var at = steps[step];
        var parent = Resolve(at.Parent);
        return at.Leaf >= 0 ? parent.Index(at.Leaf) : parent.Property(RecordWalker.MemberNames[~at.Leaf]);
    }

    /// <summary>Gives the array back to the pool; no path can be written out afterwards.</summary>
    public void Dispose() => steps.Dispose();

    private int Add(Step step)
    {
        steps.Add(step);
        return steps.Count - 1;
    }

    /// <summary>A step: its parent, and an element's position or (complemented, so negative) a member's number.</summary>
    /// <remarks>Eight bytes and no reference: the table is written without the garbage collector's write barrier and never scanned by it.</remarks>
    private readonly record struct Step(int Parent, int Leaf);
}
