import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { agreementTemplates } from '../agreements/tables.ts';
import type { StepInput } from './schemas.ts';
import type { JourneyStep } from './tables.ts';

/** Steps as stored: an agreement named by a step must be one of this workspace's. */
export async function toJourneySteps(
  tx: Transaction,
  workspaceId: string,
  steps: StepInput[],
): Promise<JourneyStep[]> {
  const named = [...new Set(steps.map((step) => step.agreementTemplateId).filter((id) => id !== null))];
  if (named.length > 0) {
    const found = await tx
      .select({ id: agreementTemplates.id })
      .from(agreementTemplates)
      .where(and(eq(agreementTemplates.workspaceId, workspaceId), inArray(agreementTemplates.id, named)));
    const known = new Set(found.map((row) => row.id));
    const problems = steps.flatMap((step, index) =>
      step.agreementTemplateId && !known.has(step.agreementTemplateId)
        ? [
            {
              field: `body.steps.${index}.agreementTemplateId`,
              message: 'is not an agreement of this workspace',
            },
          ]
        : [],
    );
    if (problems.length > 0) {
      throw new DomainError('validation', 'invalid_input', problems[0]!.message, problems);
    }
  }
  return steps.map((step) => ({
    title: step.title,
    kind: step.kind,
    description: step.description || null,
    dueAfterDays: step.dueAfterDays,
    agreementTemplateId: step.kind === 'accept_agreement' ? step.agreementTemplateId : null,
  }));
}
