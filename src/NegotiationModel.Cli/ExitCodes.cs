namespace NegotiationModel.Cli;

/// <summary>The process exit codes every command shares.</summary>
internal static class ExitCodes
{
    /// <summary>Success: no errors (warnings allowed), or for <c>diff</c> no difference.</summary>
    public const int Success = 0;

    /// <summary>The input has errors (or, for <c>diff</c>, the inputs differ).</summary>
    public const int Failure = 1;

    /// <summary>A usage or I/O problem: bad arguments, a missing or unreadable file.</summary>
    public const int UsageOrIo = 2;
}
