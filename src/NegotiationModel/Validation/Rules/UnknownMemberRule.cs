using NegotiationModel.Serialization;

namespace NegotiationModel.Validation.Rules;

/// <summary>
/// NM9001: members of the JSON the model does not know. Reading keeps them (they are written back), but
/// nothing in the model reads them: a misspelt member is as good as missing.
/// </summary>
internal sealed class UnknownMemberRule : IValidationRule
{
    public void Check(NegotiationRecord record, ValidationContext context)
    {
        // The walk of the record has seen every object; only a record that holds unknown members is walked
        // again, by the finder that names them.
        if (!context.Model.HasUnknownMembers)
        {
            return;
        }

        // Only those the report can keep get a path and a message; the others are only counted.
        var (members, count) = UnknownMemberFinder.Find(record, JsonFormat.Lenient, context.Room(DiagnosticCodes.UnknownMember));
        foreach (var (path, _) in members)
        {
            context.Report(
                DiagnosticSeverity.Warning,
                DiagnosticCodes.UnknownMember,
                $"The JSON holds a member {InvariantMessage.Quote(path.LastSegment.Name!)} that this version of the model does not know; it is kept and written back, but nothing reads it. Check its spelling, or upgrade NegotiationModel.",
                path);
        }

        context.Omit(DiagnosticSeverity.Warning, DiagnosticCodes.UnknownMember, count - members.Count);
    }
}
