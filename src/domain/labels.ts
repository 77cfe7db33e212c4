import type {
  EscalationLevel,
  Isolation,
  LnpTrouble,
  ProblemKind,
  Reqtyp,
  Symptom,
  TimeZone,
  YesNoUnknown,
} from './answers.ts';

/*
 * Every answer's choices in the CLEC's words: the wizard's options, the check page, the report and
 * the tickets all read them here, so a choice is worded once. Records keyed by the zod enums: a
 * choice added to an enum without its words does not compile.
 */

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

/** "A&D" is not expanded anywhere public: it is shown as written. */
export const LNP_TROUBLE_LABELS: Record<LnpTrouble, string> = {
  prematureDisconnect:
    'Premature disconnect: AT&T disconnected a non-complex service before the port was activated',
  portOrder: 'The port order itself: no FOC, rejected, or not being worked',
  aAndD: 'An order in the LNP "A&D" process',
  ds0Loop: 'LNP on a DS0-level loop',
  lrnCorrection: 'An LRN correction',
  complexTranslations:
    'Numbers with complex translations (route indexes, trunk groups, hunt groups)',
  ds1AndAbove: 'Numbers riding DS1-and-above circuits, before conversion',
};

/**
 * Which to pick when two kinds seem to fit: numbers on a DS1 that AT&T disconnected before the
 * port are a premature disconnect, whose procedure itself asks for the DS1's circuit ID.
 */
export const LNP_TROUBLE_HINTS: Partial<Record<LnpTrouble, string>> = {
  prematureDisconnect:
    'The numbers lost service before the port was activated. Choose this even when they ride a DS1: you will be asked for the DS1’s circuit ID.',
  ds1AndAbove:
    'A problem with the port of numbers on a DS1 or larger circuit, while they still work. If AT&T disconnected them before the port was activated, choose premature disconnect instead.',
};

export const ISOLATION_LABELS: Record<Isolation, string> = {
  attNetwork: 'In AT&T’s network (translation issues included)',
  clecOrEndUser: 'In our network or at the end user’s premises',
  notYet: 'Not isolated yet',
};

/** In the CLEC's words (docs/domain.md, "Trouble symptoms"). */
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

export const YES_NO_LABELS: Record<YesNoUnknown, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'I don’t know',
};

export const ESCALATION_LEVEL_LABELS: Record<EscalationLevel, string> = {
  first: 'First escalation',
  second: 'Second escalation',
  third: 'Third escalation',
  fourthOrLater: 'Fourth or later',
};

/** The level as a number, to find the next contact up in the Center Contacts list. */
export const ESCALATION_LEVEL_NUMBER: Record<EscalationLevel, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourthOrLater: 4,
};

export const TIME_ZONE_LABELS: Record<TimeZone, string> = {
  ET: 'Eastern (ET)',
  CT: 'Central (CT)',
  MT: 'Mountain (MT)',
  PT: 'Pacific (PT)',
  AKT: 'Alaska (AKT)',
  HT: 'Hawaii (HT)',
};
