namespace NegotiationModel.Storage;

/// <summary>
/// A commit was refused because the store takes no writes: a PostgreSQL streaming replica (or a session whose transactions
/// are read-only), or a SQLite file opened read-only. Nothing was written; commit to the primary, or to a writable file.
/// The engine's own error is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class StoreReadOnlyException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StoreReadOnlyException"/> class.</summary>
    public StoreReadOnlyException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StoreReadOnlyException"/> class.</summary>
    /// <param name="message">The message.</param>
    public StoreReadOnlyException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StoreReadOnlyException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The engine's error.</param>
    public StoreReadOnlyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
