namespace NegotiationModel.Validation;

/// <summary>
/// A check of a record that reports what it finds to a <see cref="ValidationContext"/>: the extension point
/// for rules of an application's own. Add rules with <see cref="RecordValidator.WithRule"/>.
/// </summary>
/// <remarks>
/// <para>
/// A rule reports every problem it finds and does not stop at the first; it does not throw for a record
/// that loaded (an exception from a rule propagates out of <see cref="RecordValidator.Validate(NegotiationRecord)"/>).
/// Use codes of your own, outside the <c>NM</c> prefix of the built-in rules, such as <c>APP1001</c>.
/// </para>
/// <para>A validator may run a rule on several threads at once: rules should keep no state between calls.</para>
/// </remarks>
/// <example>
/// <code>
/// sealed class StatementsNeedAnEvent : IValidationRule
/// {
///     public void Check(NegotiationRecord record, ValidationContext context)
///     {
///         foreach (var statement in record.Statements.Where(s => s.Event is null))
///         {
///             var reference = EntityReference.To(statement.Id);
///             context.Report(DiagnosticSeverity.Warning, "APP1001", $"Statement '{statement.Id}' names no event.", context.PathOf(reference) ?? JsonPath.Root, reference);
///         }
///     }
/// }
/// </code>
/// </example>
public interface IValidationRule
{
    /// <summary>Checks a record and reports every problem found.</summary>
    /// <param name="record">The record.</param>
    /// <param name="context">Where to report, and look-ups over the record.</param>
    void Check(NegotiationRecord record, ValidationContext context);
}
