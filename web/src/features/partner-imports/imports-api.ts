import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

export type PartnerImport = components['schemas']['PartnerImport'];
export type ImportRow = components['schemas']['PartnerImportRow'];
export type ImportField = PartnerImport['mapping'][string];
export type Decision =
  paths['/api/v1/partner-imports/{id}/decisions']['post']['requestBody']['content']['application/json']['decisions'][number];

const IMPORTS_KEY = ['partner-imports'] as const;
const importKey = (id: string) => [...IMPORTS_KEY, id] as const;
const rowsKey = (id: string, filter: RowFilter) => [...IMPORTS_KEY, id, 'rows', filter] as const;

type RowFilter = { status?: ImportRow['status']; isPending?: 'true' };

/** Statuses during which a worker is busy with the file: the page polls until they end. */
export const RUNNING_STATUSES: readonly PartnerImport['status'][] = ['mapped', 'validating', 'importing'];

/** Where the browser downloads the rows that could not be imported (the session authorises it). */
export const invalidRowsUrl = (id: string) => `/api/v1/partner-imports/${id}/invalid-rows`;

export function usePartnerImports() {
  return useCursorList({
    queryKey: IMPORTS_KEY,
    fetchPage: async (cursor) =>
      unwrap(await api.GET('/api/v1/partner-imports', { params: { query: { cursor } } })),
  });
}

export function usePartnerImport(id: string) {
  return useQuery({
    queryKey: importKey(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/partner-imports/{id}', { params: { path: { id } } })),
    refetchInterval: (query) =>
      query.state.data && RUNNING_STATUSES.includes(query.state.data.status) ? 1000 : false,
  });
}

export function useImportRows(id: string, filter: RowFilter, enabled = true) {
  return useCursorList({
    queryKey: rowsKey(id, filter),
    enabled,
    fetchPage: async (cursor) =>
      unwrap(
        await api.GET('/api/v1/partner-imports/{id}/rows', {
          params: { path: { id }, query: { ...filter, cursor, limit: 100 } },
        }),
      ),
  });
}

/** The file's bytes as base64, the way the API takes an upload. */
async function base64Of(file: File): Promise<string> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/partner-imports', {
          body: { fileName: file.name, content: await base64Of(file) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: IMPORTS_KEY }),
  });
}

function useImportUpdate() {
  const queryClient = useQueryClient();
  return (updated: PartnerImport) => {
    queryClient.setQueryData(importKey(updated.id), updated);
    return queryClient.invalidateQueries({ queryKey: IMPORTS_KEY });
  };
}

export function useConfirmMapping(id: string) {
  const onSuccess = useImportUpdate();
  return useMutation({
    mutationFn: async (mapping: Record<string, ImportField>) =>
      unwrap(
        await api.PUT('/api/v1/partner-imports/{id}/mapping', {
          params: { path: { id } },
          body: { mapping },
        }),
      ),
    onSuccess,
  });
}

export function useApplyDecisions(id: string) {
  const onSuccess = useImportUpdate();
  return useMutation({
    mutationFn: async (decisions: Decision[]) =>
      unwrap(
        await api.POST('/api/v1/partner-imports/{id}/decisions', {
          params: { path: { id } },
          body: { decisions },
        }),
      ),
    onSuccess,
  });
}
