import { userInfo } from "node:os";
import { type Command, Option } from "commander";
import { UserError } from "../errors.ts";
import { apiKeyRoles, createApiKey, listApiKeys, revokeApiKey } from "../services/api-keys.ts";
import { openMigratedDatabase, runOnce } from "./database.ts";

/** `hub apikey create|list|revoke`: keys for BI tools (docs/bi.md). */
export function registerApiKeyCommand(program: Command): void {
  const apikey = program.command("apikey").description("API keys for BI tools (stored hashed; revocable)");

  apikey
    .command("create <name>")
    .description("Create a key and print it once (it cannot be shown again)")
    .addOption(new Option("--role <role>", "what the key may see").choices(apiKeyRoles).makeOptionMandatory())
    .option("--force <id...>", "the force(s) a force key acts for")
    .option("--by <name>", "who creates it (recorded)", userInfo().username)
    .action(
      runOnce(
        async (
          name: string,
          options: { role: (typeof apiKeyRoles)[number]; force?: string[]; by: string },
        ) => {
          const database = await openMigratedDatabase();
          try {
            const result = await createApiKey(database.db, {
              name,
              role: options.role,
              forceIds: options.force ?? [],
              createdBy: options.by,
            });
            if ("problem" in result) throw new UserError(`Cannot create the key: ${result.problem}`);
            console.error(
              `Created ${result.apiKey.role} key "${name}" (id ${result.apiKey.id}). Send it as X-API-Key:`,
            );
            console.log(result.key);
          } finally {
            await database.close();
          }
        },
      ),
    );

  apikey
    .command("list")
    .description("List keys (never the keys themselves)")
    .action(
      runOnce(async () => {
        const database = await openMigratedDatabase();
        try {
          const keys = await listApiKeys(database.db);
          for (const key of keys) {
            const scope = key.forceIds.length ? ` forces=${key.forceIds.join(",")}` : "";
            const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "active";
            console.log(`${key.id}  ${key.prefix}…  ${key.role}${scope}  "${key.name}"  ${state}`);
          }
          if (!keys.length) console.error("No API keys.");
        } finally {
          await database.close();
        }
      }),
    );

  apikey
    .command("revoke <idOrPrefix>")
    .description("Revoke a key by id or by the prefix `list` shows; effective on the next request")
    .action(
      runOnce(async (idOrPrefix: string) => {
        const database = await openMigratedDatabase();
        try {
          const revoked = await revokeApiKey(database.db, idOrPrefix);
          if (!revoked)
            throw new UserError(`No single active key matches ${idOrPrefix} (see hub apikey list).`);
          console.error(`Revoked "${revoked.name}" (${revoked.id}).`);
        } finally {
          await database.close();
        }
      }),
    );
}
