import { sql } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { auditEvents } from '../audit/tables.ts';
import { onboardingEnrolmentSteps, onboardingEnrolments } from '../onboarding/index.ts';
import { organisations } from '../organisations/tables.ts';
import { users } from '../users/tables.ts';
import { type HealthMetrics, LOGIN_WINDOW_DAYS } from './health-score.ts';

const DAY_MS = 86_400_000;

type Row = {
  id: string;
  active_users: number;
  users_signed_in_recently: number;
  completed_steps: number | null;
  total_steps: number | null;
  last_activity_at: Date | string | null;
};

/**
 * The health metrics of a page of partners in one query (no query per partner), each answered
 * from an index: active people and recent sign-ins per organisation, the latest enrolment's
 * progress, and the newest audit entry about the partner. Organisations the caller cannot see
 * (row-level security) or that are not partners are simply absent from the result.
 */
export async function loadHealthMetrics(
  tx: Transaction,
  { workspaceId, organisationIds, now }: { workspaceId: string; organisationIds: string[]; now: Date },
): Promise<Map<string, HealthMetrics>> {
  if (organisationIds.length === 0) return new Map();
  const since = new Date(now.getTime() - LOGIN_WINDOW_DAYS * DAY_MS);
  const ids = `{${organisationIds.join(',')}}`;
  const { rows } = await tx.execute<Row>(sql`
    SELECT o.id,
           (SELECT count(*)::int FROM ${users} u
             WHERE u.organisation_id = o.id AND u.status = 'active') AS active_users,
           (SELECT count(*)::int FROM ${users} u
             WHERE u.organisation_id = o.id AND u.status = 'active'
               AND u.last_login_at >= ${since.toISOString()}::timestamptz) AS users_signed_in_recently,
           latest.completed_steps,
           latest.total_steps,
           (SELECT max(a.occurred_at) FROM ${auditEvents} a
             WHERE a.workspace_id = o.workspace_id AND a.organisation_id = o.id) AS last_activity_at
      FROM ${organisations} o
      LEFT JOIN LATERAL (
        SELECT count(s.completed_at)::int AS completed_steps, count(*)::int AS total_steps
          FROM ${onboardingEnrolmentSteps} s
         WHERE s.enrolment_id = (
           SELECT e.id FROM ${onboardingEnrolments} e
            WHERE e.workspace_id = o.workspace_id AND e.organisation_id = o.id
            ORDER BY e.started_at DESC LIMIT 1)
      ) latest ON true
     WHERE o.workspace_id = ${workspaceId} AND o.kind = 'partner' AND o.id = ANY(${ids}::text[])`);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        activeUsers: row.active_users,
        usersSignedInRecently: row.users_signed_in_recently,
        onboarding: row.total_steps
          ? { completedSteps: row.completed_steps ?? 0, totalSteps: row.total_steps }
          : null,
        daysSinceLastActivity: row.last_activity_at
          ? Math.max(0, Math.floor((now.getTime() - new Date(row.last_activity_at).getTime()) / DAY_MS))
          : null,
      },
    ]),
  );
}
