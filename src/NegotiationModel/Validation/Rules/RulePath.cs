using System.Runtime.CompilerServices;

namespace NegotiationModel.Validation.Rules;

/// <summary>
/// The path of a member a rule looks at, kept as its steps (members by C# name, array indices) until a diagnostic is
/// reported there: a rule follows thousands of entities and reports few of them, so the <see cref="JsonPath"/> (one
/// object per step, and each member's name camel-cased anew) is written only for those it reports.
/// </summary>
/// <remarks><see cref="RuleText.Of"/> starts one. A value of a few words, copied as it grows; it holds at most <see cref="MaxSteps"/> member steps, each with an index after it.</remarks>
internal readonly struct RulePath
{
    /// <summary>The member steps a path holds, as deep as the built-in rules look: <c>proposals[p].versions[v].provisions[i].deadlines[d].due</c> is five.</summary>
    public const int MaxSteps = 6;

    private readonly Steps steps;
    private readonly int count;

    private RulePath(Steps steps, int count)
    {
        this.steps = steps;
        this.count = count;
    }

    public static implicit operator JsonPath(RulePath path) => path.ToJsonPath();

    /// <summary>Returns the path of a member of the object at this path, by its C# name.</summary>
    public RulePath Member(string clrName)
    {
        if (count == MaxSteps)
        {
            throw new InvalidOperationException($"A rule's path holds at most {MaxSteps} members.");
        }

        var longer = steps;
        longer[count] = new Step(clrName, -1);
        return new RulePath(longer, count + 1);
    }

    /// <summary>Returns the path of element <paramref name="index"/> of the array at this path (the member last named).</summary>
    public RulePath Index(int index)
    {
        if (count == 0 || steps[count - 1].Index >= 0)
        {
            throw new InvalidOperationException("A rule's path indexes only the member it last named.");
        }

        var longer = steps;
        longer[count - 1] = new Step(steps[count - 1].Name, Guard.Against.Negative(index));
        return new RulePath(longer, count);
    }

    /// <summary>Writes out the path, such as <c>$['actors'][3]['memberships'][0]['end']</c>.</summary>
    public JsonPath ToJsonPath()
    {
        var path = JsonPath.Root;
        for (var i = 0; i < count; i++)
        {
            path = path.Member(steps[i].Name);
            if (steps[i].Index >= 0)
            {
                path = path.Index(steps[i].Index);
            }
        }

        return path;
    }

    public override string ToString() => ToJsonPath().ToString();

    /// <summary>A member by its C# name, and the index into it, or -1 for none.</summary>
    private readonly record struct Step(string Name, int Index);

    [InlineArray(MaxSteps)]
    private struct Steps
    {
        private Step first;
    }
}
