namespace NegotiationModel.Storage;

/// <summary>
/// A change to a stored record: entities to put (replacing the one with the same kind and identifier, or added at
/// the end of their collection) and entities to remove. The store applies it to the current record and commits
/// the result, so derived columns that depend on other entities are recomputed as for a whole record.
/// </summary>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record ChangeSet
{
    /// <summary>Gets the entities to add or replace, of the kinds a record's collections hold.</summary>
    public ValueList<IRecordEntity> Put { get; init; }

    /// <summary>Gets the entities to remove.</summary>
    public ValueList<EntityReference> Remove { get; init; }

    /// <summary>Returns the record with this change applied.</summary>
    /// <param name="record">The record to change.</param>
    /// <returns>The changed record.</returns>
    /// <exception cref="ArgumentException">An entity to put is of a kind no collection of the record holds, or an entity to remove is not in the record.</exception>
    public NegotiationRecord ApplyTo(NegotiationRecord record) => RecordRows.Apply(record, this);
}
