using System.Globalization;
using System.Text.Json.Serialization;

namespace NegotiationModel.Validation;

/// <summary>What validating a record found: every diagnostic, grouped by rule in the order of their codes, in record order within a rule.</summary>
/// <remarks>
/// <para>Equality: by value over <see cref="Diagnostics"/>, element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ValidationReport
{
    /// <summary>Initializes a new report.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    public ValidationReport(ValueList<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every diagnostic.</summary>
    public ValueList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    [JsonIgnore]
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the number of errors.</summary>
    [JsonIgnore]
    public int ErrorCount => Count(DiagnosticSeverity.Error);

    /// <summary>Gets the number of warnings.</summary>
    [JsonIgnore]
    public int WarningCount => Count(DiagnosticSeverity.Warning);

    /// <summary>Gets the number of information diagnostics.</summary>
    [JsonIgnore]
    public int InfoCount => Count(DiagnosticSeverity.Info);

    /// <summary>Returns the diagnostics with a code.</summary>
    /// <param name="code">The code, such as <c>NM1002</c> (<see cref="DiagnosticCodes"/>).</param>
    /// <returns>The diagnostics with that code, in report order; empty when none has it.</returns>
    public ValueList<Diagnostic> WithCode(string code) => ValueList.From(Diagnostics.Where(d => d.Code == code));

    /// <summary>Returns the counts, such as <c>2 errors, 1 warning, 0 infos</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{ErrorCount} {Plural(ErrorCount, "error")}, {WarningCount} {Plural(WarningCount, "warning")}, {InfoCount} {Plural(InfoCount, "info")}");

    private int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity);

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
