using NodaTime;

namespace NegotiationModel.Cli.Rendering;

/// <summary>One thing to draw on a timeline: a span from its earliest to its latest instant (either may be open), in one or more lanes.</summary>
/// <param name="Id">The identifier of what the item is about.</param>
/// <param name="Lanes">The lanes it is drawn in: the names of all its actors, or its kind; never empty.</param>
/// <param name="Label">A short text for a person, as the record holds it (renderers make it displayable).</param>
/// <param name="Kind">What it is (event, statement, status change…), for its colour.</param>
/// <param name="Earliest">The earliest instant it may lie at; null when open to the past.</param>
/// <param name="Latest">The instant before which it lies (exclusive); null when open to the future.</param>
/// <param name="WhenText">How the time was stated (the When text form).</param>
/// <param name="ResolvedText">The window the time allows, shown in the chosen zone.</param>
internal sealed record RenderItem(string Id, IReadOnlyList<string> Lanes, string Label, string Kind, Instant? Earliest, Instant? Latest, string WhenText, string ResolvedText);
