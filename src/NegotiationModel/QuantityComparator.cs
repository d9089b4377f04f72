namespace NegotiationModel;

/// <summary>How a <see cref="Quantity"/>'s amount bounds the value it describes, when it is not the value itself.</summary>
/// <remarks>
/// In JSON a comparator is written in kebab case (<c>"at-most"</c>). A quantity without one is the value as stated.
/// The values follow the comparators of HL7 FHIR's <c>Quantity</c> (<c>&lt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>&gt;</c>, <c>ad</c>).
/// </remarks>
public enum QuantityComparator
{
    /// <summary>The value is below the amount: "less than 50 km".</summary>
    LessThan = 1,

    /// <summary>The value is the amount or below it: "up to 30,000 troops", "no more than 100 mm".</summary>
    AtMost = 2,

    /// <summary>The value is the amount or above it: "at least 50 km wide", "calibre of 100 mm and more".</summary>
    AtLeast = 3,

    /// <summary>The value is above the amount: "more than 500 monitors", "over 100 mm".</summary>
    MoreThan = 4,

    /// <summary>The value is near the amount, as a source rounds it: "about 30,000 troops".</summary>
    About = 5,
}
