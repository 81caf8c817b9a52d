import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';

export type CustomerAccount = components['schemas']['CustomerAccount'];
export type CustomerOpportunity = components['schemas']['CustomerOpportunity'];
export type RulesOfEngagement = components['schemas']['RulesOfEngagement'];
export type ImportResult = components['schemas']['CustomerAccountImportResult'];
export type NewAccount =
  paths['/api/v1/customer-accounts']['post']['requestBody']['content']['application/json'];
export type NewOpportunity =
  paths['/api/v1/customer-accounts/{id}/opportunities']['post']['requestBody']['content']['application/json'];
export type AccountFilters = { q?: string; isDirectOnly?: boolean; hasOpenOpportunity?: boolean };

const ACCOUNTS_KEY = ['customer-accounts'] as const;
const RULES_KEY = ['rules-of-engagement'] as const;

const asFlag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'true' : 'false');

export function useCustomerAccounts(filters: AccountFilters) {
  return useCursorList({
    queryKey: [...ACCOUNTS_KEY, 'list', filters],
    fetchPage: async (cursor) =>
      unwrap(
        await api.GET('/api/v1/customer-accounts', {
          params: {
            query: {
              cursor,
              q: filters.q || undefined,
              isDirectOnly: asFlag(filters.isDirectOnly),
              hasOpenOpportunity: asFlag(filters.hasOpenOpportunity),
            },
          },
        }),
      ),
  });
}

export function useCustomerAccount(id: string) {
  return useQuery({
    queryKey: [...ACCOUNTS_KEY, 'one', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/customer-accounts/{id}', { params: { path: { id } } })),
  });
}

export function useCustomerOpportunities(accountId: string) {
  return useQuery({
    queryKey: [...ACCOUNTS_KEY, 'opportunities', accountId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/customer-accounts/{id}/opportunities', {
          params: { path: { id: accountId } },
        }),
      ),
  });
}

/** Any account change can move lists, totals and the direct-only names: reload them all. */
function useAccountsMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
      await queryClient.invalidateQueries({ queryKey: RULES_KEY });
    },
  });
}

export function useSaveAccount() {
  return useAccountsMutation(
    async ({ account, values }: { account?: CustomerAccount; values: NewAccount }) =>
      account
        ? unwrap(
            await api.PATCH('/api/v1/customer-accounts/{id}', {
              params: { path: { id: account.id } },
              headers: ifMatch(account.version),
              body: values,
            }),
          )
        : unwrap(await api.POST('/api/v1/customer-accounts', { body: values })),
  );
}

export function useDeleteAccount() {
  return useAccountsMutation(async (account: CustomerAccount) =>
    unwrap(
      await api.DELETE('/api/v1/customer-accounts/{id}', {
        params: { path: { id: account.id } },
        headers: ifMatch(account.version),
      }),
    ),
  );
}

export function useAddOpportunity(accountId: string) {
  return useAccountsMutation(async (values: NewOpportunity) =>
    unwrap(
      await api.POST('/api/v1/customer-accounts/{id}/opportunities', {
        params: { path: { id: accountId } },
        body: values,
      }),
    ),
  );
}

export function useCloseOpportunity() {
  return useAccountsMutation(async (opportunity: CustomerOpportunity) =>
    unwrap(
      await api.PATCH('/api/v1/customer-opportunities/{id}', {
        params: { path: { id: opportunity.id } },
        headers: ifMatch(opportunity.version),
        body: { isOpen: !opportunity.isOpen },
      }),
    ),
  );
}

export function useDeleteOpportunity() {
  return useAccountsMutation(async (opportunity: CustomerOpportunity) =>
    unwrap(
      await api.DELETE('/api/v1/customer-opportunities/{id}', {
        params: { path: { id: opportunity.id } },
        headers: ifMatch(opportunity.version),
      }),
    ),
  );
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

export function useImportAccounts() {
  return useAccountsMutation(async (file: File) =>
    unwrap(
      await api.POST('/api/v1/customer-accounts/import', {
        body: { fileName: file.name, content: await base64Of(file) },
      }),
    ),
  );
}

export function useRulesOfEngagement() {
  return useQuery({
    queryKey: RULES_KEY,
    queryFn: async () => unwrap(await api.GET('/api/v1/rules-of-engagement')),
  });
}

export function usePublishRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (markdown: string) =>
      unwrap(await api.PUT('/api/v1/rules-of-engagement', { body: { markdown } })),
    onSuccess: (rules) => queryClient.setQueryData(RULES_KEY, rules),
  });
}
