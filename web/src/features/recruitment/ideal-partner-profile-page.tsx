import { Button, Card, Group, MultiSelect, NumberInput, Stack, TagsInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf, problemMessageOf } from '../../api/form-problems.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { PARTNER_TYPES } from '../agreements/partner-types.ts';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import {
  type IdealPartnerProfile,
  type ProfileChanges,
  useIdealPartnerProfile,
  useRescoreApplications,
  useSaveIdealPartnerProfile,
} from './recruitment-queries.ts';

const SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001+'] as const;
type Criterion = keyof ProfileChanges['criteria'];
const CRITERIA: Criterion[] = ['partnerType', 'region', 'industry', 'companySize', 'certifications'];

/** What the program looks for in new partners, and what its public application form offers. */
export function IdealPartnerProfilePage() {
  const { t } = useTranslation();
  const profile = useIdealPartnerProfile();
  return (
    <>
      <RouterAnchor to="/console/recruitment" size="sm" mb="xs" display="inline-block">
        {t('recruitment.backToList')}
      </RouterAnchor>
      <PageHeader title={t('recruitment.profile.title')} description={t('recruitment.profile.description')} />
      {profile.isPending ? <LoadingState /> : null}
      {profile.error ? <ErrorState error={profile.error} onRetry={() => void profile.refetch()} /> : null}
      {profile.data ? <ProfileForm key={profile.data.version} profile={profile.data} /> : null}
    </>
  );
}

function ProfileForm({ profile }: { profile: IdealPartnerProfile }) {
  const { t } = useTranslation();
  const save = useSaveIdealPartnerProfile();
  const rescore = useRescoreApplications();
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const form = useForm<ProfileChanges>({
    initialValues: {
      criteria: profile.criteria as ProfileChanges['criteria'],
      formRegions: profile.formRegions,
      formIndustries: profile.formIndustries,
    },
  });

  const submit = async (values: ProfileChanges) => {
    setFormProblem(null);
    try {
      await save.mutateAsync({ version: profile.version, body: values });
      notifications.show({ color: 'green', message: t('recruitment.profile.saved') });
    } catch (error) {
      const problems = formProblemsOf(error, t);
      form.setErrors(
        Object.fromEntries(
          Object.entries(problems.fields).map(([field, message]) => [inputOf(field), message]),
        ),
      );
      setFormProblem(problems.form);
    }
  };
  const runRescore = () =>
    rescore.mutate(undefined, {
      onSuccess: ({ rescored }) =>
        notifications.show({ message: t('recruitment.rescored', { count: rescored }) }),
      onError: (error) => notifications.show({ color: 'red', message: problemMessageOf(error, t) }),
    });

  const optionsOf = (criterion: Criterion) => {
    if (criterion === 'partnerType')
      return PARTNER_TYPES.map((type) => ({ value: type, label: t(`partners.types.${type}`) }));
    if (criterion === 'companySize')
      return SIZES.map((size) => ({ value: size, label: t(`recruitment.sizes.${size}`) }));
    if (criterion === 'region') return form.values.formRegions;
    return form.values.formIndustries;
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="lg">
        <ProblemAlert>{formProblem}</ProblemAlert>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('recruitment.profile.formSection')}
          </Title>
          <Stack>
            <TagsInput
              label={t('recruitment.profile.formRegions')}
              description={t('recruitment.profile.formRegionsHint')}
              {...form.getInputProps('formRegions')}
            />
            <TagsInput
              label={t('recruitment.profile.formIndustries')}
              description={t('recruitment.profile.enterHint')}
              {...form.getInputProps('formIndustries')}
            />
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('recruitment.profile.criteriaSection')}
          </Title>
          <Stack gap="lg">
            {CRITERIA.map((criterion) => {
              const name = t(`recruitment.profile.criteria.${criterion}`);
              const preferred = form.getInputProps(`criteria.${criterion}.preferred`);
              return (
                <Group key={criterion} align="flex-start" wrap="wrap">
                  <NumberInput
                    label={t('recruitment.profile.weightOf', { criterion: name })}
                    min={0}
                    max={100}
                    clampBehavior="strict"
                    allowDecimal={false}
                    w={200}
                    {...form.getInputProps(`criteria.${criterion}.weight`)}
                  />
                  {criterion === 'certifications' ? (
                    <TagsInput
                      label={t('recruitment.profile.preferredOf', { criterion: name })}
                      description={t('recruitment.profile.enterHint')}
                      style={{ flex: 1, minWidth: 260 }}
                      {...preferred}
                    />
                  ) : (
                    <MultiSelect
                      label={t('recruitment.profile.preferredOf', { criterion: name })}
                      data={optionsOf(criterion)}
                      style={{ flex: 1, minWidth: 260 }}
                      {...preferred}
                    />
                  )}
                </Group>
              );
            })}
          </Stack>
        </Card>
        <Group justify="flex-end">
          <Button variant="default" loading={rescore.isPending} onClick={runRescore}>
            {t('recruitment.rescore')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('recruitment.profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `body.criteria.region.preferred` → the form path `criteria.region.preferred`. */
const inputOf = (field: string) => field.replace(/^body\./, '');
