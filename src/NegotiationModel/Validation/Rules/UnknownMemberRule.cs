namespace NegotiationModel.Validation.Rules;

/// <summary>
/// NM9001: members of the JSON the model does not know. Pending: the JSON reader skips unknown members
/// without keeping them, so for records read today there is nothing to report. The hook is
/// <see cref="UnknownMembers"/>: once the reader records the paths of what it skipped there, this rule
/// reports each, unchanged.
/// </summary>
internal sealed class UnknownMemberRule : IValidationRule
{
    public void Check(NegotiationRecord record, ValidationContext context)
    {
        foreach (var path in UnknownMembers.Of(record))
        {
            context.Report(
                DiagnosticSeverity.Warning,
                DiagnosticCodes.UnknownMember,
                $"The JSON holds a member '{path[(path.LastIndexOf('.') + 1)..]}' that this version of the model does not know; it was dropped on reading and will be lost on writing. Check its spelling, or upgrade NegotiationModel.",
                path);
        }
    }
}
