import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { fieldStep } from '../../src/domain/answers.ts';
import { fieldSpec } from '../../src/domain/questions.ts';
import { ANY, RULES, type Rule, type RoutingField } from '../../src/domain/rules.ts';

/*
 * Writes the rule table of docs/routing.md from RULES, so the document a reader holds against
 * the source page is the table route() runs. test/unit/docs/routing-table.test.ts fails when the
 * two differ. Run: npx node test/docs/routing-table.ts
 */

export const REGENERATE = 'npx node test/docs/routing-table.ts';
export const ROUTING_DOC = new URL('../../docs/routing.md', import.meta.url);

const START = '<!-- rule-table:start (generated from RULES: do not edit by hand) -->';
const END = '<!-- rule-table:end -->';

/** A condition's words: the field's row key on the check page, from the question registry. */
const words = (field: RoutingField): string => fieldSpec(fieldStep[field], field).checkLabel;

const cell = (text: string): string => text.replaceAll('|', '\\|');
const code = (value: string): string => `\`${value}\``;

function conditions(rule: Rule): string {
  return Object.entries(rule.when)
    .map(([field, allowed]) => {
      const name = words(field as RoutingField);
      if (allowed === ANY) return `${name}: any (${code(ANY)})`;
      return `${name}: ${(allowed as readonly string[]).map(code).join(' or ')}`;
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
