using System.Text.RegularExpressions;

namespace NegotiationModel.Validation;

/// <summary>
/// One problem found in a record by validation: how serious it is, a stable code, a message that says
/// what is wrong, the JSON path of the offending member and the entities involved.
/// </summary>
/// <remarks>
/// <para>Codes are documented, with examples and fixes, in <c>docs/diagnostics.md</c>; the built-in ones are in <see cref="DiagnosticCodes"/>.</para>
/// <para>Equality: by value over all members, <see cref="RelatedIds"/> element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial record Diagnostic
{
    /// <summary>Initializes a new diagnostic.</summary>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="code">A stable code: letters then digits, such as <c>NM1002</c>.</param>
    /// <param name="message">What is wrong, in a sentence; not blank.</param>
    /// <param name="path">The JSON path of the offending member, such as <c>$['statements'][3]['speakers'][0]</c>; <see cref="JsonPath.Root"/> for the record as a whole.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public Diagnostic(DiagnosticSeverity severity, string code, string message, JsonPath path)
    {
        Severity = severity;
        Code = code;
        Message = message;
        Path = path;
    }

    /// <summary>Gets how serious the problem is.</summary>
    public DiagnosticSeverity Severity { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Severity)); }

    /// <summary>Gets the stable code, such as <c>NM1002</c>: letters, then digits.</summary>
    public string Code
    {
        get;
        init => field = Guard.Against.Invalid(value, !CodePattern().IsMatch(Guard.Against.Null(value, nameof(Code))), nameof(Code), $"'{value}' is not a diagnostic code: use letters then digits, such as NM1002.");
    }

    /// <summary>Gets what is wrong, in a sentence.</summary>
    public string Message { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Message)); }

    /// <summary>Gets the JSON path of the offending member in the record's JSON, such as <c>$['statements'][3]['speakers'][0]</c>; <see cref="JsonPath.Root"/> for the record as a whole.</summary>
    public JsonPath Path { get; init => field = Guard.Against.Null(value, nameof(Path)); }

    /// <summary>Gets the entities the problem involves: the entity holding the offending member first, then the ones it refers to.</summary>
    public ValueList<EntityReference> RelatedIds { get; init; }

    /// <summary>Returns the diagnostic as one line, such as <c>error NM1002: ... (at $['statements'][3]['speakers'][0])</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{SeverityName(Severity)} {Code}: {Message} (at {Path})";

    internal static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    [GeneratedRegex(@"^[A-Za-z]+[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
