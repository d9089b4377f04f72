using System.Buffers;

namespace NegotiationModel;

/// <summary>
/// The JSON paths of one walk of a record, as a table of steps that each point at their parent: a step
/// costs a slot in an array rather than an object, and a path is written out only when a diagnostic needs it.
/// </summary>
/// <remarks>
/// A walk of a 10,000-statement record takes about 170,000 steps; as objects they were most of what
/// validating allocated and kept alive (docs/performance.md). The array is rented from the shared pool and
/// given back by <see cref="Dispose"/>, for the reason <see cref="Validation.PooledList{T}"/> gives.
/// Not thread-safe: a table belongs to one walk.
/// </remarks>
internal sealed class PathTable : IDisposable
{
    /// <summary>The step of the document itself, <c>$</c>.</summary>
    public const int Root = 0;

    private Step[] steps;
    private int count = 1;

    /// <summary>Initializes a table with room for <paramref name="capacity"/> steps; it grows when the walk takes more.</summary>
    public PathTable(int capacity) => steps = ArrayPool<Step>.Shared.Rent(Math.Max(capacity, 16));

    /// <summary>Adds the step into the member <paramref name="jsonName"/> of the value at <paramref name="parent"/>.</summary>
    public int Property(int parent, string jsonName) => Add(new Step(parent, jsonName, -1));

    /// <summary>Adds the step into element <paramref name="position"/> of the array at <paramref name="parent"/>.</summary>
    public int Index(int parent, int position) => Add(new Step(parent, null, position));

    /// <summary>Writes out the path ending at <paramref name="step"/>.</summary>
    public JsonPath Resolve(int step)
    {
        if (step == Root)
        {
            return JsonPath.Root;
        }

        var at = steps[step];
        var parent = Resolve(at.Parent);
        return at.Member is null ? parent.Index(at.Position) : parent.Property(at.Member);
    }

    private int Add(Step step)
    {
        if (count == steps.Length)
        {
            var larger = ArrayPool<Step>.Shared.Rent(count * 2);
            steps.AsSpan(0, count).CopyTo(larger);
            Return();
            steps = larger;
        }

        steps[count] = step;
        return count++;
    }

    /// <summary>Gives the array back to the pool; the table is empty afterwards.</summary>
    public void Dispose()
    {
        Return();
        steps = [];
        count = 1;
    }

    private void Return()
    {
        if (steps.Length > 0)
        {
            steps.AsSpan(0, count).Clear();
            ArrayPool<Step>.Shared.Return(steps);
        }
    }

    private readonly record struct Step(int Parent, string? Member, int Position);
}
