// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { REGENERATE, ROUTING_DOC, withRuleTable } from '../../docs/routing-table.ts';

it('docs/routing.md shows the rule table route() runs', async () => {
  const doc = readFileSync(ROUTING_DOC, 'utf8');
  expect(
    doc,
    `docs/routing.md's rule table differs from RULES in src/domain/rules.ts: run ${REGENERATE}`,
  ).toBe(await withRuleTable(doc));
});
