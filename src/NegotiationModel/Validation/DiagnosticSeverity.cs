using System.Text.Json.Serialization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Validation;

/// <summary>How serious a <see cref="Diagnostic"/> is; members are ordered, so <c>severity &gt;= Warning</c> selects warnings and errors.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing, not wrong: such as a statement that cites no source.</summary>
    Info = 1,

    /// <summary>Probably wrong or incomplete, though a record can say it: such as a proposal marked superseded whose successor is not in the record.</summary>
    Warning = 2,

    /// <summary>Wrong: the record contradicts itself or breaks a rule of the model, such as a reference to an actor the record does not hold.</summary>
    Error = 3,
}
