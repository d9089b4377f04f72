namespace NegotiationModel.Storage;

/// <summary>
/// A commit was refused because the record changed since the version it was based on (optimistic concurrency):
/// nothing was written. Read the record again, reapply the change and commit with the new version.
/// </summary>
public sealed class StoreConcurrencyException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StoreConcurrencyException"/> class.</summary>
    /// <param name="record">The record's name.</param>
    /// <param name="expectedVersion">The version the commit expected.</param>
    /// <param name="actualVersion">The record's version in the store.</param>
    public StoreConcurrencyException(string record, long expectedVersion, long actualVersion)
        : base($"The commit to record '{record}' expected version {expectedVersion}, but the store holds version {actualVersion}: nothing was written; read version {actualVersion}, reapply the change and commit again.")
    {
        Record = record;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Initializes a new instance of the <see cref="StoreConcurrencyException"/> class.</summary>
    public StoreConcurrencyException()
        : this(string.Empty, 0, 0)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StoreConcurrencyException"/> class.</summary>
    /// <param name="message">The message.</param>
    public StoreConcurrencyException(string message)
        : base(message)
    {
        Record = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="StoreConcurrencyException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StoreConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Record = string.Empty;
    }

    /// <summary>Gets the record's name.</summary>
    public string Record { get; }

    /// <summary>Gets the version the refused commit expected.</summary>
    public long ExpectedVersion { get; }

    /// <summary>Gets the version the store held.</summary>
    public long ActualVersion { get; }
}
