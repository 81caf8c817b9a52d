import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementTemplate } from './agreement-queries.ts';

/** Who an agreement applies to, in words: "All partners", or its regions and partner types. */
export function AgreementAudience({ template }: { template: AgreementTemplate }) {
  const { t } = useTranslation();
  const regions = template.regions.length > 0 ? template.regions.join(', ') : t('agreements.allRegions');
  const types =
    template.partnerTypes.length > 0
      ? template.partnerTypes.map((type) => t(`agreements.partnerTypes.${type}`)).join(', ')
      : t('agreements.allTypes');
  if (template.regions.length === 0 && template.partnerTypes.length === 0) {
    return <Text size="sm">{t('agreements.allPartners')}</Text>;
  }
  return (
    <Text size="sm">
      {regions} · {types}
    </Text>
  );
}
