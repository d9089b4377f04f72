namespace NegotiationModel.Assessments;

/// <summary>
/// The words of estimative probability of the US Intelligence Community Directive 203 (ICD 203,
/// <i>Analytic Standards</i>), each with the band of probabilities it stands for.
/// </summary>
/// <remarks>
/// The bands are ICD 203's: they touch at their ends (5%, 20%, 45%, 55%, 80%, 95%) and leave out
/// certainty (0% and 100%), which an estimate never claims. An author who uses other words keeps them
/// in <see cref="Likelihood.Text"/>, with or without one of these as the nearest match.
/// </remarks>
public enum EstimativeProbability
{
    /// <summary>Almost no chance, remote: 1–5%.</summary>
    AlmostNoChance = 1,

    /// <summary>Very unlikely, highly improbable: 5–20%.</summary>
    VeryUnlikely = 2,

    /// <summary>Unlikely, improbable: 20–45%.</summary>
    Unlikely = 3,

    /// <summary>Roughly even chance, roughly even odds: 45–55%.</summary>
    RoughlyEvenChance = 4,

    /// <summary>Likely, probable: 55–80%.</summary>
    Likely = 5,

    /// <summary>Very likely, highly probable: 80–95%.</summary>
    VeryLikely = 6,

    /// <summary>Almost certain, nearly certain: 95–99%.</summary>
    AlmostCertain = 7,
}
