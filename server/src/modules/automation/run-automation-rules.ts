import { and, eq } from 'drizzle-orm';
import { ID_PREFIXES, newId } from '../../platform/ids.ts';
import type { DomainEvent, EventSubscriber } from '../events/event-subscriber.ts';
import { conditionHolds } from './condition.ts';
import { conditionDataOf } from './condition-data.ts';
import type { StoredAction } from './parse-actions.ts';
import { runAutomationActionJob } from './run-action-job.ts';
import { automationRuleRuns, automationRules } from './tables.ts';

const RULE_ID_PREFIX = `${ID_PREFIXES.automationRule}_`;

/**
 * The loop guard. Actions that change things (create a task) act as the system on behalf of their
 * rule, so their events carry the rule's id as actor (see `SystemActor.automationRuleId`). Such
 * events never trigger rules: a rule cannot set off itself or another rule, however they are
 * written. The price is that rules do not chain; an outside system called by a webhook action and
 * calling back as a user is beyond any guard here.
 */
export function isCausedByRule(event: Pick<DomainEvent, 'actorType' | 'actorId'>): boolean {
  return event.actorType === 'system' && (event.actorId?.startsWith(RULE_ID_PREFIX) ?? false);
}

/**
 * Matches each event against the enabled rules for its type in its workspace and schedules one
 * run per matching rule and action. The run log's unique (rule, event, action) key makes this
 * exactly once even if an event were dispatched twice: a run that exists is not scheduled again.
 */
export const runAutomationRules: EventSubscriber = {
  name: 'automation',
  handle: async ({ tx, event, jobs, now }) => {
    if (isCausedByRule(event)) return;
    const rules = await tx
      .select()
      .from(automationRules)
      .where(
        and(
          eq(automationRules.workspaceId, event.workspaceId),
          eq(automationRules.eventType, event.type),
          eq(automationRules.isEnabled, true),
        ),
      );
    if (rules.length === 0) return;
    const data = conditionDataOf(event);
    for (const rule of rules) {
      let failure: string | null = null;
      try {
        if (!conditionHolds(rule.condition, data)) continue;
      } catch (error) {
        // Logged on every action of the rule, so the admin sees it in the run log.
        failure = `The condition could not be evaluated: ${error instanceof Error ? error.message : String(error)}`;
      }
      const actions = rule.actions as StoredAction[];
      for (const [index, action] of actions.entries()) {
        const [run] = await tx
          .insert(automationRuleRuns)
          .values({
            id: newId('automationRuleRun'),
            workspaceId: event.workspaceId,
            organisationId: rule.organisationId,
            ruleId: rule.id,
            eventId: event.id,
            actionIndex: index,
            actionType: action.type,
            status: failure ? 'failed' : 'scheduled',
            scheduledFor: new Date(now.getTime() + action.delaySeconds * 1000),
            executedAt: failure ? now : null,
            message: failure,
          })
          .onConflictDoNothing({
            target: [automationRuleRuns.ruleId, automationRuleRuns.eventId, automationRuleRuns.actionIndex],
          })
          .returning({ id: automationRuleRuns.id });
        if (!run || failure) continue;
        // The job carries the action and condition as they were now: editing the rule later does
        // not change what an already scheduled run does.
        await jobs.send(
          tx,
          runAutomationActionJob,
          {
            workspaceId: event.workspaceId,
            runId: run.id,
            ruleId: rule.id,
            action,
            condition: rule.condition,
          },
          { startAfterSeconds: action.delaySeconds },
        );
      }
    }
  },
};
