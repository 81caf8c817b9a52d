import { MultiSelect, Select, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/i18n.ts';
import { type AutomationCatalogue, rolesOf } from './automation-queries.ts';
import type { RuleFormValues } from './rule-form-values.ts';
import { useUserOptions } from './use-user-options.ts';

type Props = { form: UseFormReturnType<RuleFormValues>; index: number; catalogue: AutomationCatalogue };

/** Who a notice or an e-mail goes to: vendor roles, the partner's roles, or one person. */
export function ActionAudienceInputs({ form, index, catalogue }: Props) {
  const { t } = useTranslation();
  const users = useUserOptions();
  const action = form.getValues().actions[index]!;
  const roleOptions = (parameter: string) =>
    rolesOf(catalogue, action.type, parameter).map((role) => ({
      value: role,
      label: t(`roles.${role}` as MessageKey),
    }));
  return (
    <Stack gap="sm">
      <MultiSelect
        label={t('automation.actions.vendorRoles')}
        data={roleOptions('vendorRoles')}
        clearable
        clearButtonProps={{
          'aria-label': t('automation.clearField', { field: t('automation.actions.vendorRoles') }),
        }}
        {...form.getInputProps(`actions.${index}.vendorRoles`)}
      />
      <MultiSelect
        label={t('automation.actions.partnerRoles')}
        description={t('automation.actions.partnerRolesHint')}
        data={roleOptions('partnerRoles')}
        clearable
        clearButtonProps={{
          'aria-label': t('automation.clearField', { field: t('automation.actions.partnerRoles') }),
        }}
        {...form.getInputProps(`actions.${index}.partnerRoles`)}
      />
      <Select
        label={t('automation.actions.person')}
        description={t('automation.actions.personHint')}
        placeholder={users.isLoading ? t('common.loading') : undefined}
        data={users.options}
        searchable
        clearable
        clearButtonProps={{
          'aria-label': t('automation.clearField', { field: t('automation.actions.person') }),
        }}
        nothingFoundMessage={t('automation.actions.noPersonFound')}
        {...form.getInputProps(`actions.${index}.userId`)}
        onChange={(value) => form.setFieldValue(`actions.${index}.userId`, value ?? '')}
      />
    </Stack>
  );
}
