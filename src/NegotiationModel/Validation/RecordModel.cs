using NegotiationModel.Time;

namespace NegotiationModel.Validation;

/// <summary>
/// What one walk of a record finds, kept for the rules: every entity and phase defined, with its path;
/// every reference, object and time value, with its path and the entity holding it.
/// </summary>
/// <remarks>The tables are rented: <see cref="Dispose"/> gives them back once the rules have run.</remarks>
internal sealed class RecordModel : RecordVisitor, IDisposable
{
    private readonly PooledList<ReferenceSite> references;
    private readonly PooledList<Site> objects;
    private readonly PooledList<WhenSite> whens;
    private readonly PathTable paths;
    private readonly Dictionary<EntityReference, Site> definitions;
    private Dictionary<string, List<EntityKind>>? kindsById;

    private RecordModel(int entityCount)
    {
        definitions = new Dictionary<EntityReference, Site>(entityCount);
        references = new PooledList<ReferenceSite>(entityCount * 3);
        objects = new PooledList<Site>(entityCount * 4);
        whens = new PooledList<WhenSite>(entityCount);
        paths = new PathTable(entityCount * 12);
    }

    /// <summary>Gets the second and later definitions of an identifier already defined, each with the first.</summary>
    public List<(Site Duplicate, Site First)> Duplicates { get; } = [];

    /// <summary>Gets every reference, in record order.</summary>
    public ReadOnlySpan<ReferenceSite> References => references.Items;

    /// <summary>Gets every object (entities and the values inside them), in record order.</summary>
    public ReadOnlySpan<Site> Objects => objects.Items;

    /// <summary>Gets every time value, in record order.</summary>
    public ReadOnlySpan<WhenSite> Whens => whens.Items;

    public static RecordModel Of(NegotiationRecord record)
    {
        // Sized for what a statement-heavy record holds an entity (measured on the synthetic records: 2.8
        // references, 3.7 objects, 0.9 times), so that the tables seldom grow: growing them by doubling was a
        // fifth of what validating allocated.
        var entityCount = record.Entities().Count();
        var model = new RecordModel(entityCount);
        RecordWalker.Walk(record, model, model.paths);
        return model;
    }

    /// <summary>Gets the first definition of every entity and phase, in record order (a dictionary never removed from enumerates in insertion order).</summary>
    public IReadOnlyDictionary<EntityReference, Site> FirstDefinitions => definitions;

    /// <summary>Finds the first definition of an entity or phase.</summary>
    public Site? Find(EntityReference reference) => definitions.TryGetValue(reference, out var site) ? site : null;

    /// <summary>Gets the kinds of entity defined with an identifier, in the order first defined; empty when none.</summary>
    /// <remarks>Asked only of references that do not resolve, so the table is built on the first question.</remarks>
    public IReadOnlyList<EntityKind> KindsOf(string id)
    {
        if (kindsById is null)
        {
            kindsById = new Dictionary<string, List<EntityKind>>(StringComparer.Ordinal);
            foreach (var definition in definitions.Keys)
            {
                if (!kindsById.TryGetValue(definition.Id, out var list))
                {
                    kindsById[definition.Id] = list = [];
                }

                list.Add(definition.Kind);
            }
        }

        return kindsById.TryGetValue(id, out var kinds) ? kinds : [];
    }

    public override void VisitDefinition(EntityReference definition, object value, SitePath path)
    {
        var site = new Site(value, path, value as IRecordEntity);
        if (!definitions.TryAdd(definition, site))
        {
            Duplicates.Add((site, definitions[definition]));
        }
    }

    /// <summary>Gets a value indicating whether any object in the record holds members the model does not know.</summary>
    public bool HasUnknownMembers { get; private set; }

    public override void VisitUnknownMembers() => HasUnknownMembers = true;

    public override void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
        => references.Add(new ReferenceSite(kind, id, path, owner));

    public override void VisitObject(object value, SitePath path, IRecordEntity? owner)
        => objects.Add(new Site(value, path, owner));

    public override void VisitWhen(When when, SitePath path, IRecordEntity? owner)
        => whens.Add(new WhenSite(when, path, owner));

    /// <summary>Gives the rented tables back; the paths of the sites can no longer be written out.</summary>
    public void Dispose()
    {
        references.Dispose();
        objects.Dispose();
        whens.Dispose();
        paths.Dispose();
    }

    /// <summary>An object at a path, held by an entity (for an entity: itself; for a phase: its proposal).</summary>
    internal readonly record struct Site(object Value, SitePath Path, IRecordEntity? Owner);

    /// <summary>A reference at a path, held by an entity.</summary>
    internal readonly record struct ReferenceSite(EntityKind Kind, string? Id, SitePath Path, IRecordEntity? Owner);

    /// <summary>A time value at a path, held by an entity.</summary>
    internal readonly record struct WhenSite(When When, SitePath Path, IRecordEntity? Owner);
}
