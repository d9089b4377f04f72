using NegotiationModel.Time;

namespace NegotiationModel.Validation;

/// <summary>
/// What one walk of a record finds, kept for the rules: every entity and phase defined, with its path;
/// every reference, object and time value, with its path and the entity holding it.
/// </summary>
internal sealed class RecordModel : RecordVisitor
{
    private readonly Dictionary<EntityReference, Site> definitions = [];
    private readonly Dictionary<string, List<EntityKind>> kindsById = new(StringComparer.Ordinal);

    private RecordModel()
    {
    }

    /// <summary>Gets the second and later definitions of an identifier already defined, each with the first.</summary>
    public List<(Site Duplicate, Site First)> Duplicates { get; } = [];

    /// <summary>Gets every reference, in record order.</summary>
    public List<ReferenceSite> References { get; } = [];

    /// <summary>Gets every object (entities and the values inside them), in record order.</summary>
    public List<Site> Objects { get; } = [];

    /// <summary>Gets every time value, in record order.</summary>
    public List<WhenSite> Whens { get; } = [];

    public static RecordModel Of(NegotiationRecord record)
    {
        var model = new RecordModel();
        RecordWalker.Walk(record, model);
        return model;
    }

    /// <summary>Finds the first definition of an entity or phase.</summary>
    public Site? Find(EntityReference reference) => definitions.TryGetValue(reference, out var site) ? site : null;

    /// <summary>Gets the kinds of entity defined with an identifier, in the order first defined; empty when none.</summary>
    public IReadOnlyList<EntityKind> KindsOf(string id) => kindsById.TryGetValue(id, out var kinds) ? kinds : [];

    public override void VisitDefinition(EntityReference definition, object value, JsonPath? path)
    {
        var site = new Site(value, path!, value as IRecordEntity);
        if (!definitions.TryAdd(definition, site))
        {
            Duplicates.Add((site, definitions[definition]));
            return;
        }

        if (!kindsById.TryGetValue(definition.Id, out var kinds))
        {
            kindsById[definition.Id] = kinds = [];
        }

        kinds.Add(definition.Kind);
    }

    public override void VisitReference(EntityKind kind, string? id, JsonPath? path, IRecordEntity? owner)
        => References.Add(new ReferenceSite(kind, id, path!, owner));

    public override void VisitObject(object value, JsonPath? path, IRecordEntity? owner)
        => Objects.Add(new Site(value, path!, owner));

    public override void VisitWhen(When when, JsonPath? path, IRecordEntity? owner)
        => Whens.Add(new WhenSite(when, path!, owner));

    /// <summary>An object at a path, held by an entity (for an entity: itself; for a phase: its proposal).</summary>
    internal readonly record struct Site(object Value, JsonPath Path, IRecordEntity? Owner);

    /// <summary>A reference at a path, held by an entity.</summary>
    internal readonly record struct ReferenceSite(EntityKind Kind, string? Id, JsonPath Path, IRecordEntity? Owner);

    /// <summary>A time value at a path, held by an entity.</summary>
    internal readonly record struct WhenSite(When When, JsonPath Path, IRecordEntity? Owner);
}
