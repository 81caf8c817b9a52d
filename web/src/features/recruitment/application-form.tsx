import {
  Alert,
  Box,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { errorsByInput } from '../partners/form-fields.ts';
import { programName } from './program-name.ts';
import {
  type CompanySize,
  type ApplicationForm as Form,
  type NewApplication,
  useSubmitApplication,
} from './recruitment-queries.ts';

type Values = {
  companyName: string;
  websiteDomain: string;
  country: string;
  region: string | null;
  partnerTypes: NewApplication['partnerTypes'];
  industries: string[];
  companySize: CompanySize | null;
  certifications: string[];
  applicantName: string;
  applicantEmail: string;
  applicantJobTitle: string;
  message: string;
  consent: boolean;
  url: string;
};

type ApplicationFormProps = { slug: string; form: Form; onSent: (email: string) => void };

/** The applicant's answers; the server checks them and names any field it refuses. */
export function ApplicationForm({ slug, form: choices, onSent }: ApplicationFormProps) {
  const { t } = useTranslation();
  const submit = useSubmitApplication(slug);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const required = (value: unknown) =>
    (Array.isArray(value) ? value.length > 0 : Boolean(value && String(value).trim()))
      ? null
      : t('apply.required');
  const form = useForm<Values>({
    initialValues: {
      companyName: '',
      websiteDomain: '',
      country: '',
      region: null,
      partnerTypes: [],
      industries: [],
      companySize: null,
      certifications: [],
      applicantName: '',
      applicantEmail: '',
      applicantJobTitle: '',
      message: '',
      consent: false,
      url: '',
    },
    validate: {
      companyName: required,
      websiteDomain: required,
      country: required,
      region: required,
      partnerTypes: required,
      industries: required,
      companySize: required,
      applicantName: required,
      applicantEmail: required,
      applicantJobTitle: required,
      consent: (consent) => (consent ? null : t('apply.consentRequired')),
    },
  });

  const send = async (values: Values) => {
    setFormProblem(null);
    try {
      await submit.mutateAsync({
        ...values,
        country: values.country.trim().toUpperCase(),
        region: values.region ?? '',
        companySize: values.companySize ?? '1-10',
        message: values.message.trim() || undefined,
        url: values.url || undefined,
        locale: currentLocale(),
        consent: true,
      });
      onSent(values.applicantEmail.trim());
    } catch (error) {
      const problems = formProblemsOf(error, t);
      form.setErrors(errorsByInput(problems.fields));
      setFormProblem(problems.form);
    }
  };

  return (
    <form onSubmit={form.onSubmit(send)} noValidate>
      <Stack>
        {formProblem ? (
          <Alert color="orange" variant="light" role="alert">
            {formProblem}
          </Alert>
        ) : null}
        <Title order={2} size="h3">
          {t('apply.companySection')}
        </Title>
        <TextInput label={t('apply.fields.companyName')} required {...form.getInputProps('companyName')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('apply.fields.websiteDomain')}
            description={t('apply.fields.websiteDomainHint')}
            required
            {...form.getInputProps('websiteDomain')}
          />
          <TextInput
            label={t('apply.fields.country')}
            description={t('apply.fields.countryHint')}
            required
            maxLength={2}
            {...form.getInputProps('country')}
          />
          <Select
            label={t('apply.fields.region')}
            required
            data={choices.regions}
            {...form.getInputProps('region')}
          />
          <Select
            label={t('apply.fields.companySize')}
            required
            data={choices.companySizes.map((size) => ({
              value: size,
              label: t(`recruitment.sizes.${size}`),
            }))}
            {...form.getInputProps('companySize')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('apply.fields.partnerTypes')}
          required
          {...form.getInputProps('partnerTypes')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {choices.partnerTypes.map((type) => (
              <Checkbox key={type} value={type} label={t(`partners.types.${type}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <MultiSelect
          label={t('apply.fields.industries')}
          required
          searchable
          data={choices.industries}
          {...form.getInputProps('industries')}
        />
        <TagsInput
          label={t('apply.fields.certifications')}
          description={t('apply.fields.certificationsHint')}
          {...form.getInputProps('certifications')}
        />
        <Title order={2} size="h3" mt="md">
          {t('apply.contactSection')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('apply.fields.applicantName')}
            required
            autoComplete="name"
            {...form.getInputProps('applicantName')}
          />
          <TextInput
            label={t('apply.fields.applicantJobTitle')}
            required
            autoComplete="organization-title"
            {...form.getInputProps('applicantJobTitle')}
          />
        </SimpleGrid>
        <TextInput
          label={t('apply.fields.applicantEmail')}
          type="email"
          required
          autoComplete="email"
          {...form.getInputProps('applicantEmail')}
        />
        <Textarea label={t('apply.fields.message')} autosize minRows={3} {...form.getInputProps('message')} />
        {/* Out of sight and out of the tab order: people leave it empty, form-filling bots do not. */}
        <Box
          aria-hidden
          style={{ position: 'absolute', left: -10_000, width: 1, height: 1, overflow: 'hidden' }}
        >
          <TextInput
            label={t('apply.fields.honeypot')}
            tabIndex={-1}
            autoComplete="off"
            {...form.getInputProps('url')}
          />
        </Box>
        <Checkbox
          label={t('apply.fields.consent', { program: programName(choices) })}
          {...form.getInputProps('consent', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={submit.isPending}
            color={choices.workspace.primaryColor ?? undefined}
          >
            {t('apply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
