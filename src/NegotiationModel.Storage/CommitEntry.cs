using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Storage;

/// <summary>One commit of a record, as the store's log keeps it.</summary>
/// <param name="Version">The record's version the commit made (1 for the first commit).</param>
/// <param name="RecordedAt">When the store recorded it, by the store's own clock: strictly increasing per record.</param>
/// <param name="Info">Who committed, from which application, and why.</param>
/// <param name="EntitiesWritten">How many entity versions the commit wrote (new, changed or removed entities, and entities whose derived columns changed).</param>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record CommitEntry(long Version, Instant RecordedAt, CommitInfo Info, int EntitiesWritten)
{
    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Version} {InstantPattern.ExtendedIso.Format(RecordedAt)} {Info} ({EntitiesWritten} entities)");
}
