import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.tsx';
import { RegisterDealForm } from './register-deal-form.tsx';

/** The partner claims a customer opportunity, seeing while typing whether someone else has it. */
export function RegisterDealPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('deals.form.title')} description={t('deals.form.description')} />
      <RegisterDealForm
        onRegistered={(id) => void navigate({ to: '/portal/deals/$dealId', params: { dealId: id } })}
      />
    </>
  );
}
