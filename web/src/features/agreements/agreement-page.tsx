import { Accordion, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import { AcceptancesTable } from './acceptances-table.tsx';
import { AgreementAudience } from './agreement-audience.tsx';
import {
  type AgreementTemplate,
  useAgreementAcceptances,
  useAgreementTemplate,
  useAgreementVersions,
  useDeleteAgreementTemplate,
  useUpdateAgreementTemplate,
} from './agreement-queries.ts';
import { AgreementTemplateModal } from './agreement-template-modal.tsx';
import { AgreementText } from './agreement-text.tsx';
import { DraftEditor } from './draft-editor.tsx';

type OpenDialog = 'edit' | 'archive' | 'delete' | null;

/** One agreement: its audience, the draft of its next version, its published versions and who accepted. */
export function AgreementPage() {
  const { t } = useTranslation();
  const { templateId } = useParams({ from: '/signed-in/console/agreements/$templateId' });
  const template = useAgreementTemplate(templateId);

  const backLink = (
    <RouterAnchor to="/console/agreements" size="sm" mb="xs" display="inline-block">
      {t('agreements.backToList')}
    </RouterAnchor>
  );
  if (template.isPending) return <LoadingState />;
  if (template.error) {
    return (
      <>
        {backLink}
        <PageHeader title={t('agreements.title')} />
        <ErrorState error={template.error} onRetry={() => void template.refetch()} />
      </>
    );
  }
  return (
    <>
      {backLink}
      <AgreementDetails template={template.data} />
    </>
  );
}

function AgreementDetails({ template }: { template: AgreementTemplate }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const versions = useAgreementVersions(template.id);
  const acceptances = useAgreementAcceptances({ templateId: template.id });
  const update = useUpdateAgreementTemplate();
  const remove = useDeleteAgreementTemplate();
  const [openDialog, setOpenDialog] = useState<OpenDialog>(null);

  const draft = versions.items.find((version) => version.status === 'draft');
  const published = versions.items.filter((version) => version.status === 'published');
  const isActive = template.status === 'active';
  const hasPublished = published.length > 0;
  const nextNumber = (published[0]?.number ?? 0) + 1;

  return (
    <>
      <PageHeader
        title={template.name}
        description={template.description ?? undefined}
        actions={
          <>
            <Button variant="default" onClick={() => setOpenDialog('edit')}>
              {t('common.edit')}
            </Button>
            {hasPublished ? (
              <Button
                variant="default"
                color={isActive ? 'red' : undefined}
                onClick={() =>
                  isActive
                    ? setOpenDialog('archive')
                    : update.mutate({ template, changes: { status: 'active' } })
                }
              >
                {t(isActive ? 'agreements.archive' : 'agreements.reactivate')}
              </Button>
            ) : (
              <Button variant="default" color="red" onClick={() => setOpenDialog('delete')}>
                {t('common.delete')}
              </Button>
            )}
          </>
        }
      />
      <Group gap="lg" mb="lg">
        <StatusBadge colour={isActive ? 'green' : 'gray'} label={t(`agreements.status.${template.status}`)} />
        <AgreementAudience template={template} />
        {template.isMandatory ? <Badge variant="light">{t('agreements.mandatory')}</Badge> : null}
      </Group>

      <Stack gap="xl">
        {isActive ? (
          <DraftEditor
            // Saving the first draft must not reset the editor (and its messages); publishing must.
            key={`version-${nextNumber}`}
            templateId={template.id}
            draft={draft}
            startFrom={published[0]}
            nextNumber={nextNumber}
          />
        ) : (
          <Text c="dimmed">{t('agreements.archivedHint')}</Text>
        )}

        <section>
          <Title order={2} size="h3" mb="sm">
            {t('agreements.publishedVersions')}
          </Title>
          <PagedList list={versions} empty={t('agreements.noVersions')}>
            {hasPublished ? (
              <Accordion variant="separated">
                {published.map((version) => (
                  <Accordion.Item key={version.id} value={version.id}>
                    <Accordion.Control>
                      {t('agreements.versionLabel', {
                        number: version.number,
                        date: version.publishedAt ? format.dateTime(version.publishedAt) : '',
                      })}
                    </Accordion.Control>
                    <Accordion.Panel>
                      <AgreementText title={version.title} body={version.body} headingOrder={4} />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            ) : (
              <Text c="dimmed">{t('agreements.noVersions')}</Text>
            )}
          </PagedList>
        </section>

        <section>
          <Title order={2} size="h3" mb="sm">
            {t('agreements.acceptances.title')}
          </Title>
          <AcceptancesTable
            list={acceptances}
            empty={t('agreements.acceptances.emptyVendor')}
            showOrganisation
          />
        </section>
      </Stack>

      <AgreementTemplateModal
        opened={openDialog === 'edit'}
        template={template}
        onClose={() => setOpenDialog(null)}
      />
      <ConfirmDialog
        opened={openDialog === 'archive'}
        title={t('agreements.archiveDialog.title')}
        confirmLabel={t('agreements.archive')}
        confirmColor="red"
        onClose={() => setOpenDialog(null)}
        onConfirm={() => update.mutateAsync({ template, changes: { status: 'archived' } })}
      >
        {t('agreements.archiveDialog.body', { name: template.name })}
      </ConfirmDialog>
      <ConfirmDialog
        opened={openDialog === 'delete'}
        title={t('agreements.deleteDialog.title')}
        confirmLabel={t('common.delete')}
        confirmColor="red"
        onClose={() => setOpenDialog(null)}
        onConfirm={async () => {
          await remove.mutateAsync(template);
          await navigate({ to: '/console/agreements' });
        }}
      >
        {t('agreements.deleteDialog.body', { name: template.name })}
      </ConfirmDialog>
    </>
  );
}
