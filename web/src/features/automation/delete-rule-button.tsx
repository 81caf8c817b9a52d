import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { formProblemsOf } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { ifMatch } from './automation-queries.ts';
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
      close();
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
      <Modal
        opened={isOpen}
        onClose={close}
        title={t('automation.delete.title')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('automation.delete.body', { name: rule.name })}</Text>
          {remove.error ? (
            <Alert color="red" variant="light" role="alert">
              {formProblemsOf(remove.error, t).form ?? remove.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('automation.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
