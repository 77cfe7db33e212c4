import type { Answers, Isolation, LnpTrouble, ProblemKind, Reqtyp, Symptom } from './answers.ts';
import { REGION_NAMES, stateInfo } from './regions.ts';
import type { ContactKey, Decision, OutcomeId, ProductType } from './rules.ts';

/*
 * What each decision means to the CLEC: where to go, how to reach it, what to say and what to do
 * now. The facts come from the source page (domain.md); nothing here is invented — where the page
 * is silent or cut off, the text says so.
 */

/** The exact words AT&T asks for on a premature disconnect (source page, step 3). */
export const PREMATURE_DISCONNECT_STATEMENT = 'Premature disconnect of pending LNP conversion';

export interface OutcomeInfo {
  /** The result page's heading. */
  title: string;
  /** Who handles it, as the Center Contacts list or the source page names it. */
  center: string;
  /** Plain sentences: where to find the contact. */
  howToReach: string[];
  /** Exact lines to say or write. */
  whatToSay: string[];
  /** What to do now. */
  nextSteps: string[];
}

export const PROBLEM_KIND_LABELS: Record<ProblemKind, string> = {
  billing: 'A billing issue',
  serviceRequest:
    'A service request (LSR): an order, its provisioning, or trouble after completion',
  lsrReject: 'The business process and rules for fatal errors (mechanized LSR rejects)',
  lnp: 'A number port (LNP)',
  expedite: 'An expedite',
  website: 'A technical problem with the website itself',
};

export const REQTYP_LABELS: Record<Reqtyp, string> = {
  AB: 'AB — loop',
  BB: 'BB — loop with number portability',
  CB: 'CB — number portability only',
  EB: 'EB — resale',
  MB: 'MB — Local Wholesale Complete (platform)',
  other: 'Another REQTYP',
};

export const PRODUCT_TYPE_LABELS: Record<ProductType, string> = {
  loop: 'loop (REQTYP AB)',
  loopWithLnp: 'loop with number portability (REQTYP BB)',
  lnp: 'number portability only (REQTYP CB)',
  resale: 'resale (REQTYP EB)',
  lwc: 'Local Wholesale Complete (REQTYP MB)',
  other: 'other products',
  all: 'all products',
};

/** "A&D" is not expanded anywhere public: it is shown as written. */
export const LNP_TROUBLE_LABELS: Record<LnpTrouble, string> = {
  prematureDisconnect:
    'Premature disconnect: AT&T disconnected the service before the port was activated',
  aAndD: 'An order in the LNP "A&D" process',
  ds0Loop: 'LNP on a DS0-level loop',
  lrnCorrection: 'An LRN correction',
  complexTranslations:
    'Numbers with complex translations (route indexes, trunk groups, hunt groups)',
  ds1AndAbove: 'Numbers riding DS1-and-above circuits, before conversion',
};

export const ISOLATION_LABELS: Record<Isolation, string> = {
  attNetwork: 'In AT&T’s network (translation issues included)',
  clecOrEndUser: 'In our network or at the end user’s premises',
  notYet: 'Not isolated yet',
};

/** In the CLEC's words (domain.md, "Trouble symptoms worth offering"). */
export const SYMPTOM_LABELS: Record<Symptom, string> = {
  noDialTone: 'No dial tone',
  cantCallOut: 'Can’t call out',
  cantBeCalled: 'Can’t be called',
  ringNoAnswer: 'Callers get ring, no answer',
  fastBusy: 'Callers get fast busy',
  disconnectRecording: 'Disconnect or intercept recording',
  noise: 'Noise, static or crosstalk',
  ds1Down: 'DS1 circuit down (loss of signal, red alarm)',
  ds1AisRai: 'DS1 AIS (blue) or RAI (yellow) alarm',
  ds1Errors: 'DS1 errors or bouncing (bipolar violations, CRC errors, slips)',
};

/** The symptoms of a DS1 facility rather than of a voice line. */
export const DS1_SYMPTOMS: readonly Symptom[] = ['ds1Down', 'ds1AisRai', 'ds1Errors'];

const CENTER_CONTACTS = 'the Center Contacts list';

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
    center: 'LNP (Center Contacts list)',
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

/** The functions of the Center Contacts list, as its headings name them. */
export const CONTACT_FUNCTION_LABELS: Record<ContactKey['function'], string> = {
  billing: 'Billing',
  ordering: 'Ordering',
  provisioning: 'Provisioning',
  maintenance: 'Maintenance',
  mcpsc: 'MCPSC',
  lnp: 'LNP',
};

function centerContactsLine(key: ContactKey): string {
  const product =
    key.productType === 'all' ? '' : `, product type ${PRODUCT_TYPE_LABELS[key.productType]}`;
  return `Call the ${CONTACT_FUNCTION_LABELS[key.function]} escalation number in ${CENTER_CONTACTS} for the ${REGION_NAMES[key.region]} region${product}.`;
}

function whereToGo(decision: Decision): string[] {
  switch (decision.outcome) {
    case 'pfEscalationPolicy':
      return [
        'The basics are on CLEC Online, under Customer Service Contact.',
        'The full instructions are in AT&T’s Accessible Letters CLECALL15-013 and CLECSE15-042.',
      ];
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
        'CLEC Handbook, section "Ordering" > General Ordering (UNE or Resale) > "Expedites".',
      ];
    case 'accessTariff':
      return [
        'Ordering and maintenance escalations for services ordered from the Access Tariff are handled by AT&T Business Prime-Access, not by the Wholesale centers.',
      ];
    case 'websiteSupport':
      return [
        'The Escalation Matrix names a technical contact for problems with the website, but its address is cut off on the source page, so it cannot be given here.',
      ];
    default:
      return decision.contactKey ? [centerContactsLine(decision.contactKey)] : [];
  }
}

/** Where to go, plus Connecticut's historical flag when the contact depends on the state. */
function howToReach(decision: Decision, answers: Answers): string[] {
  const historical =
    decision.contactKey && answers.state ? stateInfo(answers.state).historical : undefined;
  const lines = whereToGo(decision);
  return historical ? [...lines, historical] : lines;
}

const CASES: Partial<Record<OutcomeId, string>> = {
  billing: 'Billing issue',
  ordering: 'Service request before the FOC',
  provisioning: 'Service request after the FOC, before completion',
  maintenance: 'Trouble on a service request after completion',
  mcpsc: 'Business process and rules for fatal errors (mechanized LSR rejects)',
  pfEscalationPolicy: 'Resale or Local Wholesale Complete order (REQTYP EB or MB)',
  loopProvisioningContacts: 'Loop order (REQTYP AB) with a facility issue',
};

/**
 * The escalation in one line, for the first words on the phone and the e-mail subject: the exact
 * statement for a premature disconnect, else the kind of case. Undefined when not an escalation.
 */
export function escalationHeadline(decision: Decision, answers: Answers): string | undefined {
  if (decision.outcome !== 'lnpCenterContacts') return CASES[decision.outcome];
  if (!answers.lnpTrouble) return 'LNP escalation';
  return answers.lnpTrouble === 'prematureDisconnect'
    ? PREMATURE_DISCONNECT_STATEMENT
    : `LNP escalation: ${LNP_TROUBLE_LABELS[answers.lnpTrouble]}`;
}

function whatToSay(decision: Decision, answers: Answers): string[] {
  const headline = escalationHeadline(decision, answers);
  if (!headline) return [];
  const opening =
    headline === PREMATURE_DISCONNECT_STATEMENT ? headline : `This is an escalation: ${headline}.`;
  const reference = answers.serviceRepReference?.trim();
  return reference
    ? [
        opening,
        `It was not resolved at the Service Representative level (reference: ${reference}).`,
      ]
    : [opening];
}

function nextSteps(decision: Decision, answers: Answers): string[] {
  switch (decision.outcome) {
    case 'lnpCenterContacts':
      return answers.lnpTrouble === 'prematureDisconnect'
        ? [
            `Say “${PREMATURE_DISCONNECT_STATEMENT}” — these exact words.`,
            'Give every telephone number and/or AT&T service order number that was on the FOC: the summary lists them all.',
            'Describe the trouble in detail, e.g. “Disconnect recording on line(s)”, “callers get ring, no answer/fast busy”.',
            'If isolation points to a physical disconnection of the DS1 facility, give the DS1’s circuit ID if known.',
          ]
        : [];
    case 'pfEscalationPolicy':
      return [
        'Follow the PF Escalation Policy’s steps; the summary below holds your order’s details.',
      ];
    case 'workWithServiceRep':
      return [
        'Work the problem with the Service Representative and note their name or the ticket number.',
        'If it is not resolved to your satisfaction, come back and escalate it.',
      ];
    case 'checkOrderStatus':
      return decision.rule.id === 'completion-unknown'
        ? [
            'Look for AT&T’s completion notice for this order, or ask the Service Representative whether it has completed.',
            'Come back with the answer: before completion it goes to Provisioning, after it to Maintenance.',
          ]
        : [
            'Look for AT&T’s Firm Order Confirmation (FOC) in your LSR responses, or ask the Service Representative.',
            'Come back with the answer: before the FOC it goes to Ordering, after it to Provisioning or Maintenance.',
          ];
    case 'expedites':
      return [
        'Request the expedite as the CLEC Handbook describes: an expedite is not an escalation.',
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
        'If the trouble is still in AT&T’s network, come back and escalate it.',
      ];
    case 'troubleOnClecSide':
      return [
        'Work the trouble in your own network or with the end user.',
        'If later testing points to AT&T’s network, come back and escalate it.',
      ];
    default:
      return [];
  }
}

export function describeOutcome(decision: Decision, answers: Answers): OutcomeInfo {
  return {
    ...CENTERS[decision.outcome],
    howToReach: howToReach(decision, answers),
    whatToSay: whatToSay(decision, answers),
    nextSteps: nextSteps(decision, answers),
  };
}
