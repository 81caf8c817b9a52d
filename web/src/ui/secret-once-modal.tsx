import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type SecretOnceModalProps = {
  /** Null closes the modal; the secret then lives nowhere in the page any more. */
  secret: string | null;
  title: string;
  label: string;
  /** Where to put it and how it will be used. */
  hint: string;
  onClose: () => void;
};

/**
 * A secret the API shows this one time (an API key, a webhook signing secret). It cannot be
 * dismissed by a stray click: the reader confirms they stored it.
 */
export function SecretOnceModal({ secret, title, label, hint, onClose }: SecretOnceModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={secret !== null} onClose={onClose} title={title} closeOnClickOutside={false} size="lg">
      <Stack>
        <Alert color="red" variant="light" title={t('common.secretOnce.warningTitle')}>
          {t('common.secretOnce.warning')}
        </Alert>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label={label}
            value={secret ?? ''}
            readOnly
            ff="monospace"
            style={{ flex: 1 }}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'light' : 'default'} onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.secretOnce.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
