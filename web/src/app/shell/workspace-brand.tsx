import { Group, Image, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { workspaceQueryOptions } from '../../features/branding/workspace-query.ts';

/** The program's own name and logo in the header; Trellis's name until (or unless) it has them. */
export function WorkspaceBrand() {
  const { t } = useTranslation();
  const { data: workspace } = useQuery(workspaceQueryOptions);
  const productName = workspace?.branding.productName ?? t('app.name');
  const logoUrl = workspace?.branding.logoUrl ?? null;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="workspace-brand">
      {logoUrl ? <Image src={logoUrl} alt="" h={32} w="auto" fit="contain" /> : null}
      <Text fw={800} fz="lg" truncate>
        {productName}
      </Text>
    </Group>
  );
}
