import type { ReactNode } from 'react';
import type { Answers, StepId } from '../../domain/answers.ts';
import { Isolation, LnpTrouble, ProblemKind, Reqtyp, Symptom } from '../../domain/answers.ts';
import {
  formatTelephoneNumber,
  parseTelephoneNumbers,
} from '../../domain/identifiers/telephone.ts';
import type { ListResult } from '../../domain/identifiers/result.ts';
import { parseServiceOrderNumbers } from '../../domain/identifiers/serviceOrder.ts';
import {
  ISOLATION_LABELS,
  LNP_TROUBLE_LABELS,
  PROBLEM_KIND_LABELS,
  REQTYP_LABELS,
  SYMPTOM_LABELS,
} from '../../domain/outcomes.ts';
import { REGIONS, REGION_NAMES, STATES, STATE_CODES, stateInfo } from '../../domain/regions.ts';
import { asksSymptomChecklist, planSteps } from '../../domain/steps.ts';
import type { Choice } from './fields.tsx';
import { Checkbox, Choices, Select, TextArea, TextField } from './fields.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { ListIssues } from './ListIssues.tsx';
import { StateFlag } from './StateFlag.tsx';
import type { FormValues } from './session.ts';

/*
 * Every question of the wizard: its words, its fields, and how its answer reads on the check
 * page. Which question comes when is not decided here but by the domain's planSteps().
 */

export interface Question {
  /** The question as the page's h1 and document title. */
  title: (answers: Answers) => string;
  /** The row's key on the check-answers page; also the hidden text of its Change link. */
  checkLabel: string;
  Fields: (props: { answers: Answers }) => ReactNode;
  /** The answer as lines on the check-answers page. */
  summary: (answers: Answers) => string[];
  /** Empties fields that are hidden by the answer given (e.g. a name under "no"). */
  clean?: (values: FormValues) => FormValues;
}

const YES_NO: readonly Choice[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const DONT_KNOW: Choice = { value: 'unknown', label: 'I don’t know', dividerBefore: true };
const YES_NO_LABELS: Record<string, string> = { yes: 'Yes', no: 'No', unknown: 'I don’t know' };

const choicesOf = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));

const NOT_GIVEN = 'Not given';
const orNotGiven = (value: string | undefined) => (value?.trim() ? value.trim() : NOT_GIVEN);
const labelOf = (labels: Record<string, string>, value: string | undefined) =>
  value === undefined ? NOT_GIVEN : (labels[value] ?? value);

/** Hidden fields keep nothing: `keep` says when the revealed fields apply. */
const cleanUnless =
  (keep: (values: FormValues) => boolean, fields: readonly string[]) =>
  (values: FormValues): FormValues =>
    keep(values)
      ? values
      : {
          ...values,
          ...Object.fromEntries(
            fields.map((f) => [f, typeof values[f] === 'boolean' ? false : '']),
          ),
        };

function checklistApplies(answers: Answers): boolean {
  const { decision } = planSteps(answers);
  return decision ? asksSymptomChecklist(decision, answers) : false;
}

/** At most this many values are listed on the check page; the rest are counted. */
const LISTED_VALUES = 10;

/**
 * A pasted list on the check page: how many values, the first few, and what the parser noted
 * but did not block on (repeats counted once, fictional numbers), so the user can still fix it.
 */
function listSummary(
  result: ListResult<string>,
  noun: [string, string],
  format: (value: string) => string = (value) => value,
): string[] {
  const { values, warnings, duplicatesRemoved } = result;
  if (values.length === 0) return [NOT_GIVEN];
  const count = `${values.length.toLocaleString('en-US')} ${values.length === 1 ? noun[0] : noun[1]}`;
  // Non-breaking hyphens: 312-555-0123 never splits across lines.
  const shown = values
    .slice(0, LISTED_VALUES)
    .map((v) => format(v).replaceAll('-', '\u2011'))
    .join(', ');
  const more = values.length > LISTED_VALUES ? ` and ${values.length - LISTED_VALUES} more` : '';
  const lines = [count, `${shown}${more}`];
  if (duplicatesRemoved > 0)
    lines.push(
      `${duplicatesRemoved.toLocaleString('en-US')} repeated ${duplicatesRemoved === 1 ? 'entry' : 'entries'} counted once`,
    );
  const [warning] = warnings;
  if (warning) {
    const others = warnings.length - 1;
    lines.push(
      `Check line ${warning.line} (“${warning.input}”): ${warning.message}${others > 0 ? ` (and ${others.toLocaleString('en-US')} more ${others === 1 ? 'line' : 'lines'} like it)` : ''}`,
    );
  }
  return lines;
}

export const QUESTIONS: Record<StepId, Question> = {
  problem: {
    title: () => 'What is the problem about?',
    checkLabel: 'What the problem is about',
    Fields: () => (
      <Choices
        name="problemKind"
        isHeading
        legend="What is the problem about?"
        choices={choicesOf(ProblemKind.options, PROBLEM_KIND_LABELS)}
      />
    ),
    summary: (a) => [labelOf(PROBLEM_KIND_LABELS, a.problemKind)],
  },
  accessTariff: {
    title: () => 'Do you order this service from the Access Tariff?',
    checkLabel: 'Ordered from the Access Tariff',
    Fields: () => (
      <Choices
        name="accessTariff"
        isHeading
        inline
        legend="Do you order this service from the Access Tariff?"
        hint="Escalations for services ordered from the Access Tariff are handled by AT&T Business Prime-Access, not by the Wholesale centers."
        choices={YES_NO}
      />
    ),
    summary: (a) => [labelOf(YES_NO_LABELS, a.accessTariff)],
  },
  serviceRep: {
    title: () => 'Have you already worked this problem with the AT&T Service Representative?',
    checkLabel: 'Worked with the Service Representative',
    Fields: () => (
      <Choices
        name="workedWithServiceRep"
        isHeading
        legend="Have you already worked this problem with the AT&T Service Representative?"
        hint="An escalation is a problem that was not resolved to your satisfaction at the Service Representative level."
        choices={[
          {
            value: 'yes',
            label: 'Yes',
            reveal: (
              <TextField
                name="serviceRepReference"
                label="The Service Representative’s name or the ticket number"
                hint="So the center can see what was already tried."
              />
            ),
          },
          { value: 'no', label: 'No' },
        ]}
      />
    ),
    summary: (a) =>
      a.workedWithServiceRep === 'yes'
        ? ['Yes', orNotGiven(a.serviceRepReference)]
        : [labelOf(YES_NO_LABELS, a.workedWithServiceRep)],
    clean: cleanUnless((v) => v.workedWithServiceRep === 'yes', ['serviceRepReference']),
  },
  product: {
    title: () => 'What is the REQTYP on the LSR?',
    checkLabel: 'REQTYP',
    Fields: () => (
      <Choices
        name="reqtyp"
        isHeading
        legend="What is the REQTYP on the LSR?"
        hint="The first letter is the product; the second is B for a firm order."
        choices={choicesOf(Reqtyp.options, REQTYP_LABELS)}
      />
    ),
    summary: (a) => [labelOf(REQTYP_LABELS, a.reqtyp)],
  },
  facility: {
    title: () => 'Is this a facility issue?',
    checkLabel: 'Facility issue',
    Fields: () => (
      <Choices
        name="facilityIssue"
        isHeading
        inline
        legend="Is this a facility issue?"
        hint="For example, AT&T reports no facilities available to provision the loop."
        choices={YES_NO}
      />
    ),
    summary: (a) => [labelOf(YES_NO_LABELS, a.facilityIssue)],
  },
  foc: {
    title: () => 'Has AT&T sent the Firm Order Confirmation (FOC)?',
    checkLabel: 'FOC received',
    Fields: () => (
      <Choices
        name="focReceived"
        isHeading
        legend="Has AT&T sent the Firm Order Confirmation (FOC)?"
        hint="The FOC is AT&T’s acceptance of your LSR. It carries the due date and the AT&T service order numbers."
        choices={[
          {
            value: 'yes',
            label: 'Yes',
            reveal: (
              <>
                <TextField name="focDate" type="date" width="medium" optional label="FOC date" />
                <TextField name="dueDate" type="date" width="medium" optional label="Due date" />
              </>
            ),
          },
          { value: 'no', label: 'No' },
          DONT_KNOW,
        ]}
      />
    ),
    summary: (a) =>
      a.focReceived === 'yes'
        ? [
            'Yes',
            ...(a.focDate ? [`FOC date: ${a.focDate}`] : []),
            ...(a.dueDate ? [`Due date: ${a.dueDate}`] : []),
          ]
        : [labelOf(YES_NO_LABELS, a.focReceived)],
    clean: cleanUnless((v) => v.focReceived === 'yes', ['focDate', 'dueDate']),
  },
  completion: {
    title: () => 'Has AT&T completed the order?',
    checkLabel: 'Order completed',
    Fields: () => (
      <Choices
        name="completed"
        isHeading
        legend="Has AT&T completed the order?"
        hint="AT&T sends a completion notice when the order is complete."
        choices={[
          {
            value: 'yes',
            label: 'Yes',
            reveal: (
              <TextField
                name="completionDate"
                type="date"
                width="medium"
                optional
                label="Completion date"
              />
            ),
          },
          { value: 'no', label: 'No' },
          DONT_KNOW,
        ]}
      />
    ),
    summary: (a) =>
      a.completed === 'yes'
        ? ['Yes', ...(a.completionDate ? [`Completion date: ${a.completionDate}`] : [])]
        : [labelOf(YES_NO_LABELS, a.completed)],
    clean: cleanUnless((v) => v.completed === 'yes', ['completionDate']),
  },
  lnpTrouble: {
    title: () => 'What kind of number-porting problem is it?',
    checkLabel: 'Kind of number-porting problem',
    Fields: () => (
      <Choices
        name="lnpTrouble"
        isHeading
        legend="What kind of number-porting problem is it?"
        choices={choicesOf(LnpTrouble.options, LNP_TROUBLE_LABELS)}
      />
    ),
    summary: (a) => [labelOf(LNP_TROUBLE_LABELS, a.lnpTrouble)],
  },
  isolation: {
    title: () => 'Where has the trouble been isolated?',
    checkLabel: 'Where the trouble is isolated',
    Fields: () => (
      <Choices
        name="isolation"
        isHeading
        legend="Where has the trouble been isolated?"
        hint="AT&T escalates troubles that testing has isolated to its network."
        choices={choicesOf(Isolation.options, ISOLATION_LABELS)}
      />
    ),
    summary: (a) => [labelOf(ISOLATION_LABELS, a.isolation)],
  },
  premises: {
    title: () => 'Has the equipment at the end user’s premises been reviewed?',
    checkLabel: 'Premises equipment reviewed',
    Fields: () => (
      <Choices
        name="premisesReviewed"
        isHeading
        inline
        legend="Has the equipment at the end user’s premises been reviewed?"
        hint="AT&T asks that isolation include a review of the premises equipment."
        choices={YES_NO}
      />
    ),
    summary: (a) => [labelOf(YES_NO_LABELS, a.premisesReviewed)],
  },
  state: {
    title: () => 'Which state is the service in?',
    checkLabel: 'State',
    Fields: () => (
      <>
        <Select
          name="state"
          isHeading
          label="Which state is the service in?"
          hint="AT&T’s center contacts are organised by region."
          placeholder="Select a state"
          groups={REGIONS.map((region) => ({
            label: REGION_NAMES[region],
            options: STATE_CODES.filter((code) => STATES[code].region === region).map((code) => ({
              value: code,
              label: STATES[code].name,
            })),
          }))}
        />
        <StateFlag />
      </>
    ),
    summary: (a) => {
      if (!a.state) return [NOT_GIVEN];
      const { name, region, historical } = stateInfo(a.state);
      return [`${name}, ${REGION_NAMES[region]} region`, ...(historical ? [historical] : [])];
    },
  },
  order: {
    title: () => 'What is the PON?',
    checkLabel: 'PON',
    Fields: () => (
      <TextField
        name="pon"
        isHeading
        optional
        width="medium"
        label="What is the PON?"
        hint="Your purchase order number on the LSR: up to 16 letters, digits and hyphens."
      />
    ),
    summary: (a) => [orNotGiven(a.pon)],
  },
  telephoneNumbers: {
    title: () => 'Which telephone numbers are affected?',
    checkLabel: 'Telephone numbers',
    Fields: () => (
      <TextArea
        name="telephoneNumbers"
        isHeading
        optional
        spellCheck={false}
        rows={8}
        label="Which telephone numbers are affected?"
        hint="Paste or type them, one per line or separated by commas, in any format, like 312 555 0123. A range like 312-555-1200-1299 counts each number in it. Thousands are fine."
        details={<ListIssues name="telephoneNumbers" parse={parseTelephoneNumbers} noun="number" />}
      />
    ),
    summary: (a) =>
      listSummary(
        parseTelephoneNumbers(a.telephoneNumbers ?? ''),
        ['telephone number', 'telephone numbers'],
        formatTelephoneNumber,
      ),
  },
  serviceOrders: {
    title: () => 'What are the AT&T service order numbers on the FOC?',
    checkLabel: 'AT&T service order numbers',
    Fields: () => (
      <TextArea
        name="serviceOrders"
        isHeading
        optional
        spellCheck={false}
        rows={4}
        label="What are the AT&T service order numbers on the FOC?"
        hint="One per line or separated by commas, like N12345678."
        details={
          <ListIssues
            name="serviceOrders"
            parse={parseServiceOrderNumbers}
            noun="service order number"
          />
        }
      />
    ),
    summary: (a) =>
      listSummary(parseServiceOrderNumbers(a.serviceOrders ?? ''), [
        'service order number',
        'service order numbers',
      ]),
  },
  symptoms: {
    title: (a) => (checklistApplies(a) ? 'What is happening on the line?' : 'Describe the problem'),
    checkLabel: 'The trouble',
    Fields: ({ answers }) =>
      checklistApplies(answers) ? (
        <>
          <Choices
            name="symptoms"
            isHeading
            multiple
            legend="What is happening on the line?"
            hint="Select all that apply."
            choices={choicesOf(Symptom.options, SYMPTOM_LABELS)}
          />
          <TextArea
            name="symptomDetails"
            label="Describe the trouble in your own words"
            hint="Add detail to what you selected, or describe it here if nothing above fits. For example, “Disconnect recording on line(s)”."
          />
        </>
      ) : (
        <TextArea
          name="symptomDetails"
          isHeading
          label="Describe the problem"
          hint="What happened, what you expected, and what the Service Representative said."
        />
      ),
    summary: (a) => [
      ...(a.symptoms ?? []).map((s) => SYMPTOM_LABELS[s]),
      ...(a.symptomDetails?.trim() ? [a.symptomDetails.trim()] : []),
    ],
  },
  ds1: {
    title: () => 'Does isolation point to a physical disconnection of the DS1?',
    checkLabel: 'Physical DS1 disconnection',
    Fields: () => (
      <Choices
        name="ds1Disconnected"
        isHeading
        legend="Does isolation point to a physical disconnection of the DS1?"
        hint="The DS1 (T1) facility the numbers ride on."
        choices={[
          {
            value: 'yes',
            label: 'Yes',
            reveal: (
              <>
                <TextField
                  name="circuitId"
                  width="medium"
                  label="The DS1’s circuit ID"
                  hint="Like 73/HCGS/123456/000/NE."
                />
                <Checkbox name="circuitIdUnknown" label="I don’t know it" />
              </>
            ),
          },
          { value: 'no', label: 'No' },
          DONT_KNOW,
        ]}
      />
    ),
    summary: (a) =>
      a.ds1Disconnected === 'yes'
        ? [
            'Yes',
            a.circuitId?.trim() ? `Circuit ID: ${a.circuitId.trim()}` : 'Circuit ID: not known',
          ]
        : [labelOf(YES_NO_LABELS, a.ds1Disconnected)],
    clean: cleanUnless((v) => v.ds1Disconnected === 'yes', ['circuitId', 'circuitIdUnknown']),
  },
  contact: {
    title: () => 'Who should AT&T contact about this escalation?',
    checkLabel: 'Your contact details',
    Fields: () => (
      <>
        <PageHeading>Who should AT&amp;T contact about this escalation?</PageHeading>
        <p className="body">
          These go in the report. They are remembered on this device for your next escalation.
        </p>
        <TextField name="contactName" label="Your name" autoComplete="name" width="medium" />
        <TextField
          name="company"
          label="Company (the CLEC)"
          autoComplete="organization"
          width="medium"
        />
        <TextField
          name="callbackNumber"
          type="tel"
          autoComplete="tel"
          width="medium"
          label="Call-back telephone number"
          hint="Like 312 555 0123."
        />
        <TextField name="email" type="email" autoComplete="email" optional label="E-mail address" />
      </>
    ),
    summary: (a) =>
      [a.contactName, a.company, a.callbackNumber, a.email].flatMap((v) =>
        v?.trim() ? [v.trim()] : [],
      ),
  },
};
