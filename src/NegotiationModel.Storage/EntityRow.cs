namespace NegotiationModel.Storage;

/// <summary>
/// One entity of a record as a row: its canonical JSON and the columns derived from the whole record. Times are integer
/// microseconds since the Unix epoch (<see cref="Micros"/>); an open window end is <see cref="long.MinValue"/> or
/// <see cref="long.MaxValue"/>, so that range predicates stay plain comparisons an index can serve.
/// </summary>
internal sealed record EntityRow(
    EntityKind Kind,
    string Id,
    string Body,
    long? ValidFrom,
    long? ValidTo,
    long KnownFrom,
    IReadOnlyList<(EntityKind Kind, string Id)> References)
{
    /// <summary>Gets or sets the row's place among the entities of its kind (see <see cref="PositionKeys"/>).</summary>
    public long Position { get; set; }

    /// <summary>Gets the kind as stored: its enum name, which stays when numbers are renumbered.</summary>
    public string KindName => Kind.ToString();

    /// <summary>Tells whether a stored current row holds the same values (then the commit writes no new version).</summary>
    public bool SameAs(StoredRow stored)
        => stored.Position == Position && stored.ValidFrom == ValidFrom && stored.ValidTo == ValidTo
            && stored.KnownFrom == KnownFrom && string.Equals(stored.Body, Body, StringComparison.Ordinal);
}

/// <summary>A current row as read from the store before a commit.</summary>
internal sealed record StoredRow(string Kind, string Id, long Position, long? ValidFrom, long? ValidTo, long KnownFrom, string Body)
{
    /// <summary>The columns <see cref="Read"/> expects, in its order.</summary>
    public const string Columns = "kind, id, position, valid_from, valid_to, known_from, body";

    /// <summary>Reads the current row of a query that selects <see cref="Columns"/>.</summary>
    public static StoredRow Read(System.Data.Common.DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.IsDBNull(3) ? null : reader.GetInt64(3),
        reader.IsDBNull(4) ? null : reader.GetInt64(4),
        reader.GetInt64(5),
        reader.GetString(6));
}

/// <summary>What one commit writes: the entities whose current versions it closes, and the new versions it inserts.</summary>
internal sealed record VersionWrites(string Record, long Version, long RecordedAt)
{
    /// <summary>Gets the kinds (by name) and identifiers of the entities whose current version ends with this commit.</summary>
    public List<(string Kind, string Id)> Closes { get; } = [];

    /// <summary>Gets the new versions.</summary>
    public List<EntityRow> Inserts { get; } = [];

    /// <summary>Gets or sets how many entities the commit removes (closes without a new version).</summary>
    public int Removed { get; set; }
}
