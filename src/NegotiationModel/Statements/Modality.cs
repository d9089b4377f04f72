namespace NegotiationModel.Statements;

/// <summary>
/// Whether what a statement says is asserted as fact, announced for the future, put as a hypothesis
/// or denied (the PLOVER modality): "we will not…" is a negated statement, not an act.
/// </summary>
public enum Modality
{
    /// <summary>Asserted as having happened or being so (PLOVER <c>historical</c>): "Putin agreed to the proposal".</summary>
    Asserted = 1,

    /// <summary>Announced or promised for the future: "there will be another phone call".</summary>
    Future = 2,

    /// <summary>Conditional or hypothetical: "if things go well, a few weeks".</summary>
    Hypothetical = 3,

    /// <summary>Denied or refused: "it is not resolved", "we will not accept".</summary>
    Negated = 4,
}
