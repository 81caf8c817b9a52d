import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { errorsByInput } from '../partners/form-fields.ts';
import { ConflictFeedback } from './conflict-feedback.tsx';
import { useCountryOptions } from './countries.ts';
import { CURRENCIES } from './currencies.ts';
import { type ConflictCheckInput, useConflictCheck, useRegisterDeal } from './deal-queries.ts';

type Values = {
  customerName: string;
  customerWebsite: string;
  contactName: string;
  contactEmail: string;
  country: string | null;
  amount: number | string;
  currency: string;
  expectedCloseDate: string;
  products: string[];
  notes: string;
};

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());
// Half-typed addresses would only make the check fail; they are left out until they look whole.
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
const looksLikeWebsite = (value: string) => /^\S+\.\S{2,}$/.test(value.trim());

function conflictCheckOf(values: Values): ConflictCheckInput | null {
  if (values.customerName.trim() === '' || !values.country) return null;
  return {
    customerName: values.customerName.trim(),
    country: values.country,
    customerWebsite: looksLikeWebsite(values.customerWebsite) ? values.customerWebsite.trim() : undefined,
    contactEmail: looksLikeEmail(values.contactEmail) ? values.contactEmail.trim() : undefined,
  };
}

/** The short registration form; the server checks it and names any field it refuses. */
export function RegisterDealForm({ onRegistered }: { onRegistered: (id: string) => void }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const register = useRegisterDeal();
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const required = (value: unknown) =>
    value === null || String(value).trim() === '' ? t('deals.form.required') : null;
  const form = useForm<Values>({
    initialValues: {
      customerName: '',
      customerWebsite: '',
      contactName: '',
      contactEmail: '',
      country: null,
      amount: '',
      currency: 'EUR',
      expectedCloseDate: '',
      products: [],
      notes: '',
    },
    validate: {
      customerName: required,
      country: required,
      amount: required,
      currency: required,
      expectedCloseDate: required,
      customerWebsite: (website, values) =>
        website.trim() === '' && values.contactEmail.trim() === '' ? t('deals.form.websiteOrEmail') : null,
    },
  });
  // Debounced as a string: a fresh object each render would restart the wait forever.
  const [checkKey] = useDebouncedValue(JSON.stringify(conflictCheckOf(form.values)), 400);
  const checkInput = JSON.parse(checkKey) as ConflictCheckInput | null;
  const check = useConflictCheck(checkInput);

  const send = async (values: Values) => {
    setFormProblem(null);
    try {
      const created = await register.mutateAsync({
        customerName: values.customerName.trim(),
        customerWebsite: blankToUndefined(values.customerWebsite),
        contactName: blankToUndefined(values.contactName),
        contactEmail: blankToUndefined(values.contactEmail),
        country: values.country ?? '',
        amount: Number(values.amount),
        currency: values.currency,
        expectedCloseDate: values.expectedCloseDate,
        products: values.products,
        notes: blankToUndefined(values.notes),
      });
      onRegistered(created.id);
    } catch (error) {
      const problems = formProblemsOf(error, t);
      form.setErrors(errorsByInput(problems.fields));
      setFormProblem(problems.form);
    }
  };

  return (
    <form onSubmit={form.onSubmit(send)} noValidate>
      <Stack maw={760}>
        {formProblem ? (
          <Alert color="orange" variant="light" role="alert">
            {formProblem}
          </Alert>
        ) : null}
        <TextInput
          label={t('deals.fields.customerName')}
          description={t('deals.form.customerNameHint')}
          withAsterisk
          {...form.getInputProps('customerName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('deals.fields.customerWebsite')}
            placeholder="www.example.com"
            {...form.getInputProps('customerWebsite')}
          />
          <Select
            label={t('deals.fields.country')}
            withAsterisk
            searchable
            data={countries}
            nothingFoundMessage={t('deals.form.noCountry')}
            {...form.getInputProps('country')}
          />
          <TextInput label={t('deals.fields.contactName')} {...form.getInputProps('contactName')} />
          <TextInput
            label={t('deals.fields.contactEmail')}
            type="email"
            {...form.getInputProps('contactEmail')}
          />
        </SimpleGrid>
        {checkInput && check.data ? (
          <ConflictFeedback check={check.data} isChecking={check.isFetching} />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('deals.fields.amount')}
            withAsterisk
            min={0}
            decimalScale={2}
            thousandSeparator
            {...form.getInputProps('amount')}
          />
          <Select
            label={t('deals.fields.currency')}
            withAsterisk
            allowDeselect={false}
            data={CURRENCIES}
            {...form.getInputProps('currency')}
          />
          <TextInput
            label={t('deals.fields.expectedCloseDate')}
            type="date"
            withAsterisk
            {...form.getInputProps('expectedCloseDate')}
          />
        </SimpleGrid>
        <TagsInput
          label={t('deals.fields.products')}
          description={t('deals.form.productsHint')}
          {...form.getInputProps('products')}
        />
        <Textarea label={t('deals.fields.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
        <Group>
          <Button type="submit" loading={register.isPending}>
            {t('deals.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
