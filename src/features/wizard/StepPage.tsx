import {
  Suspense,
  lazy,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { account, signedInContact } from '../../api/account.ts';
import { FormProvider, useForm } from 'react-hook-form';
import type { Answers, FieldName, StepId } from '../../domain/answers.ts';
import { stepFields } from '../../domain/answers.ts';
import { filledByFoc } from '../../domain/focFilled.ts';
import { QUESTIONS, contextOf, proposedState, titleOf } from '../../domain/questions.ts';
import { stateInfo } from '../../domain/regions.ts';
import { pageCaption } from '../../domain/plan.ts';
import type { FormValue, FormValues } from '../../domain/validation.ts';
import { answersFromForm, emptyValue, problemLine, stepIssues } from '../../domain/validation.ts';
import type { FieldError } from '../../ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { pageAfter, pageBefore } from './flow.ts';
import type { Navigate } from './pages.ts';
import { pageHref } from './pages.ts';
import type { EarlyAnswer } from './handOff.ts';
import { focusAgain } from './handOff.ts';
import { useHandOff } from './handOffContext.ts';
import { FIRST_QUESTION } from './startLinks.ts';
import { QuestionFields } from './QuestionFields.tsx';
import type { WizardSession } from './session.ts';

// The FOC reader is a large module a journey may never use: it loads with the first order page.
const FocPaste = lazy(() => import('./FocPaste.tsx').then((m) => ({ default: m.FocPaste })));

interface StepPageProps {
  step: StepId;
  returnTo: 'check' | undefined;
  session: WizardSession;
  navigate: Navigate;
}

/**
 * Answers that help before the user types: the remembered contact, with the signed-in user's
 * name and e-mail from their ID token (issue #26), the state the numbers are in (its hint says
 * why, for the user to confirm), the state's time zone.
 */
function prefill(step: StepId, session: WizardSession): Partial<Answers> {
  const { answers } = session;
  if (step === 'state' && answers.state === undefined) {
    const proposal = proposedState(answers);
    return proposal ? { state: proposal.state } : {};
  }
  if (step === 'contact' && answers.contactName === undefined) {
    return { ...session.rememberedContact, ...signedInContact(account.getSnapshot()) };
  }
  if (step === 'symptoms' && answers.troubleTimeZone === undefined && answers.state) {
    return { troubleTimeZone: stateInfo(answers.state).timeZone };
  }
  return {};
}

/**
 * What the form starts with: what was done on the first question's light copy (handOff.ts),
 * else typed-but-uncommitted work, else the answer, else a prefill.
 */
function initialValues(step: StepId, session: WizardSession, early?: EarlyAnswer): FormValues {
  const typed =
    early?.value === undefined
      ? session.pending[step]
      : { ...session.pending[step], [FIRST_QUESTION.field]: early.value };
  const suggested = prefill(step, session);
  return Object.fromEntries(
    stepFields(step).map((field) => {
      const value: FormValue | undefined =
        typed?.[field] ?? session.answers[field] ?? suggested[field];
      return [field, value ?? emptyValue(step, field)];
    }),
  );
}

/** The first question's error for nothing chosen, as the form holds it. */
const NOTHING_CHOSEN = { type: 'validate', message: FIRST_QUESTION.required } as const;
const firstQuestionError: FieldErrors<FormValues> = { [FIRST_QUESTION.field]: NOTHING_CHOSEN };

/** The fields whose answer is still the value the FOC gave. */
export function fromFocFields(
  session: Pick<WizardSession, 'answers' | 'fromFoc'>,
): ReadonlySet<FieldName> {
  return new Set(
    (Object.keys(session.fromFoc) as FieldName[]).filter(
      (field) => session.answers[field] === session.fromFoc[field],
    ),
  );
}

export function StepPage({ step, returnTo, session, navigate }: StepPageProps) {
  const { answers, fromFoc } = session;
  // From the committed answers only: typing (which changes the session on every key, to keep
  // it) does not plan the journey again.
  const { ctx, caption } = useMemo(
    () => ({
      ctx: contextOf(answers),
      caption: pageCaption(step, answers, (s) => filledByFoc(s, answers, fromFoc)),
    }),
    [step, answers, fromFoc],
  );
  // The domain's own validation, as the form's resolver: no schema library between them.
  const resolver = useMemo<Resolver<FormValues>>(
    () => (values) => {
      // Read on each submit: a trouble's start cannot be later than the moment it is reported.
      const issues = stepIssues(step, values, answers, new Date());
      return issues.length === 0
        ? { values, errors: {} }
        : {
            values: {},
            errors: Object.fromEntries(
              issues.map(({ field, message }) => [field, { type: 'validate', message }]),
            ),
          };
    },
    [step, answers],
  );
  // The first question's light copy was on screen before this page: take over what was done there.
  const handOff = useHandOff();
  const [early] = useState(() => (step === FIRST_QUESTION.step ? handOff.peek() : undefined));
  const form = useForm<FormValues>({
    resolver,
    defaultValues: initialValues(step, session, early),
    // Continue pressed there with nothing chosen: the error shows from the first paint.
    ...(early?.showError ? { errors: firstQuestionError } : {}),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;

  // Autosave what is typed, before Continue too: a reload must not lose a long paste.
  const { keepPending } = session;
  const { subscribe, getValues } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          keepPending(step, values);
        },
      }),
    [subscribe, keepPending, step],
  );

  const fieldErrors: FieldError[] = stepFields(step).flatMap((field) => {
    const message = (errors[field] as { message?: unknown } | undefined)?.message;
    if (typeof message !== 'string') return [];
    const line = problemLine(field, getValues()[field]);
    return [line === undefined ? { field, message } : { field, message, line }];
  });
  const hasErrors = fieldErrors.length > 0;
  const title = titleOf(step, ctx);
  usePageTitle(title, hasErrors);

  const onValid = (values: FormValues) => {
    const next = answersFromForm(step, values, answers);
    session.commit(next, step);
    navigate(pageAfter(step, next, returnTo, (s) => filledByFoc(s, next, fromFoc)));
  };

  // Then as if done here: the choice kept, Continue pressed again, the focus where it was (the
  // copy leaves it as it goes, in the same commit as this page comes). Taken once: the engine
  // is empty afterwards.
  const takeOver = useEffectEvent(() => {
    const done = handOff.take();
    if (!done) return;
    if (done.value !== undefined) {
      if (done.value !== early?.value) form.setValue(FIRST_QUESTION.field, done.value);
      keepPending(step, getValues());
    }
    if (done.continued) {
      void form.handleSubmit(onValid)();
      return;
    }
    if (done.showError && !early?.showError) form.setError(FIRST_QUESTION.field, NOTHING_CHOSEN);
    focusAgain(done.focus);
  });
  useLayoutEffect(() => {
    if (step === FIRST_QUESTION.step) takeOver();
  }, [step]);

  const back = pageBefore(step, answers, returnTo);

  return (
    <>
      <a className="back-link" href={pageHref(back)}>
        Back
      </a>
      <div className="form-column">
        {hasErrors ? <ErrorSummary errors={fieldErrors} attempt={submitCount} /> : null}
        <p className="caption">{caption}</p>
        <FormProvider {...form}>
          <form noValidate onSubmit={(event) => void form.handleSubmit(onValid)(event)}>
            <QuestionFields step={step} ctx={ctx} fromFoc={fromFocFields(session)} />
            {QUESTIONS[step].offersFocPaste ? (
              <Suspense fallback={null}>
                <FocPaste session={session} navigate={navigate} inline />
              </Suspense>
            ) : null}
            <button type="submit" className="button">
              Continue
            </button>
          </form>
        </FormProvider>
      </div>
    </>
  );
}
