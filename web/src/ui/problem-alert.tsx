import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageOf } from '../api/form-problems.ts';

type ProblemAlertProps = {
  /** What went wrong, in the reader's words. */
  children?: ReactNode;
  /** Or the error itself, said as the API explained it. */
  error?: unknown;
  /** Offers a close button, for a problem that stays on the page after the action. */
  onClose?: () => void;
} & Pick<AlertProps, 'mb' | 'style'>;

/** Why something failed, announced to screen readers; nothing at all while there is no problem. */
export function ProblemAlert({ children, error, onClose, ...props }: ProblemAlertProps) {
  const { t } = useTranslation();
  const message = children || (error ? problemMessageOf(error, t) : null);
  if (!message) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      withCloseButton={onClose !== undefined}
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      {...props}
    >
      {message}
    </Alert>
  );
}
