using NodaTime;

namespace NegotiationModel.Cli.Rendering;

/// <summary>One thing to draw on a timeline: a span from its earliest to its latest instant (either may be open), in a lane.</summary>
/// <param name="Id">The identifier of what the item is about.</param>
/// <param name="Lane">The lane it is drawn in: an actor's name or a kind.</param>
/// <param name="Label">A short text for a person.</param>
/// <param name="Kind">What it is (event, statement, status change…), for its colour.</param>
/// <param name="Earliest">The earliest instant it may lie at; null when open to the past.</param>
/// <param name="Latest">The instant before which it lies (exclusive); null when open to the future.</param>
/// <param name="WhenText">How the time was stated (the When text form), shown on hover.</param>
internal sealed record RenderItem(string Id, string Lane, string Label, string Kind, Instant? Earliest, Instant? Latest, string WhenText);
