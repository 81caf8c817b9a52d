import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type Principal, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
  other = await createTestWorkspace(t.database.db, 'Globex');
});
afterAll(() => t.close());

const TASKS = '/api/v1/tasks';

async function createTask(by: Principal, body: Record<string, unknown>) {
  const response = await as(t.app, by).post(TASKS, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; organisationId: string; assigneeId: string };
}

const auditOf = (entityId: string) =>
  ownerQuery<{ action: string; actor_id: string }>(
    t.ownerUrl,
    'SELECT action, actor_id FROM audit_events WHERE entity_id = $1 ORDER BY sequence',
    [entityId],
  );

describe('creating tasks', () => {
  it('lets anyone give themselves a task, audited, and lists it as theirs', async () => {
    const sales = world.partnerA.users.partner_sales;
    const task = await createTask(sales, {
      title: 'Send the Q3 forecast',
      dueAt: '2031-01-01T00:00:00Z',
      entityType: 'organisation',
      entityId: world.partnerA.id,
    });
    expect(task).toMatchObject({
      assigneeId: sales.userId,
      organisationId: world.partnerA.id,
      status: 'open',
      createdByType: 'user',
      createdById: sales.userId,
      dueAt: '2031-01-01T00:00:00.000Z',
    });
    expect(await auditOf(task.id)).toEqual([{ action: 'task.created', actor_id: sales.userId }]);

    const mine = await as(t.app, sales).get(`${TASKS}?entityType=organisation&entityId=${world.partnerA.id}`);
    expect(mine.json().data.map((row: { id: string }) => row.id)).toEqual([task.id]);
    const done = await as(t.app, sales).get(`${TASKS}?status=done`);
    expect(done.json().data).toEqual([]);
  });

  it('assigns to a visible active user with tasks:assign; the task goes with the assignee', async () => {
    const assignee = world.partnerA.users.partner_marketing;
    const task = await createTask(world.vendor.channel_manager, {
      title: 'Update the co-marketing plan',
      assigneeId: assignee.userId,
    });
    expect(task.organisationId).toBe(world.partnerA.id);
    const list = await as(t.app, assignee).get(TASKS);
    expect(list.json().data.map((row: { id: string }) => row.id)).toContain(task.id);
    const byManager = await as(t.app, world.vendor.channel_manager).get(
      `${TASKS}?assigneeId=${assignee.userId}`,
    );
    expect(byManager.json().data.map((row: { id: string }) => row.id)).toContain(task.id);
  });

  it('refuses assigning without tasks:assign, outside what the caller sees, or to someone deactivated', async () => {
    const sales = as(t.app, world.partnerA.users.partner_sales);
    const refused = await sales.post(TASKS, {
      title: 'x',
      assigneeId: world.partnerA.users.partner_admin.userId,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().errors).toEqual([{ field: 'body.assigneeId', message: expect.any(String) }]);
    const peek = await sales.get(`${TASKS}?assigneeId=${world.partnerA.users.partner_admin.userId}`);
    expect(peek.statusCode).toBe(403);

    const partnerAdmin = as(t.app, world.partnerA.users.partner_admin);
    for (const outsider of [world.partnerB.users.partner_sales, world.vendor.sales_rep, other.vendor.admin]) {
      const response = await partnerAdmin.post(TASKS, { title: 'x', assigneeId: outsider.userId });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].field).toBe('body.assigneeId');
    }
    const regional = await as(t.app, world.vendor.regional_manager).post(TASKS, {
      title: 'x',
      assigneeId: world.partnerB.users.partner_admin.userId,
    });
    expect(regional.statusCode).toBe(422);

    const leaver = world.partnerA.users.partner_finance;
    await ownerQuery(t.ownerUrl, "UPDATE users SET status = 'deactivated' WHERE id = $1", [leaver.userId]);
    const toLeaver = await partnerAdmin.post(TASKS, { title: 'x', assigneeId: leaver.userId });
    expect(toLeaver.statusCode).toBe(422);
    await ownerQuery(t.ownerUrl, "UPDATE users SET status = 'active' WHERE id = $1", [leaver.userId]);

    const halfLink = await sales.post(TASKS, { title: 'x', entityType: 'organisation' });
    expect(halfLink.statusCode).toBe(400);
    expect(halfLink.json().errors[0].field).toBe('body.entityId');
  });
});

describe('reading and changing tasks', () => {
  it("hides other people's tasks from those without tasks:assign, and every task from other workspaces", async () => {
    const task = await createTask(world.partnerA.users.partner_admin, {
      title: 'Register the Acme deal',
      assigneeId: world.partnerA.users.partner_sales.userId,
    });
    const url = `${TASKS}/${task.id}`;
    expect((await as(t.app, world.partnerA.users.partner_sales).get(url)).statusCode).toBe(200);
    expect((await as(t.app, world.partnerA.users.partner_admin).get(url)).statusCode).toBe(200);
    expect((await as(t.app, world.vendor.admin).get(url)).statusCode).toBe(200);
    expect((await as(t.app, world.partnerA.users.partner_marketing).get(url)).statusCode).toBe(404);
    expect((await as(t.app, world.partnerB.users.partner_admin).get(url)).statusCode).toBe(404);
    expect((await as(t.app, other.vendor.admin).get(url)).statusCode).toBe(404);
  });

  it('lets the assignee complete it (task.completed) but not reword it; assigners edit with If-Match', async () => {
    const assignee = world.partnerA.users.partner_sales;
    const task = await createTask(world.vendor.admin, {
      title: 'Renew the certification',
      assigneeId: assignee.userId,
    });
    const url = `${TASKS}/${task.id}`;

    const reword = await as(t.app, assignee).patch(url, { title: 'Something easier' });
    expect(reword.statusCode).toBe(403);
    expect(reword.json().errors).toEqual([{ field: 'body.title', message: 'needs tasks:assign' }]);

    const done = await as(t.app, assignee).patch(url, { status: 'done' }, { headers: { 'if-match': '"1"' } });
    expect(done.statusCode).toBe(200);
    expect(done.headers.etag).toBe('"2"');
    expect(done.json()).toMatchObject({ status: 'done', completedAt: expect.any(String), version: 2 });

    const stale = await as(t.app, world.vendor.admin).patch(
      url,
      { dueAt: null },
      { headers: { 'if-match': '"1"' } },
    );
    expect(stale.statusCode).toBe(412);
    const reopened = await as(t.app, world.vendor.admin).patch(
      url,
      { status: 'open', description: 'Reopened: the auditor needs the PDF' },
      { headers: { 'if-match': '"2"' } },
    );
    expect(reopened.json()).toMatchObject({
      status: 'open',
      completedAt: null,
      description: expect.any(String),
    });
    expect((await auditOf(task.id)).map((row) => row.action)).toEqual([
      'task.created',
      'task.completed',
      'task.updated',
    ]);
  });
});
