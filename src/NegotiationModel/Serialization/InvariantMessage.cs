namespace NegotiationModel.Serialization;

/// <summary>Turns the exception a model constructor throws into a message for a reader of the JSON.</summary>
internal static class InvariantMessage
{
    /// <summary>Returns the message without the " (Parameter 'x')" suffix, which names a C# argument, not a JSON member.</summary>
    public static string Of(ArgumentException exception)
    {
        var message = exception.Message;
        var suffix = exception.ParamName is null ? null : $" (Parameter '{exception.ParamName}')";
        return suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}
