import { Anchor, Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CursorList } from '../../api/use-cursor-list.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { type AgreementAcceptance, acceptancePdfUrl } from './agreement-queries.ts';

type AcceptancesTableProps = {
  list: CursorList<AgreementAcceptance>;
  empty: string;
  /** The vendor sees which partner accepted; a partner sees only its own. */
  showOrganisation: boolean;
};

/** Who accepted which version when, the PDF's SHA-256 to compare with a download, and the PDF. */
export function AcceptancesTable({ list, empty, showOrganisation }: AcceptancesTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PagedList list={list} empty={empty}>
      <DataTable
        minWidth={860}
        columns={[
          showOrganisation ? t('agreements.acceptances.organisation') : null,
          t('agreements.acceptances.agreement'),
          t('agreements.acceptances.signer'),
          t('agreements.acceptances.acceptedAt'),
          t('agreements.acceptances.pdfSha256'),
          t('agreements.acceptances.pdf'),
        ]}
      >
        {list.items.map((acceptance) => (
          <Table.Tr key={acceptance.id}>
            {showOrganisation ? <Table.Td>{acceptance.organisationName}</Table.Td> : null}
            <Table.Td>
              {t('agreements.acceptances.versionOf', {
                name: acceptance.templateName,
                number: acceptance.versionNumber,
              })}
            </Table.Td>
            <Table.Td>
              {acceptance.signerName}
              <br />
              <Anchor size="xs" c="dimmed" href={`mailto:${acceptance.signerEmail}`}>
                {acceptance.signerEmail}
              </Anchor>
            </Table.Td>
            <Table.Td>{format.dateTime(acceptance.acceptedAt)}</Table.Td>
            <Table.Td>
              <Code data-testid="pdf-sha256" style={{ wordBreak: 'break-all' }}>
                {acceptance.pdfSha256}
              </Code>
            </Table.Td>
            <Table.Td>
              <Anchor href={acceptancePdfUrl(acceptance.id)} download>
                {t('agreements.acceptances.download')}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </PagedList>
  );
}
