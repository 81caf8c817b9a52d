import { Button, Code, CopyButton, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema.d.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { TotpCodeInput } from './totp-code-input.tsx';
import { useTotpCodeForm } from './use-totp-code-form.ts';

type TotpEnrolmentProps = {
  enrolment: components['schemas']['TotpEnrolment'];
  isConfirming: boolean;
  onConfirm: (code: string, onError: (error: unknown) => void) => void;
  onCancel: () => void;
};

/** Step two of setting up: the seed to type (or the URI to paste) into the app, then its code. */
export function TotpEnrolment({ enrolment, isConfirming, onConfirm, onCancel }: TotpEnrolmentProps) {
  const { t } = useTranslation();
  const form = useTotpCodeForm(onConfirm);
  return (
    <Stack gap="md">
      <List type="ordered" spacing="xs" size="sm">
        <List.Item>{t('account.twoStep.stepInstall')}</List.Item>
        <List.Item>
          <Stack gap={6}>
            <Text size="sm">{t('account.twoStep.stepSecret')}</Text>
            <Group gap="xs">
              <Code fz="md" data-testid="totp-secret">
                {enrolment.secret}
              </Code>
              <CopyButton value={enrolment.secret}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="default" onClick={copy}>
                    {copied ? t('common.copied') : t('account.twoStep.copySecret')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm">{t('account.twoStep.stepUri')}</Text>
            <Code block data-testid="totp-uri" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {enrolment.otpauthUri}
            </Code>
          </Stack>
        </List.Item>
        <List.Item>{t('account.twoStep.stepCode')}</List.Item>
      </List>
      <form onSubmit={form.submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert>{form.formError}</ProblemAlert>
          <TotpCodeInput value={form.code} onChange={form.changeCode} error={form.codeError} />
          <Group>
            <Button type="submit" loading={isConfirming}>
              {t('account.twoStep.confirm')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
