using NegotiationModel.Sources;

namespace NegotiationModel.Kinds;

/// <summary>
/// Receives the citations of an entity's parts (memberships, status changes, framings...), list by list, as the entity
/// kinds' table hands them over: the parts are read where they are, with no list of lists made for each entity.
/// </summary>
internal interface IPartCitations
{
    /// <summary>Receives the citations of each of <paramref name="parts"/>.</summary>
    void Add<TPart>(ValueList<TPart> parts, Func<TPart, ValueList<Citation>> citationsOf);
}
