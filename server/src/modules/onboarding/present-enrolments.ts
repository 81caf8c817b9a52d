import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { organisations } from '../organisations/tables.ts';
import { type EnrolmentDto, presentEnrolment } from './schemas.ts';
import { onboardingEnrolmentSteps, type onboardingEnrolments } from './tables.ts';

type EnrolmentRow = typeof onboardingEnrolments.$inferSelect;

/** Enrolments with their steps and partner names: two queries for a whole page, whatever its size. */
export async function presentEnrolments(
  tx: Transaction,
  workspaceId: string,
  rows: EnrolmentRow[],
  now: Date,
): Promise<EnrolmentDto[]> {
  if (rows.length === 0) return [];
  const steps = await tx
    .select()
    .from(onboardingEnrolmentSteps)
    .where(
      and(
        eq(onboardingEnrolmentSteps.workspaceId, workspaceId),
        inArray(
          onboardingEnrolmentSteps.enrolmentId,
          rows.map((row) => row.id),
        ),
      ),
    );
  const names = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.workspaceId, workspaceId),
        inArray(organisations.id, [...new Set(rows.map((row) => row.organisationId))]),
      ),
    );
  const nameOf = new Map(names.map((row) => [row.id, row.name]));
  return rows.map((row) =>
    presentEnrolment(
      row,
      steps.filter((step) => step.enrolmentId === row.id),
      nameOf.get(row.organisationId) ?? '',
      now,
    ),
  );
}
