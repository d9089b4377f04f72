using NegotiationModel.Timelines;

namespace NegotiationModel.Validation;

/// <summary>
/// What a <see cref="IValidationRule"/> works with during one validation: where to report diagnostics,
/// and look-ups over the record that are built once for all rules.
/// </summary>
/// <remarks>
/// <para>A context serves one call of <see cref="RecordValidator.Validate(NegotiationRecord)"/>, on one thread; it is not thread-safe.
/// Its look-ups are given back when the call returns: keep what a rule needs from them, not the context.</para>
/// </remarks>
public sealed class ValidationContext
{
    private readonly List<Diagnostic> diagnostics = [];
    private readonly DiagnosticBudget budget;
    private TimeModel? time;
    private readonly bool fastPaths;
    private bool isOver;

    internal ValidationContext(NegotiationRecord record, DiagnosticLimits limits, bool fastPaths)
        : this(record, RecordModel.Of(record, fastPaths), limits, fastPaths)
    {
    }

    /// <summary>Initializes a context over a model of the record already made (<see cref="RecordModel.ForReading"/>), which it disposes of.</summary>
    internal ValidationContext(NegotiationRecord record, RecordModel model, DiagnosticLimits limits, bool fastPaths)
    {
        Record = record;
        this.fastPaths = fastPaths;
        budget = new DiagnosticBudget(limits);
        Model = model;
    }

    /// <summary>Gets the record being validated.</summary>
    public NegotiationRecord Record { get; }

    /// <summary>
    /// Gets a context that resolves the record's times to windows: floating values in UTC, and relative
    /// values through the own times of the entities they are anchored to, cycles left unresolved; the
    /// record's own <see cref="NegotiationRecordTimeExtensions.TimeContext(NegotiationRecord)"/>, so validation and timelines place every
    /// value alike. Which entities have a time of their own, and what it is: <c>docs/time.md</c>.
    /// </summary>
    /// <example><c>statement.When?.Resolve(context.TimeContext)</c></example>
    /// <exception cref="InvalidOperationException">The validation this context served is over.</exception>
    public WhenContext TimeContext => isOver ? throw Over() : Record.TimeContext();

    internal RecordModel Model { get; }

    internal TimeModel Time => time ??= new TimeModel(Record, Model, fastPaths);

    /// <summary>Reports a diagnostic. Past the validator's <see cref="DiagnosticLimits"/> it is only counted, in the report's final <see cref="DiagnosticCodes.DiagnosticsOmitted"/>.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    public void Report(Diagnostic diagnostic)
    {
        Guard.Against.Null(diagnostic);
        if (budget.TryTake(diagnostic.Severity, diagnostic.Code))
        {
            diagnostics.Add(diagnostic);
        }
    }

    /// <summary>Reports a diagnostic. Past the validator's <see cref="DiagnosticLimits"/> it is only counted, and not built.</summary>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="code">A stable code of your own, such as <c>APP1001</c>.</param>
    /// <param name="message">What is wrong, in a sentence.</param>
    /// <param name="path">The JSON path of the offending member; <see cref="PathOf"/> gives an entity's.</param>
    /// <param name="relatedIds">The entities involved: the one holding the member first.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules of <see cref="Diagnostic(DiagnosticSeverity, string, string, JsonPath)"/>.</exception>
    public void Report(DiagnosticSeverity severity, string code, string message, JsonPath path, params ReadOnlySpan<EntityReference> relatedIds)
    {
        if (budget.TryTake(severity, code))
        {
            diagnostics.Add(new Diagnostic(severity, code, message, path) { RelatedIds = ValueList.Create(relatedIds) });
        }
    }

    /// <summary>Returns the JSON path of an entity or phase, such as <c>$['proposals'][1]['versions'][0]['provisions'][2]</c>; append member names to it.</summary>
    /// <param name="entity">The entity, or a phase (<see cref="EntityReference.To{TId}(TId)"/> of a <see cref="Identifiers.PhaseId"/>).</param>
    /// <returns>The path of its first definition, or <see langword="null"/> when the record holds none.</returns>
    /// <exception cref="InvalidOperationException">The validation this context served is over.</exception>
    public JsonPath? PathOf(EntityReference entity)
        => isOver ? throw Over() : Model.Find(entity)?.Path.ToJsonPath();

    /// <summary>
    /// Tells whether a diagnostic of <paramref name="code"/> is past the limits, and then counts it as left
    /// out: a built-in rule asks before it builds a message or a path, so that diagnostics past the limits cost
    /// no work. After false, the rule reports the diagnostic as usual (it is counted once, as kept).
    /// </summary>
    internal bool Omits(DiagnosticSeverity severity, string code) => budget.IsFull(code) && !budget.TryTake(severity, code);

    /// <summary>Counts diagnostics left out without being asked for one by one (<see cref="Room"/> said there was no room for them).</summary>
    internal void Omit(DiagnosticSeverity severity, string code, long count) => budget.Omit(severity, code, count);

    /// <summary>Returns how many more diagnostics of <paramref name="code"/> the report can keep.</summary>
    internal int Room(string code) => budget.Room(code);

    internal ValueList<Diagnostic> Diagnostics() => budget.Omitted() is { } omitted ? ValueList.From([.. diagnostics, omitted]) : ValueList.From(diagnostics);

    private static InvalidOperationException Over()
        => new("The validation this context served is over: its look-ups are gone. Use them during IValidationRule.Check.");

    /// <summary>Ends the validation: gives back the tables the walk rented.</summary>
    internal void End()
    {
        isOver = true;
        Model.Dispose();
    }
}
