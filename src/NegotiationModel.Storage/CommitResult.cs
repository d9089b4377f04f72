using System.Globalization;
using NodaTime;

namespace NegotiationModel.Storage;

/// <summary>What a commit did: the version it made, when it was recorded, and how many entity versions it wrote.</summary>
/// <param name="Version">The record's new version.</param>
/// <param name="RecordedAt">When the store recorded the commit, by its own clock.</param>
/// <param name="EntitiesWritten">How many entity versions the commit wrote (0 when nothing changed: the commit is still logged).</param>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record CommitResult(long Version, Instant RecordedAt, int EntitiesWritten)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"version {Version} ({EntitiesWritten} entities written)");
}
