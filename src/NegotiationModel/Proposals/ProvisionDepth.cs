namespace NegotiationModel.Proposals;

/// <summary>
/// How deeply a provision addresses its subject, on the PA-X Peace Agreements Database's scale
/// (0 for "not addressed" is the absence of a provision, so it has no member here).
/// </summary>
public enum ProvisionDepth
{
    /// <summary>PA-X 1: the subject is mentioned, in general or rhetorical terms.</summary>
    Mention = 1,

    /// <summary>PA-X 2: the provision is concrete, with some detail, but not enforceable as written.</summary>
    Concrete = 2,

    /// <summary>PA-X 3: the provision is detailed and enforceable: who does what, by when, with a mechanism.</summary>
    Enforceable = 3,
}
