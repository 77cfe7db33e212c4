import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.ts';
import { Symptom } from './answers.ts';
import {
  DS1_SYMPTOMS,
  LNP_TROUBLE_LABELS,
  PREMATURE_DISCONNECT_STATEMENT,
  SYMPTOM_LABELS,
  describeOutcome,
} from './outcomes.ts';
import type { Decision } from './rules.ts';
import { RULES, isEscalation, route } from './rules.ts';
import { PREMATURE_DISCONNECT } from './report.fixtures.ts';

function decisionFor(answers: Answers): Decision {
  const r = route(answers);
  if (r.type !== 'decision') throw new Error(`still asks ${r.field}`);
  return r.decision;
}

const describeFor = (answers: Answers) => describeOutcome(decisionFor(answers), answers);
const ORDER = { accessTariff: 'no', workedWithServiceRep: 'yes' } as const;
const text = (lines: string[]) => lines.join('\n');

describe('describeOutcome', () => {
  it('gives a premature disconnect the exact statement first', () => {
    const info = describeFor(PREMATURE_DISCONNECT);
    expect(info.title).toBe('Escalate the number port (LNP)');
    expect(info.whatToSay[0]).toBe(PREMATURE_DISCONNECT_STATEMENT);
    expect(info.whatToSay[1]).toContain('Jane Doe, ticket 4711');
    expect(text(info.howToReach)).toContain('Center Contacts list');
    expect(text(info.howToReach)).toContain('Midwest (former Ameritech) region');
    expect(text(info.howToReach)).toContain('loop with number portability (REQTYP BB)');
    expect(text(info.nextSteps)).toMatch(/circuit ID/);
  });

  it('names CLEC Online and both Accessible Letters for the PF Escalation Policy', () => {
    const info = describeFor({ ...ORDER, problemKind: 'serviceRequest', reqtyp: 'EB' });
    expect(info.title).toBe('Follow the PF Escalation Policy');
    expect(text(info.howToReach)).toMatch(/CLEC Online, under Customer Service Contact/);
    expect(text(info.howToReach)).toContain('CLECALL15-013');
    expect(text(info.howToReach)).toContain('CLECSE15-042');
  });

  it('sends loop facility issues to the provisioning contacts of the Center Contacts list', () => {
    const info = describeFor({
      ...ORDER,
      problemKind: 'serviceRequest',
      reqtyp: 'AB',
      facilityIssue: 'yes',
      state: 'TX',
    });
    expect(info.title).toBe('Escalate to Provisioning');
    expect(text(info.howToReach)).toMatch(/provisioning contact.*Center Contacts list/);
    expect(text(info.howToReach)).toContain('Southwest (former SWBT)');
  });

  it('gives the CLEC Handbook path for expedites', () => {
    expect(describeFor({ problemKind: 'expedite' }).howToReach).toEqual([
      'CLEC Handbook, section "Ordering" > General Ordering (UNE or Resale) > "Expedites".',
    ]);
  });

  it('sends Access Tariff CLECs to AT&T Business Prime-Access', () => {
    const info = describeFor({ problemKind: 'lnp', accessTariff: 'yes' });
    expect(info.center).toBe('AT&T Business Prime-Access');
    expect(info.whatToSay).toEqual([]);
  });

  it('says the website contact’s address is cut off rather than inventing one', () => {
    const info = describeFor({ problemKind: 'website' });
    expect(text(info.howToReach)).toMatch(/cut off/);
    expect(text([...info.howToReach, ...info.nextSteps])).not.toMatch(/https?:|www\.|@/);
  });

  it('shows Connecticut’s historical flag', () => {
    expect(text(describeFor({ ...PREMATURE_DISCONNECT, state: 'CT' }).howToReach)).toMatch(
      /SNET.*2014/,
    );
    expect(text(describeFor(PREMATURE_DISCONNECT).howToReach)).not.toMatch(/SNET/);
  });

  it.each(RULES)('tells the user where to go and what to say or do ($id)', (rule) => {
    // Rows that ask the state are looked up in the Center Contacts list.
    const decision: Decision = {
      outcome: rule.outcome,
      escalation: isEscalation(rule.outcome),
      rule,
      ...(rule.when.state
        ? { contactKey: { function: 'ordering', region: 'west', productType: 'all' } }
        : {}),
    };
    const info = describeOutcome(decision, { state: 'CA' });
    expect(info.title).not.toBe('');
    expect(info.center).not.toBe('');
    if (decision.escalation) {
      expect(info.howToReach).not.toEqual([]);
      expect(info.whatToSay[0]).toMatch(/^This is an escalation: .+\.$/);
    } else {
      expect(info.whatToSay).toEqual([]);
      expect(info.nextSteps).not.toEqual([]);
    }
  });
});

describe('labels', () => {
  it('shows "A&D" as written, never expanded', () => {
    expect(LNP_TROUBLE_LABELS.aAndD).toContain('"A&D"');
  });

  it('marks exactly the DS1 symptoms as DS1 ones', () => {
    expect(Symptom.options.filter((s) => SYMPTOM_LABELS[s].startsWith('DS1'))).toEqual(
      DS1_SYMPTOMS,
    );
  });
});
