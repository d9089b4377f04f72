namespace NegotiationModel.Validation.Rules;

/// <summary>
/// NM9002: a record that uses an addition to the format newer than the <c>schemaVersion</c> it declares (a
/// <c>"1.0"</c> record with a member, an enum value, a provision kind or a time form added in 1.1): a reader of
/// the declared version would not know it. Free for a record that declares the current version or a later one.
/// </summary>
internal sealed class FormatVersionRule : IValidationRule
{
    public void Check(NegotiationRecord record, ValidationContext context)
    {
        var declared = record.SchemaVersion;
        if (!Applies(record))
        {
            return;
        }

        var uses = new List<AdditionUse>();
        foreach (var site in context.Model.Objects)
        {
            var additions = AdditionsInUse.Of(site.Value.GetType());
            if (additions.Newest <= declared)
            {
                continue;
            }

            uses.Clear();
            additions.Find(site.Value, declared, uses);
            foreach (var use in uses)
            {
                if (!context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.NewerThanDeclaredVersion))
                {
                    context.Report(
                        DiagnosticSeverity.Error,
                        DiagnosticCodes.NewerThanDeclaredVersion,
                        Message($"{use.Addition.Description} ({use.Addition.Key}) was added in format {use.Addition.Version}", use.Addition.Version, declared),
                        use.PathFrom(site.Path),
                        RuleText.Related(site.Owner));
                }
            }
        }

        foreach (var site in context.Model.Whens)
        {
            if (WhenFormatVersions.Of(site.When) is var version && version > declared && !context.Omits(DiagnosticSeverity.Error, DiagnosticCodes.NewerThanDeclaredVersion))
            {
                context.Report(
                    DiagnosticSeverity.Error,
                    DiagnosticCodes.NewerThanDeclaredVersion,
                    Message($"the time value '{site.When}' is written in a form added in format {version}", version, declared),
                    site.Path,
                    RuleText.Related(site.Owner));
            }
        }
    }

    /// <summary>
    /// Tells whether the rule has anything to look for: only in a record that declares an earlier format version than the
    /// current. The walk keeps every object and time value (<see cref="RecordModel.Objects"/>) only for such a record.
    /// </summary>
    internal static bool Applies(NegotiationRecord record) => record.SchemaVersion < SchemaVersion.Current;

    private static string Message(string what, SchemaVersion added, SchemaVersion declared)
        => $"The record declares schemaVersion {declared}, but {what}: a reader of {declared} does not know it. Raise the record's SchemaVersion to {added} (\"schemaVersion\": \"{added}\"), or leave it out.";
}
