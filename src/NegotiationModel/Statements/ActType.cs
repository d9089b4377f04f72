namespace NegotiationModel.Statements;

/// <summary>
/// What a statement does, in the PLOVER event ontology's top-level types, plus <see cref="Announce"/>
/// and <see cref="Comment"/> for statements that are none of them.
/// </summary>
public enum ActType
{
    /// <summary>Agrees to, accepts or endorses a proposal or agreement (PLOVER AGREE), such as Putin agreeing to the US proposal of two working groups.</summary>
    Agree = 1,

    /// <summary>Meets, calls, visits or negotiates (PLOVER CONSULT).</summary>
    Consult = 2,

    /// <summary>Expresses support for, praises or defends an actor or policy (PLOVER SUPPORT).</summary>
    Support = 3,

    /// <summary>Makes a concession, eases a demand or restriction (PLOVER CONCEDE).</summary>
    Concede = 4,

    /// <summary>Starts or continues cooperation: joint work, sharing, coordination (PLOVER COOPERATE).</summary>
    Cooperate = 5,

    /// <summary>Provides or offers economic, military or humanitarian aid (PLOVER AID).</summary>
    Aid = 6,

    /// <summary>Withdraws forces, releases people or demobilises (PLOVER RETREAT).</summary>
    Retreat = 7,

    /// <summary>Demands, asks for or calls on another actor to act (PLOVER REQUEST), such as Ushakov demanding that Ukraine take a bold political decision.</summary>
    Request = 8,

    /// <summary>Accuses, blames, criticises or denounces (PLOVER ACCUSE).</summary>
    Accuse = 9,

    /// <summary>Rejects, refuses or opposes a proposal or demand (PLOVER REJECT), such as Ushakov on a temporary ceasefire.</summary>
    Reject = 10,

    /// <summary>Threatens force, sanctions or other costs (PLOVER THREATEN).</summary>
    Threaten = 11,

    /// <summary>Protests, demonstrates or boycotts (PLOVER PROTEST).</summary>
    Protest = 12,

    /// <summary>Imposes sanctions, breaks relations or expels (PLOVER SANCTION).</summary>
    Sanction = 13,

    /// <summary>Mobilises or raises the readiness of forces (PLOVER MOBILIZE).</summary>
    Mobilize = 14,

    /// <summary>Coerces: seizes, arrests, restricts, blockades (PLOVER COERCE).</summary>
    Coerce = 15,

    /// <summary>Uses force or violence (PLOVER ASSAULT).</summary>
    Assault = 16,

    /// <summary>Announces a fact, a plan or an event and none of the above, such as Ushakov announcing another Putin–Trump call.</summary>
    Announce = 17,

    /// <summary>Comments on or assesses the situation and none of the above, such as Trump's "we are probably closer to agreement than before".</summary>
    Comment = 18,
}
