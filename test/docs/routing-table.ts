import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { ANY, RULES, type Rule } from '../../src/domain/rules.ts';

/*
 * Writes the rule table of docs/routing.md from RULES, so the document a reader holds against
 * the source page is the table route() runs. test/unit/docs/routing-table.test.ts fails when the
 * two differ. Run: npx node test/docs/routing-table.ts
 */

export const REGENERATE = 'npx node test/docs/routing-table.ts';
export const ROUTING_DOC = new URL('../../docs/routing.md', import.meta.url);

const START = '<!-- rule-table:start (generated from RULES: do not edit by hand) -->';
const END = '<!-- rule-table:end -->';

const FIELD_WORDS: Record<keyof Rule['when'], string> = {
  problemKind: 'problem',
  accessTariff: 'orders from the Access Tariff',
  workedWithServiceRep: 'worked with the Service Representative',
  reqtyp: 'REQTYP',
  facilityIssue: 'facility issue',
  focReceived: 'FOC received',
  completed: 'order completed',
  lnpTrouble: 'LNP trouble',
  isolation: 'trouble isolated',
  premisesReviewed: 'premises equipment reviewed',
  state: 'state',
};

const cell = (text: string): string => text.replaceAll('|', '\\|');
const code = (value: string): string => `\`${value}\``;

function conditions(rule: Rule): string {
  return Object.entries(rule.when)
    .map(([field, allowed]) => {
      const words = FIELD_WORDS[field as keyof Rule['when']];
      if (allowed === ANY) return `${words}: any (${code(ANY)})`;
      return `${words}: ${(allowed as readonly string[]).map(code).join(' or ')}`;
    })
    .join('; ');
}

function ruleTable(): string {
  const rows = RULES.map((rule, index) =>
    [
      String(index + 1),
      code(rule.id),
      conditions(rule),
      code(rule.outcome),
      `${rule.source.section}: “${rule.source.text}”`,
    ]
      .map(cell)
      .join(' | '),
  );
  return [
    '| # | Rule | When (all of) | Outcome | Source line |',
    '| - | ---- | ------------- | ------- | ----------- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** The document with its rule table regenerated and formatted as `npm run format` would. */
export async function withRuleTable(doc: string): Promise<string> {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end < start) {
    throw new Error(`docs/routing.md must hold the markers ${START} and ${END}`);
  }
  const updated = `${doc.slice(0, start + START.length)}\n\n${ruleTable()}\n\n${doc.slice(end)}`;
  const config = await resolveConfig(ROUTING_DOC);
  return format(updated, { ...config, filepath: ROUTING_DOC.pathname });
}

if (import.meta.main) {
  const doc = readFileSync(ROUTING_DOC, 'utf8');
  writeFileSync(ROUTING_DOC, await withRuleTable(doc));
}
