import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export type AddressField = 'country' | 'street' | 'postalCode' | 'city' | 'stateProvince';

/** A partner's country and postal address, as both the vendor's and the partner's own edit forms ask for it. */
export function AddressFields({
  inputProps,
}: {
  inputProps: (field: AddressField) => GetInputPropsReturnType;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('partners.fields.country')}
        description={t('partners.edit.countryDescription')}
        {...inputProps('country')}
      />
      <TextInput label={t('partners.fields.street')} {...inputProps('street')} />
      <TextInput label={t('partners.fields.postalCode')} {...inputProps('postalCode')} />
      <TextInput label={t('partners.fields.city')} {...inputProps('city')} />
      <TextInput label={t('partners.fields.stateProvince')} {...inputProps('stateProvince')} />
    </>
  );
}
