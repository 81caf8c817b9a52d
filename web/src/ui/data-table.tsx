import { Table, type TableProps, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type DataTableProps = Omit<TableProps, 'children'> & {
  /** Narrower than this, the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Column headings in order; null leaves a column out (one the reader has no use for). */
  columns: (string | null)[];
  /** A last column of row buttons, whose heading only screen readers need. */
  hasRowActions?: boolean;
  /** The rows: Table.Tr elements. */
  children: ReactNode;
};

/** A list as a table: headings, rows, and sideways scrolling on narrow screens. */
export function DataTable({
  minWidth,
  columns,
  hasRowActions = false,
  children,
  ...tableProps
}: DataTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing="sm" {...tableProps}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) =>
              column === null ? null : (
                <Table.Th key={column} scope="col">
                  {column}
                </Table.Th>
              ),
            )}
            {hasRowActions ? (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
