namespace NegotiationModel.Time;

/// <summary>
/// Finds when the anchor of a <see cref="RelativeWhen"/> happened, such as the meeting that
/// <c>after(event:miami-meeting)</c> refers to. A record implements it over its entities.
/// </summary>
/// <remarks>
/// Implementations resolve the anchor's own <see cref="When"/>, which may be relative in turn; they
/// must detect cycles (<c>a</c> after <c>b</c>, <c>b</c> after <c>a</c>) and answer
/// <see langword="null"/> for them rather than recurse without end.
/// </remarks>
public interface IWhenAnchorResolver
{
    /// <summary>Returns the window of the entity <paramref name="anchor"/> refers to.</summary>
    /// <param name="anchor">The entity a relative value is anchored to.</param>
    /// <returns>The anchor's window, or <see langword="null"/> when the entity, its time or its window is unknown.</returns>
    TimeWindow? ResolveAnchor(EntityReference anchor);
}
