namespace NegotiationModel.Storage;

/// <summary>
/// The store cannot be used by this version of the library: it is not initialised, it was made by a newer version
/// (its schema version is higher than this package knows), or it needs migrating (run <c>store init</c>).
/// </summary>
public sealed class StoreSchemaException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StoreSchemaException"/> class.</summary>
    public StoreSchemaException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StoreSchemaException"/> class.</summary>
    /// <param name="message">The message.</param>
    public StoreSchemaException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StoreSchemaException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StoreSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
