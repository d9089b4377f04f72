namespace NegotiationModel.Kinds;

/// <summary>
/// Marks what a minor version of the JSON format added after 1.0: a member (property), an enum value (field) or a
/// provision kind (class). Whatever carries no mark is in format 1.0. The schema of an earlier version is the schema
/// of this one without what was added later, and validation reports a record that uses an addition newer than the
/// <c>schemaVersion</c> it declares.
/// </summary>
/// <remarks>Equality: by reference, as for every attribute. This type is immutable and thread-safe.</remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Class, Inherited = false)]
internal sealed class AddedInAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="major">The major version of the format that added the thing marked.</param>
    /// <param name="minor">The minor version of the format that added the thing marked.</param>
    public AddedInAttribute(int major, int minor) => Version = new SchemaVersion(major, minor);

    /// <summary>Gets the version of the format that added the thing marked.</summary>
    public SchemaVersion Version { get; }
}
