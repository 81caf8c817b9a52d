import { Anchor, Button, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Branding } from './workspace-query.ts';

/** How the saved branding looks: the header and a button, as partners will see them. */
export function BrandingPreview({ branding }: { branding: Branding }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={2} size="h3">
          {t('branding.preview')}
        </Title>
        <Group gap="xs" wrap="nowrap" p="sm" bg="gray.0">
          {branding.logoUrl ? <Image src={branding.logoUrl} alt="" h={32} w="auto" fit="contain" /> : null}
          <Text fw={800} fz="lg">
            {branding.productName ?? t('app.name')}
          </Text>
        </Group>
        <Text size="sm">{t('branding.previewHint')}</Text>
        <Group>
          <Button tabIndex={-1} aria-hidden="true">
            {t('branding.sampleButton')}
          </Button>
          <Anchor component="span" aria-hidden="true">
            {t('branding.sampleLink')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
