// Every table the app knows, for Drizzle's relational queries and for drizzle-kit's migrations.
export * from '../../modules/agreements/tables.ts';
export * from '../../modules/api-keys/tables.ts';
export * from '../../modules/audit/tables.ts';
export * from '../../modules/auth/tables.ts';
export * from '../../modules/automation/tables.ts';
export * from '../../modules/chat/tables.ts';
export * from '../../modules/events/tables.ts';
export * from '../../modules/notifications/tables.ts';
export * from '../../modules/organisations/tables.ts';
export * from '../../modules/partner-imports/tables.ts';
export * from '../../modules/partners/tables.ts';
export * from '../../modules/tasks/tables.ts';
export * from '../../modules/users/tables.ts';
export * from '../../modules/webhooks/tables.ts';
export * from '../../modules/workspaces/tables.ts';
export * from '../http/idempotency-tables.ts';
