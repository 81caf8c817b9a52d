import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Under a list read with useCursorList: fetches the next page while there is one. */
export function LoadMoreButton({
  hasMore,
  isLoadingMore,
  loadMore,
}: {
  hasMore: boolean;
  isLoadingMore: boolean;
  loadMore: () => void;
}) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" onClick={loadMore} loading={isLoadingMore}>
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
