namespace NegotiationModel.Benchmarks.Quick;

/// <summary>One target of issues 8 and 19 as measured in a quick run.</summary>
/// <param name="Name">The target's name.</param>
/// <param name="Measured">What was measured, with its unit.</param>
/// <param name="Goal">The goal, with its unit.</param>
/// <param name="Verdict">PASS, FAIL, or PENDING when what it measures is not in the library yet.</param>
internal sealed record TargetResult(string Name, string Measured, string Goal, string Verdict)
{
    /// <summary>Gets a value indicating whether the target was missed.</summary>
    public bool Failed => Verdict == "FAIL";

    /// <summary>A target that was measured.</summary>
    /// <param name="name">The target's name.</param>
    /// <param name="measured">What was measured, with its unit.</param>
    /// <param name="goal">The goal, with its unit.</param>
    /// <param name="pass">Whether the goal was met.</param>
    /// <returns>The result.</returns>
    public static TargetResult Of(string name, string measured, string goal, bool pass) => new(name, measured, goal, pass ? "PASS" : "FAIL");

    /// <summary>A target whose subject is not in the library yet.</summary>
    /// <param name="name">The target's name.</param>
    /// <param name="goal">The goal, with its unit.</param>
    /// <param name="why">What it waits for.</param>
    /// <returns>The result.</returns>
    public static TargetResult Pending(string name, string goal, string why) => new(name, "pending (" + why + ")", goal, "PENDING");

    /// <summary>Returns the line the quick mode prints.</summary>
    /// <returns><c>target NAME: measured X, goal Y, PASS|FAIL</c>.</returns>
    public override string ToString() => $"target {Name}: measured {Measured}, goal {Goal}, {Verdict}";
}
