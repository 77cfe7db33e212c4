import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.ts';
import { LNP_TROUBLE_LABELS } from './labels.ts';
import {
  PREMATURE_DISCONNECT_STATEMENT,
  describeOutcome,
  escalationHeadline,
  requestOf,
} from './outcomes.ts';
import { LOOP_MAINTENANCE, PREMATURE_DISCONNECT, everyRoutingPath } from './report.fixtures.ts';
import type { Decision } from './rules.ts';
import { RULES, route } from './rules.ts';

function decisionFor(answers: Answers): Decision {
  const r = route(answers);
  if (r.type !== 'decision') throw new Error(`still asks ${r.field}`);
  return r.decision;
}

const describeFor = (answers: Answers) => describeOutcome(decisionFor(answers), answers);
const text = (lines: readonly string[]) => lines.join('\n');

const SR = {
  problemKind: 'serviceRequest',
  accessTariff: 'no',
  workedWithServiceRep: 'yes',
} as const;
const PORT = {
  problemKind: 'lnp',
  lnpTrouble: 'portOrder',
  accessTariff: 'no',
  workedWithServiceRep: 'yes',
  reqtyp: 'CB',
  state: 'OH',
} as const;
const PF_LINES = [
  'The basics of the PF Escalation Policy are on CLEC Online, under Customer Service Contact.',
  'The full instructions are in AT&T’s Accessible Letters CLECALL15-013 and CLECSE15-042.',
];

/** One real decision (and the answers that reach it) for every row of the table. */
const BY_RULE = new Map(everyRoutingPath('CA').map((p) => [p.decision.rule.id, p]));

describe('describeOutcome', () => {
  it('gives a premature disconnect the exact statement, and nothing before it', () => {
    const info = describeFor(PREMATURE_DISCONNECT);
    expect(info.title).toBe('Escalate the number port (LNP)');
    expect(info.whatToSay).toEqual([PREMATURE_DISCONNECT_STATEMENT]);
    expect(info.howToReach).toEqual([
      'Call the LNP escalation number in the Center Contacts list for the Midwest (former Ameritech) region, product type Loop with number portability (BB).',
    ]);
    expect(info.nextSteps[0]).toBe(`Say “${PREMATURE_DISCONNECT_STATEMENT}” — these exact words.`);
    expect(text(info.nextSteps)).toMatch(/telephone number and\/or AT&T service order number/);
    expect(text(info.nextSteps)).toMatch(/DS1’s circuit ID if known/);
  });

  it('names CLEC Online and both Accessible Letters for the PF Escalation Policy', () => {
    const info = describeFor({ ...SR, reqtyp: 'EB', facilityIssue: 'yes' });
    expect(info.title).toBe('Follow the PF Escalation Policy');
    expect(info.howToReach).toEqual(PF_LINES);
  });

  it.each<[string, Answers]>([
    ['before the FOC', { focReceived: 'no' }],
    ['after the FOC', { focReceived: 'yes', completed: 'no' }],
    ['delivered wrong', { focReceived: 'yes', completed: 'yes', serviceAffected: 'no' }],
    [
      'a line trouble after completion',
      {
        focReceived: 'yes',
        completed: 'yes',
        serviceAffected: 'yes',
        isolation: 'attNetwork',
        premisesReviewed: 'yes',
      },
    ],
  ])('adds the PF policy’s two documents to resale and LWC escalations %s', (_, timeline) => {
    for (const reqtyp of ['EB', 'MB'] as const) {
      const answers: Answers = { ...SR, reqtyp, facilityIssue: 'no', ...timeline, state: 'TX' };
      const lines = describeFor(answers).howToReach;
      expect(lines[0]).toMatch(/^Call the \w+ escalation number in the Center Contacts list/);
      expect(lines.slice(1)).toEqual(PF_LINES);
    }
    for (const reqtyp of ['AB', 'BB', 'CB', 'other'] as const) {
      const answers: Answers = { ...SR, reqtyp, facilityIssue: 'no', ...timeline, state: 'TX' };
      expect(text(describeFor(answers).howToReach)).not.toMatch(/PF Escalation Policy/);
    }
  });

  it('names the product type of the Center Contacts entry: resale or LWC', () => {
    expect(
      describeFor({ ...SR, reqtyp: 'MB', facilityIssue: 'no', focReceived: 'no', state: 'TX' })
        .howToReach[0],
    ).toBe(
      'Call the Ordering escalation number in the Center Contacts list for the Southwest (former SWBT) region, product type Local Wholesale Complete (MB).',
    );
  });

  it('does not name a product type for billing, even with a REQTYP left from another branch', () => {
    expect(
      describeFor({
        problemKind: 'billing',
        workedWithServiceRep: 'yes',
        state: 'GA',
        reqtyp: 'AB',
      }).howToReach,
    ).toEqual([
      'Call the Billing escalation number in the Center Contacts list for the Southeast (former BellSouth) region.',
    ]);
  });

  it('sends loop facility issues to the provisioning contacts of the Center Contacts list', () => {
    const info = describeFor({ ...SR, reqtyp: 'AB', facilityIssue: 'yes', state: 'TX' });
    expect(info.title).toBe('Escalate to Provisioning');
    expect(info.howToReach).toEqual([
      'Call the provisioning contact for loops in the Center Contacts list, for the Southwest (former SWBT) region.',
    ]);
  });

  it('gives the CLEC Handbook path for expedites, and the note’s first line', () => {
    const info = describeFor({ problemKind: 'expedite' });
    expect(info.howToReach).toEqual([
      'CLEC Handbook, section "Ordering" > General Ordering (UNE or Resale) > "Expedites" (on CLEC Online).',
    ]);
    expect(info.noteTitle).toBe('Expedite requested, not worked');
  });

  it('sends Access Tariff CLECs to AT&T Business Prime-Access for ordering and maintenance only', () => {
    const info = describeFor({ problemKind: 'lnp', lnpTrouble: 'portOrder', accessTariff: 'yes' });
    expect(info.center).toBe('AT&T Business Prime-Access');
    expect(text(info.howToReach)).toContain('Ordering and maintenance escalations');
    expect(text(info.howToReach)).toContain('A billing issue still goes to Billing.');
    expect(info.whatToSay).toEqual([]);
  });

  it('says the website contact’s address is cut off rather than inventing one', () => {
    const info = describeFor({ problemKind: 'website' });
    expect(text(info.howToReach)).toMatch(/cut off/);
    expect(text([...info.howToReach, ...info.nextSteps])).not.toMatch(/https?:|www\.|@/);
  });

  it('shows Connecticut’s historical flag after where to go', () => {
    const lines = describeFor({ ...PREMATURE_DISCONNECT, state: 'CT' }).howToReach;
    expect(lines[0]).toMatch(/East \(former SNET\) region/);
    expect(lines.at(-1)).toMatch(/SNET.*2014/);
    expect(text(describeFor(PREMATURE_DISCONNECT).howToReach)).not.toMatch(/SNET/);
  });

  it('says the problem was not resolved at the Service Representative level when it was worked there', () => {
    expect(describeFor({ ...SR, reqtyp: 'BB', focReceived: 'no', state: 'GA' }).whatToSay).toEqual([
      'This is an escalation: Service request before the FOC.',
      'It was not resolved at the Service Representative level.',
    ]);
  });

  it.each<[string, Answers, RegExp]>([
    ['not isolated', { ...PREMATURE_DISCONNECT, isolation: 'notYet' }, /^Test the line/],
    [
      'premises not reviewed',
      { ...PREMATURE_DISCONNECT, premisesReviewed: 'no' },
      /^Review the premises equipment first\.$/,
    ],
  ])('tells a trouble %s what to do first', (_, answers, step) => {
    const info = describeFor(answers);
    expect(info.title).toBe('Isolate the trouble first');
    expect(info.nextSteps).toEqual([expect.stringMatching(step)]);
  });

  it('says what comes back after checking the order’s status', () => {
    expect(describeFor({ ...SR, reqtyp: 'BB', focReceived: 'unknown' }).comeBack).toMatch(
      /before the FOC it goes to Ordering/,
    );
    expect(
      describeFor({ ...SR, reqtyp: 'BB', focReceived: 'yes', completed: 'unknown' }).comeBack,
    ).toMatch(/before completion it goes to Provisioning, after it to Maintenance/);
  });

  it.each(RULES.map((r) => [r.id] as const))(
    'tells the user where to go and what to say or do (%s)',
    (id) => {
      const path = BY_RULE.get(id);
      if (!path) throw new Error(`no branch reaches ${id}`);
      const info = describeOutcome(path.decision, path.answers);
      expect(info.title).not.toBe('');
      expect(info.center).not.toBe('');
      if (path.decision.escalation) {
        expect(info.howToReach).not.toEqual([]);
        expect(info.whatToSay[0]).toMatch(
          id === 'premature-disconnect'
            ? new RegExp(`^${PREMATURE_DISCONNECT_STATEMENT}$`)
            : /^This is an escalation: .+\.$/,
        );
        expect(info.comeBack).toBeUndefined();
      } else {
        expect(info.whatToSay).toEqual([]);
        expect(info.nextSteps).not.toEqual([]);
        expect(info.comeBack).toMatch(/^Come back /);
      }
    },
  );
});

describe('escalationHeadline and requestOf', () => {
  it.each<[string, Answers, string, RegExp]>([
    [
      'billing',
      { problemKind: 'billing', workedWithServiceRep: 'yes', state: 'GA' },
      'Billing issue',
      /^Review the charges/,
    ],
    [
      'ordering',
      { ...SR, reqtyp: 'BB', focReceived: 'no', state: 'GA' },
      'Service request before the FOC',
      /send the Firm Order Confirmation \(FOC\)/,
    ],
    [
      'a port order before the FOC',
      { ...PORT, focReceived: 'no' },
      'Port order before the FOC',
      /send the Firm Order Confirmation/,
    ],
    [
      'a port order after the FOC',
      { ...PORT, focReceived: 'yes', completed: 'no' },
      'Port order after the FOC, before completion',
      /completes on the due date/,
    ],
    [
      'maintenance of a line trouble',
      LOOP_MAINTENANCE,
      'Trouble on a service request after completion',
      /^Repair the trouble/,
    ],
    [
      'a completed order delivered wrong',
      { ...LOOP_MAINTENANCE, serviceAffected: 'no' },
      'Completed order delivered wrong (features, records or notices)',
      /^Correct the completed order below \(features, records or notices\) to match the LSR\.$/,
    ],
    [
      'MCPSC',
      { ...SR, problemKind: 'lsrReject', state: 'OH' },
      'Business process and rules for fatal errors (mechanized LSR rejects)',
      /fatal error/,
    ],
    [
      'PF policy',
      { ...SR, reqtyp: 'MB', facilityIssue: 'yes' },
      'Resale or Local Wholesale Complete order held for facilities',
      /PF Escalation Policy/,
    ],
    [
      'loop facilities',
      { ...SR, reqtyp: 'AB', facilityIssue: 'yes', state: 'MI' },
      'Loop order (REQTYP AB) with a facility issue',
      /facility issue holding the loop order/,
    ],
    [
      'a premature disconnect',
      PREMATURE_DISCONNECT,
      PREMATURE_DISCONNECT_STATEMENT,
      /^Restore service now/,
    ],
    [
      'an LRN correction',
      { ...PORT, lnpTrouble: 'lrnCorrection' },
      'An LRN correction (LNP)',
      /^Correct the LRN/,
    ],
  ])('%s', (_, answers, headline, request) => {
    const decision = decisionFor(answers);
    expect(escalationHeadline(decision, answers)).toBe(headline);
    expect(requestOf(decision, answers)).toMatch(request);
  });

  it('has a headline and a request for every escalation, and neither for a redirect', () => {
    for (const { decision, answers } of everyRoutingPath()) {
      const headline = escalationHeadline(decision, answers);
      const request = requestOf(decision, answers);
      if (decision.escalation) {
        expect(headline, decision.rule.id).toMatch(/\S/);
        expect(request, decision.rule.id).toMatch(/\.$/);
      } else {
        expect(headline, decision.rule.id).toBeUndefined();
        expect(request, decision.rule.id).toBeUndefined();
      }
    }
  });
});

describe('labels', () => {
  it('shows "A&D" as written, never expanded', () => {
    expect(LNP_TROUBLE_LABELS.aAndD).toContain('"A&D"');
  });
});
