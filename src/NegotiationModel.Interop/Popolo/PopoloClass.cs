namespace NegotiationModel.Interop.Popolo;

/// <summary>The Popolo classes the importer reads, and the lists of the combined form that hold them.</summary>
internal enum PopoloClass
{
    Person,
    Organization,
    Membership,
    Area,
    Event,
    Speech,
    Post,
}
