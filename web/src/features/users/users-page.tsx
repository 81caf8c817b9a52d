import { Button, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { InvitationsSection } from './invitations-section.tsx';
import { InviteUserModal } from './invite-user-modal.tsx';
import { PeopleSection } from './people-section.tsx';

type Tab = 'people' | 'invitations';

/**
 * Everyone the reader may see (row-level security decides who: a partner sees its own people),
 * and, for those who may invite, the invitations they sent.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canInvite = me.permissions.includes('invitations:manage');
  const [tab, setTab] = useState<Tab>('people');
  const [isInviting, setIsInviting] = useState(false);
  const description =
    me.organisation.kind === 'vendor'
      ? t('users.vendorDescription')
      : t('users.partnerDescription', { organisation: me.organisation.name });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={description}
        actions={
          canInvite ? <Button onClick={() => setIsInviting(true)}>{t('invitations.invite')}</Button> : null
        }
      />
      {canInvite ? (
        <Tabs value={tab} onChange={(value) => setTab(value === 'invitations' ? 'invitations' : 'people')}>
          <Tabs.List mb="md">
            <Tabs.Tab value="people">{t('users.people')}</Tabs.Tab>
            <Tabs.Tab value="invitations">{t('invitations.title')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="people">
            <PeopleSection />
          </Tabs.Panel>
          <Tabs.Panel value="invitations">
            <InvitationsSection />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <PeopleSection />
      )}
      {isInviting ? (
        <InviteUserModal
          onClose={() => setIsInviting(false)}
          onInvited={() => {
            setIsInviting(false);
            setTab('invitations');
          }}
        />
      ) : null}
    </>
  );
}
