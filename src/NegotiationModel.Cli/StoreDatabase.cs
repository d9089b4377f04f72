using System.Data.Common;
using NegotiationModel.Storage;
using NegotiationModel.Storage.PostgreSql;
using NegotiationModel.Storage.Sqlite;

namespace NegotiationModel.Cli;

/// <summary>
/// The store a <c>store</c> command works on: <c>--db</c>, or the <c>NEGOTIATION_STORE</c> environment variable; a value with
/// <c>Host=</c> in it is a PostgreSQL connection string, anything else the path of a SQLite file.
/// </summary>
internal static class StoreDatabase
{
    public const string Variable = "NEGOTIATION_STORE";

    public static string? Resolve(string? option) => string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(Variable) : option;

    public static bool IsPostgreSql(string db) => db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (or with <paramref name="initialise"/>, creates or migrates) the store; on failure writes one line and returns null.</summary>
    public static async Task<NegotiationStore?> OpenAsync(CliConsole console, string? option, bool initialise, CancellationToken cancellationToken)
    {
        var db = Resolve(option);
        if (string.IsNullOrWhiteSpace(db))
        {
            await console.Error.WriteLineAsync($"negotiation: give the store with --db (a SQLite file or a PostgreSQL connection string), or set {Variable}.").ConfigureAwait(false);
            return null;
        }

        try
        {
            return (IsPostgreSql(db), initialise) switch
            {
                (true, true) => await PostgreSqlNegotiationStore.InitializeAsync(db, cancellationToken).ConfigureAwait(false),
                (true, false) => await PostgreSqlNegotiationStore.OpenAsync(db, cancellationToken).ConfigureAwait(false),
                (false, true) => await SqliteNegotiationStore.InitializeAsync(db, cancellationToken).ConfigureAwait(false),
                (false, false) => await SqliteNegotiationStore.OpenAsync(db, cancellationToken).ConfigureAwait(false),
            };
        }
        catch (Exception exception) when (exception is StoreSchemaException or DbException or ArgumentException or IOException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: cannot open the store: {exception.Message}")).ConfigureAwait(false);
            return null;
        }
    }
}
