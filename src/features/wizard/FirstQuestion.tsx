import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ChoiceList } from '../../ui/choiceList.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { HEADING_ID } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { HTML_FORM_SENT, earlyAnswer } from './earlyAnswer.ts';
import { FIRST_QUESTION, FIRST_QUESTION_HASHES, START_LINKS } from './startLinks.ts';

/*
 * The first question while the wizard's code is still on its way: in index.html (the browser
 * shows it for the question's URL before any script runs) and right after "Start now". The same
 * markup as the wizard's page for the step (StepPage, QuestionFields), from the same registry
 * entry, with neither zod nor the form library. What the user does here is kept (earlyAnswer.ts)
 * and the wizard's page takes it over.
 */

interface FirstQuestionProps {
  /** The copy in index.html: it neither titles the document nor moves the focus. */
  inHtml?: boolean;
  /** Opened by leaving another page: the focus goes to its h1 (WCAG 2.4.3). */
  focusOnMount?: boolean;
}

export function FirstQuestion({ inHtml = false, focusOnMount = false }: FirstQuestionProps) {
  const { value, showError } = useSyncExternalStore(
    earlyAnswer.subscribe,
    earlyAnswer.get,
    earlyAnswer.get,
  );
  const { field, title, caption, required, hint, inline, choices } = FIRST_QUESTION;
  const pageRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const error = showError ? required : undefined;
  const [submits, setSubmits] = useState(0);
  useEffect(() => {
    if (submits > 0) summaryRef.current?.focus();
  }, [submits]);

  // Focus as the page it replaces had it (or on the h1 when opened from another page), and kept
  // for the page that replaces this one.
  useLayoutEffect(() => {
    const page = pageRef.current;
    // The copy in index.html goes once hydrated: what it holds is taken over as it goes.
    if (inHtml)
      return () => {
        earlyAnswer.takeOverFromHtml(page);
      };
    if (!earlyAnswer.restoreFocus() && focusOnMount) document.getElementById(HEADING_ID)?.focus();
    // A press begun here holds the wizard's page back until it is over.
    page?.addEventListener('pointerdown', earlyAnswer.hold);
    page?.addEventListener('keydown', earlyAnswer.hold);
    return () => {
      page?.removeEventListener('pointerdown', earlyAnswer.hold);
      page?.removeEventListener('keydown', earlyAnswer.hold);
      // Replaced by the wizard's page for the same URL: it takes over. Left for another page:
      // what was done here goes (a new escalation starts empty).
      if (FIRST_QUESTION_HASHES.includes(location.hash)) {
        if (page) earlyAnswer.keepFocus(page);
      } else earlyAnswer.take();
    };
  }, [inHtml, focusOnMount]);

  return (
    <div ref={pageRef} className="first-question">
      {inHtml ? null : <Title title={title} hasError={showError} />}
      <a className="back-link" href={START_LINKS.start}>
        Back
      </a>
      <div className="form-column">
        {error ? <ErrorSummary errors={[{ field, message: error }]} ref={summaryRef} /> : null}
        <p className="caption">{caption}</p>
        {/* Before any script runs, Continue sends the choice in the query (earlyAnswer.ts). */}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!earlyAnswer.submit()) setSubmits((n) => n + 1);
          }}
        >
          <ChoiceList
            name={field}
            legend={title}
            isHeading
            // Beside the start page's h1 in index.html: an id of its own.
            headingId={inHtml ? 'first-question-heading' : undefined}
            hint={hint}
            inline={inline}
            choices={choices}
            error={error}
            isSelected={(choice) => choice === value}
            input={(choice) => ({
              name: field,
              checked: inHtml ? undefined : choice === value,
              onChange: () => {
                earlyAnswer.choose(choice);
              },
            })}
          />
          {inHtml ? <input type="hidden" name={HTML_FORM_SENT} value="yes" /> : null}
          <button type="submit" className="button">
            Continue
          </button>
        </form>
      </div>
    </div>
  );
}

function Title({ title, hasError }: { title: string; hasError: boolean }) {
  usePageTitle(title, hasError);
  return null;
}
