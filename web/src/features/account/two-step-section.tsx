import { Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { PageSection } from '../../ui/page-section.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type Me, meQueryOptions } from '../auth/me-query.ts';
import { DisableTotpModal } from './disable-totp-modal.tsx';
import { TotpEnrolment } from './totp-enrolment.tsx';

/** Two-step verification with an authenticator app (TOTP): its status, setting it up, turning it off. */
export function TwoStepSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isDisableOpen, setIsDisableOpen] = useState(false);
  const refreshMe = () => queryClient.invalidateQueries({ queryKey: meQueryOptions.queryKey });

  const start = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/me/mfa/totp')),
  });
  const confirm = useMutation({
    mutationFn: async (code: string) =>
      unwrap(await api.POST('/api/v1/me/mfa/totp/confirm', { body: { code } })),
  });
  const disable = useMutation({
    mutationFn: async (code: string) =>
      unwrap(await api.POST('/api/v1/me/mfa/totp/disable', { body: { code } })),
  });

  const isEnabled = me.user.isMfaEnabled;
  const enrolment = isEnabled ? undefined : start.data;

  const onConfirm = (code: string, onError: (error: unknown) => void) =>
    confirm.mutate(code, {
      onSuccess: async () => {
        await refreshMe();
        start.reset();
        notifications.show({ color: 'green', message: t('account.twoStep.enabled') });
      },
      onError,
    });

  const onDisable = (code: string, onError: (error: unknown) => void) =>
    disable.mutate(code, {
      onSuccess: async () => {
        await refreshMe();
        setIsDisableOpen(false);
        notifications.show({ color: 'green', message: t('account.twoStep.disabled') });
      },
      onError,
    });

  return (
    <PageSection title={t('account.twoStep.title')} description={t('account.twoStep.description')}>
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('account.twoStep.status')}
        </Text>
        <Badge color={isEnabled ? 'green' : 'gray'} variant="light" data-testid="two-step-status">
          {isEnabled ? t('account.twoStep.on') : t('account.twoStep.off')}
        </Badge>
      </Group>
      <ProblemAlert error={start.error} />
      {isEnabled ? (
        <Group>
          <Button variant="default" color="red" onClick={() => setIsDisableOpen(true)}>
            {t('account.twoStep.disable')}
          </Button>
        </Group>
      ) : enrolment ? (
        <TotpEnrolment
          enrolment={enrolment}
          isConfirming={confirm.isPending}
          onConfirm={onConfirm}
          onCancel={() => start.reset()}
        />
      ) : (
        <Group>
          <Button loading={start.isPending} onClick={() => start.mutate()}>
            {t('account.twoStep.setUp')}
          </Button>
        </Group>
      )}
      <DisableTotpModal
        isOpen={isDisableOpen}
        isDisabling={disable.isPending}
        onClose={() => setIsDisableOpen(false)}
        onDisable={onDisable}
      />
    </PageSection>
  );
}
