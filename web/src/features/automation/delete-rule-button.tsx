import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import type { AutomationRule } from './rule-form-values.ts';

/** Deleting a rule also deletes its run log and cancels its waiting actions: asked first. */
export function DeleteRuleButton({ rule, onDeleted }: { rule: AutomationRule; onDeleted?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, { open, close }] = useDisclosure(false);
  const remove = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE('/api/v1/automation-rules/{id}', {
          params: { path: { id: rule.id } },
          headers: ifMatch(rule.version),
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['automation', 'rules'] });
      onDeleted?.();
    },
  });
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="compact-sm"
        onClick={open}
        aria-label={t('automation.delete.buttonFor', { name: rule.name })}
      >
        {t('common.delete')}
      </Button>
      <ConfirmDialog
        opened={isOpen}
        title={t('automation.delete.title')}
        confirmLabel={t('automation.delete.confirm')}
        confirmColor="red"
        onConfirm={() => remove.mutateAsync()}
        onClose={close}
      >
        {t('automation.delete.body', { name: rule.name })}
      </ConfirmDialog>
    </>
  );
}
