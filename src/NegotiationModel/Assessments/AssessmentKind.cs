namespace NegotiationModel.Assessments;

/// <summary>What kind of analysis an assessment is.</summary>
public enum AssessmentKind
{
    /// <summary>A reading of what a statement, event or document means, such as NHK's reading of Ushakov's words as a renewed demand for territorial concessions.</summary>
    Interpretation = 1,

    /// <summary>A possible course of events, such as the commentary's Scenario A (a violent change of power) and Scenario B (a US–Russian peace plan accepted).</summary>
    Scenario = 2,

    /// <summary>A prediction of what will happen, with or without a likelihood.</summary>
    Forecast = 3,

    /// <summary>An explanation of a situation, its causes and its actors' interests.</summary>
    Analysis = 4,

    /// <summary>Advice on what an actor should do, such as a phased peace roadmap.</summary>
    Recommendation = 5,
}
