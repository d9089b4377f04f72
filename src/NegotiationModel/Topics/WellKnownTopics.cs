namespace NegotiationModel.Topics;

/// <summary>
/// The library's controlled vocabulary of negotiation topics: one identifier per term, and the terms
/// themselves, named in English and Japanese, in <see cref="All"/>.
/// </summary>
/// <remarks>
/// <para>The vocabulary is a starting point, not a closed list. A record includes every topic it uses
/// in its own <c>topics</c> collection (copied from <see cref="All"/> for a well-known term), so
/// that the file is self-describing and readable without this library; users add their own topics there,
/// with identifiers of their own and a <see cref="Topic.Parent"/> in this vocabulary where one fits.</para>
/// <para>The hierarchy:</para>
/// <list type="bullet">
/// <item><description><c>territory</c></description></item>
/// <item><description><c>security</c>: <c>ceasefire</c> (<c>monitoring</c>), <c>neutrality</c>, <c>nuclear-safety</c></description></item>
/// <item><description><c>guarantees</c></description></item>
/// <item><description><c>governance</c>: <c>elections</c>, <c>referendum</c></description></item>
/// <item><description><c>economy</c>: <c>sanctions</c>, <c>energy</c></description></item>
/// <item><description><c>humanitarian</c>: <c>prisoners</c></description></item>
/// </list>
/// <para>This type is stateless; its members are immutable and thread-safe.</para>
/// </remarks>
public static class WellKnownTopics
{
    /// <summary>Sovereignty over and control of territory: claims, borders, lines of contact, withdrawals, demilitarised zones.</summary>
    public static readonly TopicId Territory = new("territory");

    /// <summary>Military and security arrangements: force limits, deployments, weapons, alliances.</summary>
    public static readonly TopicId Security = new("security");

    /// <summary>Ceasefires and truces, temporary or lasting, and their terms.</summary>
    public static readonly TopicId Ceasefire = new("ceasefire");

    /// <summary>A state's neutrality or non-alignment, such as staying out of NATO.</summary>
    public static readonly TopicId Neutrality = new("neutrality");

    /// <summary>Guarantees and guarantors: security guarantees, guarantees of loans and of implementation.</summary>
    public static readonly TopicId Guarantees = new("guarantees");

    /// <summary>Monitoring and verification of a ceasefire or agreement: who monitors, how, and who pays.</summary>
    public static readonly TopicId Monitoring = new("monitoring");

    /// <summary>The safety and security of nuclear plants and material, such as the Zaporizhzhia nuclear power plant.</summary>
    public static readonly TopicId NuclearSafety = new("nuclear-safety");

    /// <summary>Government, its legitimacy and changes of it: interim governments, constitutions, power-sharing.</summary>
    public static readonly TopicId Governance = new("governance");

    /// <summary>Elections: their timing, conduct and observation.</summary>
    public static readonly TopicId Elections = new("elections");

    /// <summary>Referendums and other popular votes, such as one on territorial concessions.</summary>
    public static readonly TopicId Referendum = new("referendum");

    /// <summary>Economic relations and reconstruction: funds, loans, investment, trade.</summary>
    public static readonly TopicId Economy = new("economy");

    /// <summary>Sanctions: their imposition, relief and lifting.</summary>
    public static readonly TopicId Sanctions = new("sanctions");

    /// <summary>Energy supply, transit and infrastructure.</summary>
    public static readonly TopicId Energy = new("energy");

    /// <summary>Civilians, refugees, displaced people, humanitarian access and aid.</summary>
    public static readonly TopicId Humanitarian = new("humanitarian");

    /// <summary>Prisoners of war, detained civilians and their exchange or release.</summary>
    public static readonly TopicId Prisoners = new("prisoners");

    /// <summary>Gets every topic of the vocabulary, each named in English (<c>en</c>) and Japanese (<c>ja</c>) and described in English, parents before their children.</summary>
    public static ValueList<Topic> All { get; } =
    [
        new Topic(Territory, [new("Territory", "en"), new("領土", "ja")])
        {
            Description = [new LocalizedText("Sovereignty over and control of territory: claims, borders, lines of contact, withdrawals, demilitarised zones.", "en")],
        },
        new Topic(Security, [new("Security", "en"), new("安全保障", "ja")])
        {
            Description = [new LocalizedText("Military and security arrangements: force limits, deployments, weapons, alliances.", "en")],
        },
        new Topic(Ceasefire, [new("Ceasefire", "en"), new("停戦", "ja")])
        {
            Parent = Security,
            Description = [new LocalizedText("Ceasefires and truces, temporary or lasting, and their terms.", "en")],
        },
        new Topic(Neutrality, [new("Neutrality", "en"), new("中立", "ja")])
        {
            Parent = Security,
            Description = [new LocalizedText("A state's neutrality or non-alignment, such as staying out of NATO.", "en")],
        },
        new Topic(Guarantees, [new("Guarantees", "en"), new("保証", "ja")])
        {
            Description = [new LocalizedText("Guarantees and guarantors: security guarantees, guarantees of loans and of implementation.", "en")],
        },
        new Topic(Monitoring, [new("Monitoring", "en"), new("監視", "ja")])
        {
            Parent = Ceasefire,
            Description = [new LocalizedText("Monitoring and verification of a ceasefire or agreement: who monitors, how, and who pays.", "en")],
        },
        new Topic(NuclearSafety, [new("Nuclear safety", "en"), new("原子力安全", "ja")])
        {
            Parent = Security,
            Description = [new LocalizedText("The safety and security of nuclear plants and material, such as the Zaporizhzhia nuclear power plant.", "en")],
        },
        new Topic(Governance, [new("Governance and legitimacy", "en"), new("統治・正統性", "ja")])
        {
            Description = [new LocalizedText("Government, its legitimacy and changes of it: interim governments, constitutions, power-sharing.", "en")],
        },
        new Topic(Elections, [new("Elections", "en"), new("選挙", "ja")])
        {
            Parent = Governance,
            Description = [new LocalizedText("Elections: their timing, conduct and observation.", "en")],
        },
        new Topic(Referendum, [new("Referendum", "en"), new("住民投票", "ja")])
        {
            Parent = Governance,
            Description = [new LocalizedText("Referendums and other popular votes, such as one on territorial concessions.", "en")],
        },
        new Topic(Economy, [new("Economy and reconstruction", "en"), new("経済・復興", "ja")])
        {
            Description = [new LocalizedText("Economic relations and reconstruction: funds, loans, investment, trade.", "en")],
        },
        new Topic(Sanctions, [new("Sanctions", "en"), new("制裁", "ja")])
        {
            Parent = Economy,
            Description = [new LocalizedText("Sanctions: their imposition, relief and lifting.", "en")],
        },
        new Topic(Energy, [new("Energy", "en"), new("エネルギー", "ja")])
        {
            Parent = Economy,
            Description = [new LocalizedText("Energy supply, transit and infrastructure.", "en")],
        },
        new Topic(Humanitarian, [new("Humanitarian issues", "en"), new("人道問題", "ja")])
        {
            Description = [new LocalizedText("Civilians, refugees, displaced people, humanitarian access and aid.", "en")],
        },
        new Topic(Prisoners, [new("Prisoners and detainees", "en"), new("捕虜・被拘束者", "ja")])
        {
            Parent = Humanitarian,
            Description = [new LocalizedText("Prisoners of war, detained civilians and their exchange or release.", "en")],
        },
    ];
}
