using System.CommandLine;
using Timeline.Core.Schema;
using Timeline.Core.Security;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline keys issue --role reader|writer|editor --name NAME</c> (prints the key once, on stdout alone, so scripts
/// can capture it), <c>timeline keys revoke ID</c>, <c>timeline keys list</c>. Keys live in Neo4j as hashed
/// <c>(:ApiKey)</c> nodes; see the README's Security section.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "Issue, revoke and list API keys for the GraphQL API.")
        {
            Issue(),
            Revoke(),
            List(),
        };
        return command;
    }

    private static Command Issue()
    {
        var role = new Option<string>("--role")
        {
            Description = "reader (queries), writer (also ingestDocument) or editor (also the curation mutations).",
            Required = true,
        };
        role.AcceptOnlyFromAmong([.. ApiKeyRole.All]);
        var name = new Option<string>("--name") { Description = "Who or what the key is for (shown by 'keys list').", Required = true };
        var command = new Command("issue", "Issue a new API key; it is printed once and only its hash is stored.") { role, name };
        command.SetAction((parse, ct) => CliContext.RunAsync(async client =>
        {
            await new SchemaMigrator(client, CliContext.Ontology).MigrateAsync(ct, MigrationConsoleProgress.Instance);
            var (info, key) = await new ApiKeyStore(client).IssueAsync(parse.GetValue(role)!, parse.GetValue(name)!, ct);
            await Console.Error.WriteLineAsync(
                $"Issued API key {info.Id} (role {info.Role}, name \"{info.Name}\"). It is shown only now; send it as the X-Api-Key header.");
            Console.WriteLine(key);
            return 0;
        }));
        return command;
    }

    private static Command Revoke()
    {
        var id = new Argument<string>("id") { Description = "The key's id (as 'keys list' shows it), or the whole key." };
        var command = new Command("revoke", "Revoke an API key; requests with it are refused from then on.") { id };
        command.SetAction((parse, ct) => CliContext.RunAsync(async client =>
        {
            var given = parse.GetValue(id)!.Trim();
            var keyId = ApiKeyFormat.IdOf(given) ?? given;
            var outcome = await new ApiKeyStore(client).RevokeAsync(keyId, ct);
            switch (outcome)
            {
                case ApiKeyStore.RevokeOutcome.Revoked:
                    Console.WriteLine($"Revoked API key {keyId}.");
                    return 0;
                case ApiKeyStore.RevokeOutcome.AlreadyRevoked:
                    Console.WriteLine($"API key {keyId} was already revoked.");
                    return 0;
                default:
                    await Console.Error.WriteLineAsync($"error: no API key has the id '{keyId}'.");
                    return 1;
            }
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List API keys (ids, roles, names, dates; never the keys themselves).");
        command.SetAction((_, ct) => CliContext.RunAsync(async client =>
        {
            var keys = await new ApiKeyStore(client).ListAsync(ct);
            if (keys.Count == 0)
            {
                Console.WriteLine("No API keys.");
                return 0;
            }
            Console.WriteLine($"{"ID",-12}  {"ROLE",-6}  {"STATUS",-7}  {"CREATED",-24}  {"REVOKED",-24}  NAME");
            foreach (var k in keys)
                Console.WriteLine($"{k.Id,-12}  {k.Role,-6}  {(k.IsActive ? "active" : "revoked"),-7}  {k.CreatedAt,-24}  {k.RevokedAt ?? "-",-24}  {k.Name}");
            return 0;
        }));
        return command;
    }
}
