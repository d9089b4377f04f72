namespace NegotiationModel.Walking;

/// <summary>
/// Where a <see cref="RecordWalker"/> found something: a step of its <see cref="PathTable"/>, written out as a
/// <see cref="JsonPath"/> only when asked. The default value is "no path", for walks that keep none.
/// </summary>
internal readonly struct SitePath
{
    private readonly PathTable? table;
    private readonly int step;

    public SitePath(PathTable table, int step)
    {
        this.table = table;
        this.step = step;
    }

    /// <summary>Gets a value indicating whether the walk kept this path.</summary>
    public bool HasPath => table is not null;

    /// <summary>Gets the step of the path in its table, for tables of many sites that keep the table once.</summary>
    public int Step => step;

    /// <summary>Writes out the path, such as <c>$['statements'][3]['speakers'][0]</c>.</summary>
    /// <exception cref="InvalidOperationException">The walk kept no path.</exception>
    public JsonPath ToJsonPath() => table?.Resolve(step) ?? throw new InvalidOperationException("This walk kept no paths.");

    /// <summary>Returns the path of a member by its C# name, camel-cased as the JSON contract writes it.</summary>
    public JsonPath Member(string clrName) => ToJsonPath().Member(clrName);

    /// <summary>Returns the path of a member by its JSON name.</summary>
    public JsonPath Property(string jsonName) => ToJsonPath().Property(jsonName);

    public static implicit operator JsonPath(SitePath path) => path.ToJsonPath();

    public override string ToString() => HasPath ? ToJsonPath().ToString() : "(no path)";
}
