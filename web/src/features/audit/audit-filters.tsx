import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEventTypeLabels } from '../../i18n/event-type-label.ts';
import type { AuditSearch } from './audit-search.ts';

type Props = {
  search: AuditSearch;
  onChange: (next: AuditSearch) => void;
  actorOptions: { value: string; label: string }[];
};

/** The trail's filters; each change goes straight into the address (and so the query). */
export function AuditFilters({ search, onChange, actorOptions }: Props) {
  const { t } = useTranslation();
  const labels = useEventTypeLabels();
  const set = (key: keyof AuditSearch, value: string | null) =>
    onChange({ ...search, [key]: value === null || value.trim() === '' ? undefined : value });
  const hasFilters = Object.values(search).some((value) => value !== undefined);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('audit.filters.title')}>
      <Group align="flex-end" gap="md">
        <Select
          label={t('audit.filters.entityType')}
          placeholder={t('audit.filters.any')}
          data={labels.knownEntityTypes().map((type) => ({ value: type, label: labels.entityType(type) }))}
          value={search.entityType ?? null}
          onChange={(value) => set('entityType', value)}
          searchable
          clearable
          clearButtonProps={{
            'aria-label': t('automation.clearField', { field: t('audit.filters.entityType') }),
          }}
          w={200}
        />
        <TextInput
          label={t('audit.filters.entityId')}
          placeholder="org_…"
          // Typed ids are applied when complete (on leaving the field or Enter), not per keystroke.
          key={search.entityId ?? ''}
          defaultValue={search.entityId ?? ''}
          onBlur={(event) => set('entityId', event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') set('entityId', event.currentTarget.value);
          }}
          w={240}
        />
        <Select
          label={t('audit.filters.action')}
          placeholder={t('audit.filters.any')}
          data={labels
            .knownEventTypes()
            .map((action) => ({ value: action, label: labels.eventType(action) }))}
          value={search.action ?? null}
          onChange={(value) => set('action', value)}
          searchable
          clearable
          clearButtonProps={{
            'aria-label': t('automation.clearField', { field: t('audit.filters.action') }),
          }}
          w={280}
        />
        <Select
          label={t('audit.filters.actor')}
          placeholder={t('audit.filters.anyone')}
          data={actorOptions}
          value={search.actorId ?? null}
          onChange={(value) => set('actorId', value)}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('automation.clearField', { field: t('audit.filters.actor') }) }}
          w={260}
        />
        <TextInput
          type="date"
          label={t('audit.filters.from')}
          value={search.from ?? ''}
          onChange={(event) => set('from', event.currentTarget.value)}
          w={170}
        />
        <TextInput
          type="date"
          label={t('audit.filters.to')}
          value={search.to ?? ''}
          onChange={(event) => set('to', event.currentTarget.value)}
          w={170}
        />
        {hasFilters ? (
          <Button variant="subtle" onClick={() => onChange({})}>
            {t('audit.filters.clear')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
