import { Autocomplete, type AutocompleteProps, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { partnerRegionsQuery } from './partners-api.ts';

/**
 * A region code, typed or picked from the regions the reader's partners are in (with how many
 * partners each). Regions are free codes, so typing one nobody has yet stays possible.
 */
export function RegionInput(props: Omit<AutocompleteProps, 'data' | 'renderOption'>) {
  const { t } = useTranslation();
  const regions = useQuery(partnerRegionsQuery());
  const partnersIn = new Map((regions.data ?? []).map((region) => [region.code, region.partners]));
  return (
    <Autocomplete
      {...props}
      data={[...partnersIn.keys()]}
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" w="100%">
          <Text size="sm">{option.value}</Text>
          <Text size="xs" c="dimmed">
            {t('partners.filters.regionPartners', { count: partnersIn.get(option.value) ?? 0 })}
          </Text>
        </Group>
      )}
    />
  );
}
