import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemMessages } from '../../api/form-problems.ts';

export const TOTP_CODE_PATTERN = /^\d{6}$/;

export const TOTP_MESSAGES: ProblemMessages = { invalid_mfa_code: 'mfa.errors.invalidCode' };

type TotpCodeInputProps = { value: string; onChange: (code: string) => void; error: string | null };

/** The 6 digits an authenticator app shows; phones offer the digit keyboard and autofill. */
export function TotpCodeInput({ value, onChange, error }: TotpCodeInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('account.twoStep.code')}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      w={200}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value.replace(/\s/g, ''))}
      error={error}
      aria-invalid={Boolean(error)}
    />
  );
}
