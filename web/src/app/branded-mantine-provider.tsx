import { MantineProvider } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { meQueryOptions } from '../features/auth/me-query.ts';
import { workspaceQueryOptions } from '../features/branding/workspace-query.ts';
import { appTheme, cssVariablesResolver } from './theme.ts';

/**
 * Mantine with the workspace's colour once someone is signed in (before that, nobody's workspace
 * is known: an e-mail address is unique across the deployment, so sign-in asks for no workspace).
 */
export function BrandedMantineProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // Only watches the cache: the signed-in area's route guard is what loads the user.
  const { data: me } = useQuery({ ...meQueryOptions, enabled: false });
  const { data: workspace } = useQuery({ ...workspaceQueryOptions, enabled: me !== undefined });
  const primaryColor = me ? (workspace?.branding.primaryColor ?? null) : null;
  const closeLabel = t('common.close');
  const theme = useMemo(() => appTheme({ primaryColor, closeLabel }), [primaryColor, closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}
