using NegotiationModel.Serialization;
using NegotiationModel.Validation;

namespace NegotiationModel.Benchmarks;

/// <summary>What users do with the library, as the benchmarks and the quick mode both measure it.</summary>
internal static class Operations
{
    /// <summary>Gets a value indicating whether <see cref="Load"/> validates.</summary>
    public static bool LoadValidates => true;

    /// <summary>Gets the read options: the defaults, but large enough for the 1 M-statement record (1.3 GB).</summary>
    public static NegotiationJsonReadOptions ReadOptions { get; } = new() { MaxInputBytes = Array.MaxLength };

    /// <summary>Reads a record from UTF-8 JSON.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The record.</returns>
    public static NegotiationRecord Deserialize(ReadOnlySpan<byte> json) => NegotiationJson.Deserialize(json, ReadOptions);

    /// <summary>Runs only the checks reading makes of untrusted input before the serializer sees it (syntax, depth, duplicate names, UTF-8, lone surrogates).</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The input's length, so that the work cannot be optimised away.</returns>
    public static int CheckInput(ReadOnlySpan<byte> json)
    {
        JsonInputValidator.Validate(json, ReadOptions.MaxDepth);
        return json.Length;
    }

    /// <summary>Loads a record from UTF-8 JSON as a service would before using it: reads it and checks it.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The record.</returns>
    /// <exception cref="InvalidOperationException">The record has errors; the synthetic records have none.</exception>
    public static NegotiationRecord Load(ReadOnlySpan<byte> json)
    {
        var record = Deserialize(json);
        return Checked(record, RecordValidator.Default.Validate(record));
    }

    /// <summary>
    /// Loads a record as <see cref="Load"/> does, in one call that walks each entity for validation as soon as it is read
    /// (the internal <c>RecordValidator.Validate(bytes, options, out record)</c>, held back: docs/performance-log.md,
    /// "Validating from bytes").
    /// </summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The record.</returns>
    /// <exception cref="InvalidOperationException">The record has errors; the synthetic records have none.</exception>
    public static NegotiationRecord LoadFromBytes(ReadOnlySpan<byte> json)
    {
        var report = RecordValidator.Default.Validate(json, ReadOptions, out var record);
        return Checked(record, report);
    }

    private static NegotiationRecord Checked(NegotiationRecord record, ValidationReport report)
        => report.HasErrors
            ? throw new InvalidOperationException("The record does not validate: " + string.Join(Environment.NewLine, report.Diagnostics.Take(5)))
            : record;
}
