using System.Globalization;

namespace NegotiationModel.Validation;

/// <summary>
/// How many diagnostics a <see cref="RecordValidator"/> keeps: at most <see cref="PerCode"/> of each code and
/// <see cref="Total"/> in all. Past a limit, a diagnostic is only counted (the built-in rules do not even build
/// its message or path), and the report ends with one <see cref="DiagnosticCodes.DiagnosticsOmitted"/>
/// diagnostic that says how many of each code were left out. A record that breaks one rule a million times
/// thus costs no more to validate, and gives no longer a report, than one that breaks it a thousand times.
/// </summary>
/// <remarks>
/// <para>Equality: by value over <see cref="PerCode"/> and <see cref="Total"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example><c>RecordValidator.Default.WithLimits(new DiagnosticLimits(perCode: 50, total: 500))</c></example>
public sealed record DiagnosticLimits
{
    /// <summary>Initializes new limits.</summary>
    /// <param name="perCode">The most diagnostics of one code to keep; at least 1.</param>
    /// <param name="total">The most diagnostics to keep in all, the final count excluded; at least 1.</param>
    /// <exception cref="ArgumentException">A limit is zero or negative.</exception>
    public DiagnosticLimits(int perCode, int total)
    {
        PerCode = perCode;
        Total = total;
    }

    /// <summary>Gets the limits of <see cref="RecordValidator.Default"/>: 1 000 diagnostics per code, 10 000 in all.</summary>
    public static DiagnosticLimits Default { get; } = new(1_000, 10_000);

    /// <summary>Gets limits that keep every diagnostic: a report then grows with the number of problems, without bound.</summary>
    public static DiagnosticLimits None { get; } = new(int.MaxValue, int.MaxValue);

    /// <summary>Gets the most diagnostics of one code the report keeps.</summary>
    public int PerCode { get; init => field = Guard.Against.NegativeOrZero(value, nameof(PerCode)); }

    /// <summary>Gets the most diagnostics the report keeps in all, the final count of those left out excluded.</summary>
    public int Total { get; init => field = Guard.Against.NegativeOrZero(value, nameof(Total)); }

    /// <summary>Returns the limits, such as <c>1000 per code, 10000 in all</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PerCode} per code, {Total} in all");
}
