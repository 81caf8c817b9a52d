import type { TFunction } from 'i18next';
import { isActionType } from './rule-form-values.ts';

/** "Create a task"; an action type this app does not know yet shows as its id. */
export function actionKindLabel(t: TFunction, type: string): string {
  return isActionType(type) ? t(`automation.actions.kinds.${type}`) : type;
}

/** "right away", "after 3 days", "after 2 hours, if the condition still holds". */
export function describeDelay(t: TFunction, seconds: number, isRechecked: boolean): string {
  const when =
    seconds === 0
      ? t('automation.delay.now')
      : seconds % 86_400 === 0
        ? t('automation.delay.days', { count: seconds / 86_400 })
        : seconds % 3600 === 0
          ? t('automation.delay.hours', { count: seconds / 3600 })
          : t('automation.delay.minutes', { count: Math.round(seconds / 60) });
  return isRechecked && seconds > 0 ? t('automation.delay.rechecked', { when }) : when;
}
