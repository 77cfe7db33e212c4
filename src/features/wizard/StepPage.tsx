import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Answers, StepId } from '../../domain/answers.ts';
import { stepFields } from '../../domain/answers.ts';
import { planSteps, pruneAnswers } from '../../domain/steps.ts';
import { schemaForStep } from '../../domain/validation.ts';
import type { FieldError } from './ErrorSummary.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { pageAfter, pageBefore } from './flow.ts';
import type { Navigate } from './pages.ts';
import { pageHref } from './pages.ts';
import { QUESTIONS } from './questions.tsx';
import type { FormValue, FormValues, WizardSession } from './session.ts';
import { usePageTitle } from './usePageTitle.ts';

interface StepPageProps {
  step: StepId;
  returnTo: 'check' | undefined;
  session: WizardSession;
  navigate: Navigate;
}

/** What the form starts with: typed-but-uncommitted work, else the answer, else a prefill. */
function initialValues(step: StepId, session: WizardSession): FormValues {
  const typed = session.pending?.step === step ? session.pending.values : undefined;
  const prefill: Partial<Answers> =
    step === 'contact' && session.answers.contactName === undefined
      ? (session.rememberedContact ?? {})
      : {};
  return Object.fromEntries(
    stepFields(step).map((field) => {
      const value = typed?.[field] ?? session.answers[field] ?? prefill[field];
      return [field, value ?? emptyValue(field)];
    }),
  );
}

function emptyValue(field: keyof Answers): FormValue {
  if (field === 'symptoms') return [];
  if (field === 'circuitIdUnknown') return false;
  return RADIO_FIELDS.has(field) || field === 'state' ? null : '';
}

const RADIO_FIELDS: ReadonlySet<keyof Answers> = new Set([
  'problemKind',
  'accessTariff',
  'workedWithServiceRep',
  'reqtyp',
  'facilityIssue',
  'focReceived',
  'completed',
  'lnpTrouble',
  'isolation',
  'premisesReviewed',
  'ds1Disconnected',
]);

/** The step's answer as stored: '' for an empty optional text, so the step counts as answered. */
function stepAnswers(step: StepId, values: FormValues): Answers {
  return Object.fromEntries(stepFields(step).map((field) => [field, values[field] ?? '']));
}

export function StepPage({ step, returnTo, session, navigate }: StepPageProps) {
  const { answers } = session;
  const question = QUESTIONS[step];
  const plan = planSteps(answers);
  const schema = useMemo(
    () => schemaForStep(step, answers) as z.ZodType<FormValues, FormValues>,
    [step, answers],
  );
  const form = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues: initialValues(step, session),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;

  // Autosave what is typed, before Continue too: a reload must not lose a long paste.
  const { keepPending } = session;
  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          keepPending({ step, values });
        },
      }),
    [subscribe, keepPending, step],
  );

  const fieldErrors: FieldError[] = stepFields(step).flatMap((field) => {
    const message = errors[field]?.message;
    return typeof message === 'string' ? [{ field, message }] : [];
  });
  const hasErrors = fieldErrors.length > 0;
  const title = question.title(answers);
  usePageTitle(title, hasErrors);

  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (submitCount > 0) summaryRef.current?.focus();
  }, [submitCount]);

  const onValid = (values: FormValues) => {
    const cleaned = question.clean ? question.clean(values) : values;
    const merged = { ...answers, ...stepAnswers(step, cleaned) };
    // Answers off the path are dropped once the path is known again. Until then they wait: a
    // change that opens a new question must not wipe the PON, numbers and contact given later.
    const next = planSteps(merged).decision ? pruneAnswers(merged) : merged;
    session.commit(next);
    navigate(pageAfter(step, next, returnTo));
  };

  const position = plan.steps.indexOf(step) + 1;
  const back =
    returnTo && plan.steps.indexOf(step) === 0
      ? { kind: 'check' as const }
      : pageBefore(step, answers, returnTo);

  return (
    <>
      <a className="back-link" href={pageHref(back)}>
        Back
      </a>
      <div className="form-column">
        {hasErrors ? <ErrorSummary errors={fieldErrors} ref={summaryRef} /> : null}
        <p className="caption">
          {plan.decision ? `Question ${position} of ${plan.steps.length}` : `Question ${position}`}
        </p>
        <FormProvider {...form}>
          <form noValidate onSubmit={(event) => void form.handleSubmit(onValid)(event)}>
            <question.Fields answers={answers} />
            <button type="submit" className="button">
              Continue
            </button>
          </form>
        </FormProvider>
      </div>
    </>
  );
}
