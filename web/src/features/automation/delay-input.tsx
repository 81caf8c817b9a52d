import { Group, NumberInput, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const UNITS = { minutes: 60, hours: 3600, days: 86_400 } as const;
type Unit = keyof typeof UNITS;

function unitFor(seconds: number): Unit {
  if (seconds > 0 && seconds % UNITS.days === 0) return 'days';
  if (seconds > 0 && seconds % UNITS.hours === 0) return 'hours';
  return 'minutes';
}

/** An action's wait, typed as an amount and a unit; the API counts it in seconds. */
export function DelayInput({
  value,
  onChange,
  error,
}: {
  value: number;
  onChange: (seconds: number) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<Unit>(() => unitFor(value));
  const amount = value / UNITS[unit];
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <NumberInput
        label={t('automation.actions.delay')}
        description={t('automation.actions.delayHint')}
        min={0}
        value={amount}
        onChange={(next) => onChange(Math.round((typeof next === 'number' ? next : 0) * UNITS[unit]))}
        error={error}
        w={200}
      />
      <Select
        label={t('automation.actions.delayUnit')}
        data={(Object.keys(UNITS) as Unit[]).map((option) => ({
          value: option,
          label: t(`automation.actions.units.${option}`),
        }))}
        value={unit}
        allowDeselect={false}
        onChange={(next) => {
          if (next === null) return;
          const nextUnit = next as Unit;
          setUnit(nextUnit);
          onChange(Math.round(amount * UNITS[nextUnit]));
        }}
        w={140}
      />
    </Group>
  );
}
