import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { createTestApp } from './harness.ts';

it('dump', async () => {
  const t = await createTestApp();
  writeFileSync('/tmp/scratch/openapi.json', JSON.stringify(t.app.swagger(), null, 2));
  writeFileSync('/tmp/scratch/routes.txt', t.app.printRoutes({ commonPrefix: false }));
  await t.close();
});
