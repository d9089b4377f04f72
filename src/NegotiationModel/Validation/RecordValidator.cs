using NegotiationModel.Serialization;
using NegotiationModel.Validation.Rules;

namespace NegotiationModel.Validation;

/// <summary>
/// Validates a record: runs every built-in rule, and any rules of your own, and returns a report of every
/// problem found. A record that loaded from JSON is never rejected by an exception: everything wrong is a
/// <see cref="Diagnostic"/> in the <see cref="ValidationReport"/>.
/// </summary>
/// <remarks>
/// <para>The cost grows linearly with the size of the record: look-up tables are built once, and each rule makes one pass.
/// The report is bounded by <see cref="Limits"/>: past them, the built-in rules count diagnostics without building them.</para>
/// <para>This type is immutable and thread-safe, provided its rules are.</para>
/// </remarks>
/// <example>
/// <code>
/// var report = RecordValidator.Default.Validate(record);
/// foreach (var diagnostic in report.Diagnostics)
/// {
///     Console.WriteLine(diagnostic); // error NM1002: The record holds no actor 'putn'. (at $['statements'][3]['speakers'][0])
/// }
/// </code>
/// </example>
public sealed class RecordValidator
{
    private static readonly IValidationRule[] BuiltInRules =
    [
        new IdentityAndReferenceRules(),
        new TimeRules(),
        new SourceRules(),
        new ValueRules(),
        new StructureRules(),
        new UnknownMemberRule(),
        new FormatVersionRule(),
    ];

    private readonly IValidationRule[] rules;

    /// <summary>Initializes a new validator with the built-in rules and, after them, <paramref name="additionalRules"/>, and the <see cref="DiagnosticLimits.Default"/> limits.</summary>
    /// <param name="additionalRules">Rules of your own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="additionalRules"/> or one of them is null.</exception>
    public RecordValidator(params IEnumerable<IValidationRule> additionalRules)
        : this(DiagnosticLimits.Default, additionalRules, fastPaths: true)
    {
    }

    private RecordValidator(DiagnosticLimits limits, IEnumerable<IValidationRule> additionalRules, bool fastPaths)
    {
        Guard.Against.Null(additionalRules);
        var extra = additionalRules.ToArray();
        foreach (var rule in extra)
        {
            Guard.Against.Null(rule, nameof(additionalRules));
        }

        rules = [.. BuiltInRules, .. extra];
        Limits = limits;
        FastPaths = fastPaths;
    }

    /// <summary>Gets a validator with the built-in rules only, and the <see cref="DiagnosticLimits.Default"/> limits.</summary>
    public static RecordValidator Default { get; } = new();

    /// <summary>Gets the number of rules the validator runs, built-in ones included.</summary>
    public int RuleCount => rules.Length;

    /// <summary>Gets how many diagnostics a report keeps, per code and in all; past them, a final <see cref="DiagnosticCodes.DiagnosticsOmitted"/> counts the rest.</summary>
    public DiagnosticLimits Limits { get; }

    /// <summary>
    /// Gets a value indicating whether validation skips work whose answer it can tell in advance (see
    /// <see cref="TimeModel"/>); the plain path does all of it, and the differential test requires the same report from both.
    /// </summary>
    internal bool FastPaths { get; }

    /// <summary>Returns a validator with the same rules and other limits.</summary>
    /// <param name="limits">How many diagnostics to keep; <see cref="DiagnosticLimits.None"/> keeps all.</param>
    /// <returns>A new validator; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public RecordValidator WithLimits(DiagnosticLimits limits)
    {
        Guard.Against.Null(limits);
        return new RecordValidator(limits, rules.Skip(BuiltInRules.Length), FastPaths);
    }

    /// <summary>Returns a validator that also runs <paramref name="rule"/>, after this one's rules.</summary>
    /// <param name="rule">A rule of your own.</param>
    /// <returns>A new validator; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public RecordValidator WithRule(IValidationRule rule)
    {
        Guard.Against.Null(rule);
        return new RecordValidator(Limits, rules.Skip(BuiltInRules.Length).Append(rule), FastPaths);
    }

    /// <summary>Returns a validator with the same rules and limits that takes the plain path: the reference the fast paths are tested against.</summary>
    internal RecordValidator WithoutFastPaths() => new(Limits, rules.Skip(BuiltInRules.Length), fastPaths: false);

    /// <summary>Validates a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>
    /// Every diagnostic found, within <see cref="Limits"/>: built-in rules' first, by code, then those of added
    /// rules in the order added; last, when some were left out, one <see cref="DiagnosticCodes.DiagnosticsOmitted"/> that counts them.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public ValidationReport Validate(NegotiationRecord record)
    {
        Guard.Against.Null(record);
        return Run(new ValidationContext(record, Limits, FastPaths));
    }

    /// <summary>Reads a record from UTF-8 JSON bytes with the <see cref="NegotiationJsonReadOptions.Default"/> options, and validates it.</summary>
    /// <param name="utf8Json">The UTF-8 bytes, without a byte order mark.</param>
    /// <param name="record">The record read: what <see cref="NegotiationJson.Deserialize(ReadOnlySpan{byte})"/> returns.</param>
    /// <returns>The report <see cref="Validate(NegotiationRecord)"/> gives for <paramref name="record"/>.</returns>
    /// <exception cref="NegotiationJsonException">The bytes are not a valid record: the exception <see cref="NegotiationJson.Deserialize(ReadOnlySpan{byte})"/> throws.</exception>
    /// <remarks><inheritdoc cref="Validate(ReadOnlySpan{byte}, NegotiationJsonReadOptions, out NegotiationRecord)" path="/remarks"/></remarks>
    /// <example>
    /// <code>
    /// var report = RecordValidator.Default.Validate(File.ReadAllBytes("talks.json"), out var record);
    /// Console.WriteLine($"{record.Title}: {report.Diagnostics.Count} diagnostics");
    /// </code>
    /// </example>
    internal ValidationReport Validate(ReadOnlySpan<byte> utf8Json, out NegotiationRecord record)
        => Validate(utf8Json, NegotiationJsonReadOptions.Default, out record);

    /// <summary>Reads a record from UTF-8 JSON bytes, and validates it.</summary>
    /// <param name="utf8Json">The UTF-8 bytes, without a byte order mark.</param>
    /// <param name="options">The limits and strictness of the read, as <see cref="NegotiationJson.Deserialize(ReadOnlySpan{byte}, NegotiationJsonReadOptions)"/> takes them.</param>
    /// <param name="record">The record read: what <see cref="NegotiationJson.Deserialize(ReadOnlySpan{byte}, NegotiationJsonReadOptions)"/> returns.</param>
    /// <returns>The report <see cref="Validate(NegotiationRecord)"/> gives for <paramref name="record"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">The bytes are not a valid record: the exception <see cref="NegotiationJson.Deserialize(ReadOnlySpan{byte}, NegotiationJsonReadOptions)"/> throws.</exception>
    /// <remarks>
    /// <para>Equivalence: the record and the report are those of <c>Validate(NegotiationJson.Deserialize(utf8Json, options))</c>,
    /// for every input, rules of your own and <see cref="WithLimits"/> included; malformed input throws the same exception,
    /// with the same message, path, line and position.</para>
    /// <para>Held back (internal): at a million statements it measured slower than the two steps it stands for
    /// (docs/performance-log.md, "Validating from bytes: the walk while the record is hot").</para>
    /// <para>Cost: validation first walks the whole record for what its rules look up (definitions, references, times, with
    /// their paths); here each entity of the record's lists is walked as soon as it is read, while it is still in the cache,
    /// rather than after the whole record is built, when a large record has left the cache. When the document's top-level
    /// members are not in the order the library writes them, or the record declares an earlier format version, the record is
    /// walked after it is read, as <see cref="Validate(NegotiationRecord)"/> does: the same report, at the cost of the two steps.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var report = RecordValidator.Default.Validate(bytes, NegotiationJsonReadOptions.Strict, out var record);
    /// </code>
    /// </example>
    internal ValidationReport Validate(ReadOnlySpan<byte> utf8Json, NegotiationJsonReadOptions options, out NegotiationRecord record)
    {
        Guard.Against.Null(options);
        return Validate(utf8Json, options, out record, out _);
    }

    /// <summary>Reads and validates a record, saying whether the record was walked while it was read (or after, as a fallback).</summary>
    internal ValidationReport Validate(ReadOnlySpan<byte> utf8Json, NegotiationJsonReadOptions options, out NegotiationRecord record, out bool walkedWhileRead)
    {
        walkedWhileRead = false;
        if (!FastPaths)
        {
            // The plain path keeps every object for the value rules, which the walk fed by the reader does not.
            record = NegotiationJson.Deserialize(utf8Json, options);
            return Validate(record);
        }

        var model = RecordModel.ForReading(ExpectedDefinitions(utf8Json.Length), out var walk);
        try
        {
            record = JsonDocumentReader.ReadRecord(utf8Json, options, walk, out var read);
            walkedWhileRead = read && model.TryEnd(record, walk);
        }
        finally
        {
            if (!walkedWhileRead)
            {
                model.Dispose();
            }
        }

        return walkedWhileRead ? Run(new ValidationContext(record, model, Limits, FastPaths)) : Validate(record);
    }

    // The synthetic records of the benchmarks hold a definition per 600 to 700 bytes; the table grows past a low guess.
    private static int ExpectedDefinitions(int bytes) => bytes / 640;

    private ValidationReport Run(ValidationContext context)
    {
        var record = context.Record;
        try
        {
            foreach (var rule in rules)
            {
                rule.Check(record, context);
            }

            return new ValidationReport(context.Diagnostics());
        }
        finally
        {
            context.End();
        }
    }
}
