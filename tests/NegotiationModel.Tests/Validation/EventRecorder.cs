using NegotiationModel.Time;
using NegotiationModel.Walking;

namespace NegotiationModel.Tests.Validation;

/// <summary>Writes what a <see cref="RecordWalker"/> reports as the lines <see cref="ContractWalk"/> writes.</summary>
internal sealed class EventRecorder : RecordVisitor
{
    public List<string> Events { get; } = [];

    public bool SawUnknownMembers { get; private set; }

    public static EventRecorder Of(NegotiationRecord record)
    {
        var recorder = new EventRecorder();
        using var paths = new PathTable();
        RecordWalker.Walk(record, recorder, paths);
        return recorder;
    }

    public override void VisitDefinition(EntityReference definition, object value, SitePath path)
        => Events.Add($"definition {definition} at {path}");

    public override void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
        => Events.Add($"reference {kind}:{id} at {path} of {owner?.Reference}");

    public override void VisitObject(object value, SitePath path, IRecordEntity? owner)
        => Events.Add($"object {value.GetType().Name} at {path} of {owner?.Reference}");

    public override void VisitWhen(When when, SitePath path, IRecordEntity? owner)
        => Events.Add($"when {when} at {path} of {owner?.Reference}");

    public override void VisitUnknownMembers() => SawUnknownMembers = true;
}
