import { useQueryClient } from '@tanstack/react-query';
import { type Workspace, workspaceQueryOptions } from './workspace-query.ts';

/** After a branding change: every page (header, theme, this form) shows the saved workspace. */
export function useShowSavedWorkspace() {
  const queryClient = useQueryClient();
  return (workspace: Workspace) => queryClient.setQueryData(workspaceQueryOptions.queryKey, workspace);
}
