// The customer accounts module's public surface: its routes (accounts, opportunities, rules of
// engagement), the import the command line drives, and the demo's accounts.
export { importAccountsFromFile } from './import-accounts-from-command-line.ts';
export { importAccountsFile } from './import-customer-accounts.ts';
export { customerAccountRoutes } from './routes.ts';
export { seedDemoCustomerAccounts } from './seed-demo-customer-accounts.ts';
