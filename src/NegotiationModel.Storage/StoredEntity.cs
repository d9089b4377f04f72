using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Storage;

/// <summary>One version of one stored entity: its canonical JSON and the columns the library derived from the record when it was committed.</summary>
/// <param name="Reference">The entity's kind and identifier.</param>
/// <param name="Version">The record version that wrote this entity version.</param>
/// <param name="EndedIn">The record version that replaced or removed it, or <see langword="null"/> while it is current.</param>
/// <param name="RecordedAt">When the store recorded this entity version.</param>
/// <param name="Valid">The entity's resolved own window (valid time), or <see langword="null"/> when it has no time.</param>
/// <param name="KnownFrom">From when the entity is known (knowledge time), or <see langword="null"/> when it is always known.</param>
/// <param name="Json">The entity as compact canonical JSON, unknown members included, exactly as stored.</param>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record StoredEntity(EntityReference Reference, long Version, long? EndedIn, Instant RecordedAt, TimeWindow? Valid, Instant? KnownFrom, string Json)
{
    /// <summary>Reads <see cref="Json"/> as an entity of its kind.</summary>
    /// <returns>The entity.</returns>
    /// <exception cref="Serialization.NegotiationJsonException">The stored JSON is not a valid entity of its kind.</exception>
    public IRecordEntity ToEntity() => EntityJson.Read(Reference.Kind, [Json]).Single();

    /// <inheritdoc />
    public override string ToString() => $"{Reference} v{Version}{(EndedIn is { } end ? $"-{end}" : string.Empty)}";
}
