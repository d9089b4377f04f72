namespace NegotiationModel.Interop;

/// <summary>The input is not of the format an importer reads, or breaks one of its rules; the message names where.</summary>
/// <remarks>Thrown by every importer of this package for bad input, never for a bug; the message is meant for the user.</remarks>
public sealed class InteropFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public InteropFormatException()
    {
        Location = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InteropFormatException(string message)
        : base(message)
    {
        Location = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InteropFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Location = string.Empty;
    }

    /// <summary>Creates the exception for a place in an input.</summary>
    /// <param name="location">Where: the input's name and the path inside it, e.g. <c>people.json: persons[3].birth_date</c>.</param>
    /// <param name="message">What is wrong there.</param>
    public InteropFormatException(string location, string message)
        : base($"{location}: {message}")
    {
        Location = location;
    }

    /// <summary>Creates the exception for a place in an input, with its cause.</summary>
    /// <param name="location">Where: the input's name and the path inside it.</param>
    /// <param name="message">What is wrong there.</param>
    /// <param name="innerException">The cause.</param>
    public InteropFormatException(string location, string message, Exception innerException)
        : base($"{location}: {message}", innerException)
    {
        Location = location;
    }

    /// <summary>Gets where in the input the problem is (empty when not known).</summary>
    public string Location { get; }
}
