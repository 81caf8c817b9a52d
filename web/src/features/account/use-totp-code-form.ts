import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { TOTP_CODE_PATTERN, TOTP_MESSAGES } from './totp-code-input.tsx';

/**
 * A form whose one field is an authenticator code: checks the format before sending, and shows
 * the API's answer under the field (or above the form when it is not about the code).
 */
export function useTotpCodeForm(send: (code: string, onError: (error: unknown) => void) => void) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const onError = (error: unknown) => {
    const problems = formProblemsOf(error, t, TOTP_MESSAGES);
    setCodeError(problems.fields.code ?? null);
    setFormError(problems.form);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    if (!TOTP_CODE_PATTERN.test(code)) return setCodeError(t('mfa.errors.codeFormat'));
    setCodeError(null);
    send(code, onError);
  };

  const changeCode = (next: string) => {
    setCode(next);
    setCodeError(null);
  };

  return { code, changeCode, codeError, formError, submit };
}
