import { sql } from 'drizzle-orm';
import { numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { APP_ROLE } from './connection.ts';
import { insertRows, rowsFor } from './insert-rows.ts';

// A table like ours, plus one column that names itself, as a column kept for an older name would.
const offers = pgTable('insert_rows_offers', {
  id: text().primaryKey(),
  customerName: text().notNull(),
  label: text('legacyLabel'),
  amount: numeric({ precision: 14, scale: 2 }),
  offeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
const offerNotes = pgTable('insert_rows_offer_notes', {
  offerId: text().notNull(),
  noteText: text().notNull(),
});

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  // The application's role may write tables, not create them: the owner lays them out.
  const owner = new pg.Client({ connectionString: database.ownerUrl });
  await owner.connect();
  await owner.query(`
    CREATE TABLE insert_rows_offers (
      id text PRIMARY KEY,
      customer_name text NOT NULL,
      "legacyLabel" text,
      amount numeric(14, 2),
      offered_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE insert_rows_offer_notes (offer_id text NOT NULL REFERENCES insert_rows_offers, note_text text NOT NULL);
    GRANT SELECT, INSERT ON insert_rows_offers, insert_rows_offer_notes TO ${APP_ROLE};
  `);
  await owner.end();
});

afterAll(async () => {
  await database?.drop();
});

describe('insertRows', () => {
  it('writes several tables in one call and answers the rows asked for as a select would type them', async () => {
    const { db } = database.database;
    const answered = await db.transaction((tx) =>
      insertRows(
        tx,
        [
          rowsFor(offers, [
            { id: 'o1', customerName: 'Wallace Robotics', label: 'spring', amount: '1200.50' },
            { id: 'o2', customerName: 'Gromit Labs', amount: null },
          ]),
          rowsFor(offerNotes, [{ offerId: 'o1', noteText: 'met at the fair' }]),
        ],
        { answering: offers },
      ),
    );

    const stored = await db.select().from(offers).orderBy(offers.id);
    expect(answered).toEqual(stored);
    expect(stored[0]).toMatchObject({ id: 'o1', label: 'spring', amount: '1200.50' });
    expect(stored[0]!.offeredAt).toBeInstanceOf(Date);
    // A key one row leaves out is NULL there, not the other row's value.
    expect(stored[1]).toMatchObject({ id: 'o2', label: null, amount: null });
    expect(await db.select().from(offerNotes)).toEqual([{ offerId: 'o1', noteText: 'met at the fair' }]);
  });

  it('writes nothing when one table refuses its rows', async () => {
    const { db } = database.database;
    const attempt = db.transaction((tx) =>
      insertRows(tx, [
        rowsFor(offers, [{ id: 'o3', customerName: 'Feathers McGraw Ltd' }]),
        rowsFor(offerNotes, [{ offerId: 'no-such-offer', noteText: 'orphan' }]),
      ]),
    );
    await expect(attempt).rejects.toThrow();
    const written = await db.select({ id: offers.id }).from(offers).where(sql`${offers.id} = 'o3'`);
    expect(written).toEqual([]);
  });
});
