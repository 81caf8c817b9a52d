import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PageSection } from '../../ui/page-section.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { partnerRegionsQuery } from '../partners/partners-api.ts';
import { CURRENCIES } from './currencies.ts';
import {
  type ApproverRole,
  type DealSettings,
  type DealSettingsInput,
  useDealSettings,
  useSaveDealSettings,
} from './deal-approval-queries.ts';

const MAX_LEVELS = 5;

/** The whole-number settings of protection and follow-up, each edited the same way. */
const COUNTED_SETTINGS = [
  { field: 'reminderHoursBeforeDue', min: 0 },
  { field: 'protectionDays', min: 1 },
  { field: 'extensionDays', min: 1 },
  { field: 'maxExtensions', min: 0 },
  { field: 'staleAfterDays', min: 1 },
] as const satisfies readonly { field: keyof DealSettingsInput; min: number }[];

/** How the programme approves, protects and follows up deal registrations. */
export function DealSettingsPage() {
  const { t } = useTranslation();
  const settings = useDealSettings();
  return (
    <>
      <PageHeader
        title={t('dealApprovals.settings.title')}
        description={t('dealApprovals.settings.description')}
      />
      {settings.isPending ? (
        <LoadingState />
      ) : settings.error ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm key={settings.data.version} settings={settings.data} />
      )}
    </>
  );
}

function SettingsForm({ settings }: { settings: DealSettings }) {
  const { t } = useTranslation();
  const save = useSaveDealSettings();
  const { version, exchangeRates, ...initial } = settings;
  const [values, setValues] = useState<Omit<DealSettingsInput, 'exchangeRates'>>(initial);
  // Rows rather than a map while editing, so a rate can be added before its currency is chosen.
  const [rates, setRates] = useState<ExchangeRate[]>(() =>
    Object.entries(exchangeRates).map(([currency, rate]) => ({ currency, rate })),
  );
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setLevel = (index: number, change: Partial<DealSettingsInput['approvalLevels'][number]>) =>
    set(
      'approvalLevels',
      values.approvalLevels.map((level, at) => (at === index ? { ...level, ...change } : level)),
    );
  const number = (value: string | number, fallback: number) => (typeof value === 'number' ? value : fallback);
  const fieldError = (field: string) => problems.fields[field] ?? null;
  // The partners' regions are offered; a level may still name one no partner is in yet.
  const regionCodes = (useQuery(partnerRegionsQuery()).data ?? []).map((region) => region.code);

  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setProblems(NO_PROBLEMS);
        try {
          const exchangeRates = Object.fromEntries(rates.map(({ currency, rate }) => [currency, rate ?? 0]));
          await save.mutateAsync({ values: { ...values, exchangeRates }, version });
          notifications.show({ message: t('dealApprovals.settings.saved'), color: 'green' });
        } catch (error) {
          setProblems(formProblemsOf(error, t));
        }
      }}
    >
      <Stack gap="lg">
        <ProblemAlert>{problems.form}</ProblemAlert>
        <ProgrammeCurrency
          currency={values.currency ?? 'EUR'}
          onCurrencyChange={(currency) => set('currency', currency)}
          rates={rates}
          onRatesChange={setRates}
          fieldError={fieldError}
        />
        <PageSection
          title={t('dealApprovals.settings.levels')}
          description={t('dealApprovals.settings.levelsHint')}
        >
          {problems.fields.approvalLevels ? (
            <Text c="red.8" size="sm">
              {problems.fields.approvalLevels}
            </Text>
          ) : null}
          {values.approvalLevels.map((level, index) => (
            // Levels have no identity of their own beyond their place in the order.
            // biome-ignore lint/suspicious/noArrayIndexKey: the position is what a level is
            <Group key={index} align="flex-start" wrap="wrap">
              <Text fw={500} pt={30} w={70}>
                {t('dealApprovals.level', { level: index + 1 })}
              </Text>
              <Select
                label={t('dealApprovals.settings.role')}
                data={(['regional_manager', 'channel_manager'] as ApproverRole[]).map((role) => ({
                  value: role,
                  label: t(`dealApprovals.role.${role}`),
                }))}
                value={level.role}
                onChange={(role) => role && setLevel(index, { role: role as ApproverRole })}
                allowDeselect={false}
                w={200}
              />
              <NumberInput
                clampBehavior="none"
                label={t('dealApprovals.settings.minimumAmount')}
                min={0}
                value={level.minimumAmount}
                onChange={(value) => setLevel(index, { minimumAmount: number(value, 0) })}
                error={fieldError(`approvalLevels.${index}.minimumAmount`)}
                w={160}
              />
              <TagsInput
                label={t('dealApprovals.settings.regions')}
                data={regionCodes}
                description={t('dealApprovals.settings.regionsHint')}
                value={level.regions}
                onChange={(regions) => setLevel(index, { regions })}
                error={
                  fieldError(`approvalLevels.${index}.regions`) ??
                  level.regions
                    .map((_, at) => fieldError(`approvalLevels.${index}.regions.${at}`))
                    .find(Boolean) ??
                  null
                }
                w={220}
              />
              <NumberInput
                clampBehavior="none"
                label={t('dealApprovals.settings.slaHours')}
                min={1}
                value={level.slaHours}
                onChange={(value) => setLevel(index, { slaHours: number(value, 0) })}
                error={fieldError(`approvalLevels.${index}.slaHours`)}
                w={140}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('dealApprovals.settings.removeLevel', { level: index + 1 })}
                disabled={values.approvalLevels.length === 1}
                onClick={() =>
                  set(
                    'approvalLevels',
                    values.approvalLevels.filter((_, at) => at !== index),
                  )
                }
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              disabled={values.approvalLevels.length >= MAX_LEVELS}
              onClick={() =>
                set('approvalLevels', [
                  ...values.approvalLevels,
                  { role: 'channel_manager', minimumAmount: 0, regions: [], slaHours: 48 },
                ])
              }
            >
              {t('dealApprovals.settings.addLevel')}
            </Button>
          </Group>
        </PageSection>

        <PageSection title={t('dealApprovals.settings.protection')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <NumberInput
              clampBehavior="none"
              label={t('dealApprovals.settings.autoApproveMaxAmount')}
              description={t('dealApprovals.settings.autoApproveHint')}
              min={0}
              value={values.autoApproveMaxAmount ?? ''}
              onChange={(value) => set('autoApproveMaxAmount', typeof value === 'number' ? value : null)}
              error={fieldError('autoApproveMaxAmount')}
            />
            {COUNTED_SETTINGS.map(({ field, min }) => (
              <NumberInput
                key={field}
                clampBehavior="none"
                label={t(`dealApprovals.settings.${field}`)}
                min={min}
                value={values[field]}
                onChange={(value) => set(field, number(value, 0))}
                error={fieldError(field)}
              />
            ))}
          </SimpleGrid>
        </PageSection>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type ExchangeRate = { currency: string; rate: number | null };

/**
 * The currency the programme's amounts are in, and the rates that bring a registration in another
 * currency to it. Without a rate a registration cannot be weighed, which the hint says plainly.
 */
function ProgrammeCurrency({
  currency,
  onCurrencyChange,
  rates,
  onRatesChange,
  fieldError,
}: {
  currency: string;
  onCurrencyChange: (currency: string) => void;
  rates: ExchangeRate[];
  onRatesChange: (rates: ExchangeRate[]) => void;
  fieldError: (field: string) => string | null;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<string | null>(null);
  const hasRate = (code: string) => rates.some((row) => row.currency === code);
  const addable = CURRENCIES.filter((code) => code !== currency && !hasRate(code));
  return (
    <PageSection
      title={t('dealApprovals.settings.currency')}
      description={t('dealApprovals.settings.currencyHint', { currency })}
    >
      <Select
        label={t('dealApprovals.settings.programmeCurrency')}
        data={[...new Set([currency, ...CURRENCIES])].filter((code) => code === currency || !hasRate(code))}
        value={currency}
        onChange={(code) => code && onCurrencyChange(code)}
        allowDeselect={false}
        error={fieldError('currency')}
        w={200}
      />
      {rates.length > 0 ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          {rates.map((row) => (
            <Group key={row.currency} gap={4} align="flex-start" wrap="nowrap">
              <NumberInput
                clampBehavior="none"
                decimalScale={6}
                label={t('dealApprovals.settings.rate', { currency, other: row.currency })}
                min={0}
                value={row.rate ?? ''}
                onChange={(value) =>
                  onRatesChange(
                    rates.map((other) =>
                      other === row ? { ...row, rate: typeof value === 'number' ? value : null } : other,
                    ),
                  )
                }
                error={fieldError(`exchangeRates.${row.currency}`)}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('dealApprovals.settings.removeRate', { currency: row.currency })}
                onClick={() => onRatesChange(rates.filter((other) => other !== row))}
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
        </SimpleGrid>
      ) : null}
      <Group align="flex-end">
        <Select
          label={t('dealApprovals.settings.rateCurrency')}
          data={addable}
          value={adding}
          onChange={setAdding}
          w={160}
        />
        <Button
          variant="default"
          disabled={!adding || !addable.includes(adding)}
          onClick={() => {
            if (!adding) return;
            onRatesChange([...rates, { currency: adding, rate: null }]);
            setAdding(null);
          }}
        >
          {t('dealApprovals.settings.addRate')}
        </Button>
      </Group>
    </PageSection>
  );
}
