import type { Answers } from './answers.ts';
import type { ContactKey } from './contacts.ts';
import { CONTACT_FUNCTION_LABELS, PRODUCT_TYPE_LABELS } from './contacts.ts';
import { LNP_TROUBLE_LABELS } from './labels.ts';
import { REGION_NAMES, stateInfo } from './regions.ts';
import { isPrematureDisconnect } from './steps.ts';
import type { Decision, OutcomeId } from './rules.ts';

/*
 * What each decision means to the CLEC: where to go, how to reach it, what to say, what to ask
 * for and what to do now. The facts come from the source page (docs/domain.md); nothing here is
 * invented — where the page is silent or cut off, the text says so.
 */

/** The exact words AT&T asks for on a premature disconnect (source page, step 3). */
export const PREMATURE_DISCONNECT_STATEMENT = 'Premature disconnect of pending LNP conversion';

export interface OutcomeInfo {
  /** The result page's heading. */
  readonly title: string;
  /** Who handles it, as the Center Contacts list or the source page names it. */
  readonly center: string;
  /** Plain sentences: where to find the contact. */
  readonly howToReach: readonly string[];
  /** Exact lines to say or write. */
  readonly whatToSay: readonly string[];
  /** What to do now. */
  readonly nextSteps: readonly string[];
  /** For a redirect: when to come back to this tool. */
  readonly comeBack?: string;
  /** For a redirect: the first line of the short note the page offers to copy. */
  readonly noteTitle?: string;
  /**
   * For a redirect whose note goes to AT&T (an expedite not worked), not to the user's own
   * records: what it asks, and the facts it needs that the wizard does not ask, by label, each
   * with the placeholder the user replaces.
   */
  readonly noteToAtt?: {
    readonly request: string;
    readonly blanks: readonly (readonly [label: string, placeholder: string])[];
  };
}

const CENTER_CONTACTS = 'the Center Contacts list';

/** The PF Escalation Policy's two documents (docs/domain.md). */
const PF_POLICY_LINES = [
  'The basics of the PF Escalation Policy are on CLEC Online, under Customer Service Contact.',
  'The full instructions are in AT&T’s Accessible Letters CLECALL15-013 and CLECSE15-042.',
] as const;

const CENTERS: Record<OutcomeId, { title: string; center: string }> = {
  billing: { title: 'Escalate to Billing', center: 'Billing' },
  ordering: { title: 'Escalate to Ordering', center: 'Ordering' },
  provisioning: { title: 'Escalate to Provisioning', center: 'Provisioning' },
  maintenance: { title: 'Escalate to Maintenance', center: 'Maintenance' },
  mcpsc: {
    title: 'Escalate to the MCPSC',
    center: 'MCPSC (Mechanized Customer Production Support Center)',
  },
  pfEscalationPolicy: {
    title: 'Follow the PF Escalation Policy',
    center: 'PF Escalation Policy (Resale and Local Wholesale Complete)',
  },
  loopProvisioningContacts: {
    title: 'Escalate to Provisioning',
    center: 'Provisioning contacts (Center Contacts list)',
  },
  lnpCenterContacts: {
    title: 'Escalate the number port (LNP)',
    center: 'LNP escalations (Center Contacts list)',
  },
  workWithServiceRep: {
    title: 'Work it with the Service Representative first',
    center: 'AT&T Service Representative',
  },
  checkOrderStatus: {
    title: 'Check the order’s status first',
    center: 'No escalation yet: the center depends on the order’s status',
  },
  expedites: { title: 'Request an expedite', center: 'CLEC Handbook: Expedites' },
  accessTariff: {
    title: 'Escalate to AT&T Business Prime-Access',
    center: 'AT&T Business Prime-Access',
  },
  websiteSupport: {
    title: 'Contact the website’s technical contact',
    center: 'The website’s technical contact',
  },
  isolateFirst: {
    title: 'Isolate the trouble first',
    center: 'No escalation yet: isolate the trouble first',
  },
  troubleOnClecSide: {
    title: 'Nothing to escalate to AT&T',
    center: 'Your network or the end user’s premises',
  },
};

function centerContactsLine(key: ContactKey): string {
  const product =
    key.productType === 'all' ? '' : `, product type ${PRODUCT_TYPE_LABELS[key.productType]}`;
  return `Call the ${CONTACT_FUNCTION_LABELS[key.function]} escalation number in ${CENTER_CONTACTS} for the ${REGION_NAMES[key.region]} region${product}.`;
}

const isResaleOrLwc = (answers: Answers) => answers.reqtyp === 'EB' || answers.reqtyp === 'MB';

function whereToGo(decision: Decision, answers: Answers): string[] {
  switch (decision.outcome) {
    case 'pfEscalationPolicy':
      return [...PF_POLICY_LINES];
    case 'loopProvisioningContacts':
      return decision.contactKey
        ? [
            `Call the provisioning contact for loops in ${CENTER_CONTACTS}, for the ${REGION_NAMES[decision.contactKey.region]} region.`,
          ]
        : [];
    case 'workWithServiceRep':
      return [
        'Contact the AT&T Service Representative who handles this order or account, the way you normally do.',
      ];
    case 'expedites':
      return [
        'CLEC Handbook, section "Ordering" > General Ordering (UNE or Resale) > "Expedites" (on CLEC Online).',
      ];
    case 'accessTariff':
      return [
        'Ordering and maintenance escalations for services ordered from the Access Tariff are handled by AT&T Business Prime-Access, not by the Wholesale centers. A billing issue still goes to Billing.',
      ];
    case 'websiteSupport':
      return [
        'The Escalation Matrix names a technical contact for problems with the website, but its address is cut off on the source page, so it cannot be given here.',
      ];
    default: {
      const lines = decision.contactKey ? [centerContactsLine(decision.contactKey)] : [];
      // Resale and LWC orders not held for facilities follow the order's timeline, and the PF
      // policy's letters still describe how AT&T works them (docs/domain.md, Readings).
      return decision.escalation && isResaleOrLwc(answers) && 'reqtyp' in decision.rule.when
        ? [...lines, ...PF_POLICY_LINES]
        : lines;
    }
  }
}

/** Where to go, plus Connecticut's historical flag when the contact depends on the state. */
function howToReach(decision: Decision, answers: Answers): string[] {
  const historical =
    decision.contactKey && answers.state ? stateInfo(answers.state).historical : undefined;
  const lines = whereToGo(decision, answers);
  return historical ? [...lines, historical] : lines;
}

const CASES: Partial<Record<OutcomeId, string>> = {
  billing: 'Billing issue',
  ordering: 'Service request before the FOC',
  provisioning: 'Service request after the FOC, before completion',
  maintenance: 'Trouble on a service request after completion',
  mcpsc: 'Business process and rules for fatal errors (mechanized LSR rejects)',
  pfEscalationPolicy: 'Resale or Local Wholesale Complete order held for facilities',
  loopProvisioningContacts: 'Loop order (REQTYP AB) with a facility issue',
};

/**
 * The escalation in one line, for the first words on the phone and the e-mail subject: the exact
 * statement for a premature disconnect, else the kind of case. Undefined when not an escalation.
 */
export function escalationHeadline(decision: Decision, answers: Answers): string | undefined {
  if (decision.outcome === 'maintenance' && answers.serviceAffected === 'no') {
    return 'Completed order delivered wrong (features, records or notices)';
  }
  if (decision.outcome !== 'lnpCenterContacts') {
    const kind = CASES[decision.outcome];
    return kind && answers.lnpTrouble === 'portOrder' && answers.problemKind === 'lnp'
      ? kind.replace(/service request/iu, (found) =>
          found[0] === 'S' ? 'Port order' : 'port order',
        )
      : kind;
  }
  if (!answers.lnpTrouble) return 'Number port (LNP)';
  return answers.lnpTrouble === 'prematureDisconnect'
    ? PREMATURE_DISCONNECT_STATEMENT
    : `${LNP_TROUBLE_LABELS[answers.lnpTrouble]} (LNP)`;
}

/**
 * What the CLEC asks AT&T to do, the report's second line: a center reads the request before the
 * reasons.
 */
export function requestOf(decision: Decision, answers: Answers): string | undefined {
  switch (decision.outcome) {
    case 'billing':
      return 'Review the charges below and correct the bill, or tell us why they stand.';
    case 'ordering':
      return 'Work the LSR below and send the Firm Order Confirmation (FOC), or the reason it cannot be confirmed.';
    case 'provisioning':
      return 'Work the order below so it completes on the due date, and tell us what is holding it.';
    case 'maintenance':
      return answers.serviceAffected === 'no'
        ? 'Correct the completed order below (features, records or notices) to match the LSR.'
        : 'Repair the trouble below on the completed service and restore it.';
    case 'mcpsc':
      return 'Explain the business rule behind the fatal error on the LSR below, and how to correct it.';
    case 'pfEscalationPolicy':
      return 'Work the order below, held for facilities, under the PF Escalation Policy, and give us a date.';
    case 'loopProvisioningContacts':
      return 'Resolve the facility issue holding the loop order below, and give us a date.';
    case 'lnpCenterContacts':
      return lnpRequest(answers);
    default:
      return undefined;
  }
}

function lnpRequest(answers: Answers): string {
  switch (answers.lnpTrouble) {
    case 'prematureDisconnect':
      return 'Restore service now: reinstate the disconnected numbers below and their translations until the port is activated.';
    case 'lrnCorrection':
      return 'Correct the LRN for the numbers below.';
    case 'complexTranslations':
      return 'Complete the translations (route indexes, trunk groups, hunt groups) for the numbers below.';
    case 'ds1AndAbove':
      return 'Work the conversion of the numbers below riding the DS1-and-above circuit.';
    case 'aAndD':
      return 'Work the order below in the LNP "A&D" process.';
    case 'ds0Loop':
      return 'Work the LNP on the DS0-level loop below.';
    default:
      return 'Work the number port below.';
  }
}

function whatToSay(decision: Decision, answers: Answers): string[] {
  const headline = escalationHeadline(decision, answers);
  if (!headline) return [];
  const opening =
    headline === PREMATURE_DISCONNECT_STATEMENT ? headline : `This is an escalation: ${headline}.`;
  return answers.workedWithServiceRep === 'yes' && !isPrematureDisconnect(answers)
    ? [opening, 'It was not resolved at the Service Representative level.']
    : [opening];
}

function nextSteps(decision: Decision, answers: Answers): string[] {
  switch (decision.outcome) {
    case 'lnpCenterContacts':
      return answers.lnpTrouble === 'prematureDisconnect'
        ? [
            `Say “${PREMATURE_DISCONNECT_STATEMENT}” — these exact words.`,
            'Give every telephone number and/or AT&T service order number that was on the FOC: the report lists them all.',
            'Describe the trouble in detail, e.g. “Disconnect recording on line(s)”, “callers get ring, no answer/fast busy”.',
            'If isolation points to a physical disconnection of the DS1 facility, give the DS1’s circuit ID if known.',
          ]
        : [];
    case 'pfEscalationPolicy':
      return [
        'Follow the PF Escalation Policy’s steps; the report below holds your order’s details.',
      ];
    case 'workWithServiceRep':
      return [
        'Work the problem with the Service Representative and note their name and any ticket number.',
      ];
    case 'checkOrderStatus':
      return decision.rule.id.endsWith('completion-unknown')
        ? [
            'Look for AT&T’s completion notice for this order, or ask the Service Representative whether it has completed.',
          ]
        : [
            'Look for AT&T’s Firm Order Confirmation (FOC) in your LSR responses, or ask the Service Representative.',
          ];
    case 'expedites':
      return [
        'Request the expedite as the CLEC Handbook describes: an expedite is not an escalation.',
        'If you requested it and it was not worked, copy the note below, replace the parts in square brackets, and send it the way the Handbook’s Expedites section says.',
      ];
    case 'accessTariff':
      return ['Escalate through AT&T Business Prime-Access.'];
    case 'websiteSupport':
      return [
        'Find the technical contact on the Escalation Matrix page itself, or ask your AT&T Service Representative for it.',
      ];
    case 'isolateFirst':
      return [
        answers.isolation === 'attNetwork'
          ? 'Review the premises equipment first.'
          : 'Test the line: find whether the trouble is in AT&T’s network, in your network or at the end user’s premises, premises equipment included.',
      ];
    case 'troubleOnClecSide':
      return ['Work the trouble in your own network or with the end user.'];
    default:
      return [];
  }
}

/** Every redirect says when to come back, so it never dead-ends. */
function comeBack(decision: Decision): string | undefined {
  switch (decision.outcome) {
    case 'workWithServiceRep':
      return 'Come back if it is not resolved to your satisfaction: your answers are kept, and the next question picks up where you were.';
    case 'checkOrderStatus':
      return decision.rule.id.endsWith('completion-unknown')
        ? 'Come back with the answer: before completion it goes to Provisioning, after it to Maintenance.'
        : 'Come back with the answer: before the FOC it goes to Ordering, after it to Provisioning or Maintenance.';
    case 'expedites':
      return 'Come back if the expedite was requested and not worked, and the order itself needs escalating: choose “A service request (LSR)”.';
    case 'accessTariff':
      return 'Come back for a billing issue, or for an order you place as a CLEC rather than from the Access Tariff.';
    case 'websiteSupport':
      return 'Come back when the problem is with an order, a bill or a number port rather than the website.';
    case 'isolateFirst':
      return 'Come back when testing has isolated the trouble to AT&T’s network, premises equipment reviewed.';
    case 'troubleOnClecSide':
      return 'Come back if later testing points to AT&T’s network.';
    default:
      return undefined;
  }
}

export function describeOutcome(decision: Decision, answers: Answers): OutcomeInfo {
  const back = comeBack(decision);
  return {
    ...CENTERS[decision.outcome],
    // The note an expedite's requester copies into the request they send (docs/domain.md).
    ...(decision.outcome === 'expedites'
      ? {
          noteTitle: 'Expedite requested, not worked',
          noteToAtt: {
            request:
              'We requested an expedite of the order below and it has not been worked. Work the expedite, or tell us why it cannot be.',
            blanks: [
              ['PON', '[the PON]'],
              ['Expedite requested on', '[MM/DD/YYYY]'],
              ['Date needed', '[MM/DD/YYYY]'],
            ],
          },
        }
      : {}),
    howToReach: howToReach(decision, answers),
    whatToSay: whatToSay(decision, answers),
    nextSteps: nextSteps(decision, answers),
    ...(back ? { comeBack: back } : {}),
  };
}
