using NegotiationModel.Indexing;
using NegotiationModel.Proposals;
using NegotiationModel.Walking;

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

    private RecordModel(int entities)
    {
        definitions = new Dictionary<EntityReference, Site>(entities);
        references = new PooledList<ReferenceSite>();
        objects = new PooledList<Site>();
        whens = new PooledList<WhenSite>();
        paths = new PathTable();
    }

    // Where the walk is: a provision keeps its identifier across the versions of its proposal, so its definitions are told
    // apart by the proposal (its place in the record) and the version (its number) that hold them.
    private readonly Dictionary<EntityReference, ProvisionDraft> provisionDrafts = [];
    private int proposalIndex = -1;
    private ProposalId proposalId;
    private int versionNumber;

    /// <summary>
    /// Gets the second and later definitions of an identifier already defined, each with the first. The drafts of one
    /// provision in the versions of its proposal are one definition; a provision defined twice is given with the proposal
    /// and version of each definition.
    /// </summary>
    public List<(Site Duplicate, Site First, (ProvisionDraft Duplicate, ProvisionDraft First)? Provision)> Duplicates { get; } = [];

    /// <summary>Gets every reference, in record order.</summary>
    public PooledList<ReferenceSite> References => references;

    /// <summary>Gets every object (entities and the values inside them), in record order.</summary>
    public PooledList<Site> Objects => objects;

    /// <summary>Gets every time value, in record order.</summary>
    public PooledList<WhenSite> Whens => whens;

    public static RecordModel Of(NegotiationRecord record)
    {
        // The lists grow by segments, without copying (PooledList); the definitions are sized as the record's index is,
        // by its collections' counts, which takes no walk of what is inside them.
        var model = new RecordModel(RecordIndex.CountHint(record));
        RecordWalker.Walk(record, model, model.paths);
        return model;
    }

    /// <summary>
    /// Gets the definition of every entity and phase, in record order (a dictionary never removed from enumerates in insertion
    /// order): the first, and for a provision its draft in the version with the greatest number, as the record's look-ups find it.
    /// </summary>
    public IReadOnlyDictionary<EntityReference, Site> FirstDefinitions => definitions;

    /// <summary>Returns the path of a reference.</summary>
    public SitePath PathOf(in ReferenceSite site) => new(paths, site.Step);

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

        // Not "? kinds : []", which makes a new empty List for every reference that resolves to nothing.
        return kindsById.TryGetValue(id, out var kinds) ? kinds : Array.Empty<EntityKind>();
    }

    public override void VisitDefinition(EntityReference definition, object value, SitePath path)
    {
        if (value is Proposal proposal)
        {
            proposalIndex++;
            proposalId = proposal.Id;
        }

        var site = new Site(value, path, value as IRecordEntity);
        if (value is not Provision)
        {
            if (!definitions.TryAdd(definition, site))
            {
                Duplicates.Add((site, definitions[definition], null));
            }

            return;
        }

        var draft = new ProvisionDraft(proposalIndex, proposalId, versionNumber);
        if (definitions.TryAdd(definition, site))
        {
            provisionDrafts[definition] = draft;
            return;
        }

        if (!provisionDrafts.TryGetValue(definition, out var first) || first.ProposalIndex != draft.ProposalIndex || first.Version == draft.Version)
        {
            Duplicates.Add((site, definitions[definition], (draft, first)));
        }
        else if (draft.Version > first.Version)
        {
            definitions[definition] = site;
            provisionDrafts[definition] = draft;
        }
    }

    /// <summary>Gets a value indicating whether any object in the record holds members the model does not know.</summary>
    public bool HasUnknownMembers { get; private set; }

    public override void VisitUnknownMembers() => HasUnknownMembers = true;

    public override void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
        => references.Add(new ReferenceSite(kind, path.Step, id, owner));

    public override void VisitObject(object value, SitePath path, IRecordEntity? owner)
    {
        if (value is ProposalVersion version)
        {
            versionNumber = version.Number;
        }

        objects.Add(new Site(value, path, owner));
    }

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

    /// <summary>A reference at a path (a step of the model's path table, which <see cref="PathOf"/> writes out), held by an entity.</summary>
    /// <remarks>A list of a million references makes a million of these: the step alone, not a <see cref="SitePath"/>, keeps each at 24 bytes.</remarks>
    internal readonly record struct ReferenceSite(EntityKind Kind, int Step, string? Id, IRecordEntity? Owner);

    /// <summary>Where a provision is defined: the proposal (its place in the record and its identifier) and the number of the version.</summary>
    internal readonly record struct ProvisionDraft(int ProposalIndex, ProposalId Proposal, int Version);

    /// <summary>A time value at a path, held by an entity.</summary>
    internal readonly record struct WhenSite(When When, SitePath Path, IRecordEntity? Owner);
}
