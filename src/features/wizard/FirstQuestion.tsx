import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { ChoiceList } from '../../ui/choiceList.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { HEADING_ID } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { HTML_FORM_SENT } from './handOff.ts';
import { useHandOff } from './handOffContext.ts';
import { FIRST_QUESTION, START_LINKS } from './startLinks.ts';

/*
 * The first question while the wizard's code is still on its way: in index.html (the browser
 * shows it for the question's URL before any script runs) and right after "Start now". The same
 * markup as the wizard's page for the step (StepPage, QuestionFields), from the same registry
 * entry, with neither zod nor the form library. What the user does here is kept by the hand-off
 * engine (handOff.ts) and the wizard's page takes it over.
 */

interface FirstQuestionProps {
  /** The copy in index.html: it neither titles the document nor moves the focus. */
  inHtml?: boolean;
  /** Opened by leaving another page: the focus goes to its h1 (WCAG 2.4.3). */
  focusOnMount?: boolean;
}

export function FirstQuestion({ inHtml = false, focusOnMount = false }: FirstQuestionProps) {
  const handOff = useHandOff();
  const answer = () => handOff.getSnapshot().answer;
  const { value, showError } = useSyncExternalStore(handOff.subscribe, answer, answer);
  const { field, title, caption, required, hint, inline, choices } = FIRST_QUESTION;
  const pageRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const error = showError ? required : undefined;

  // Focus after navigation: as the page it replaces had it (or on the h1 when opened from another
  // page), and kept as it goes for the page that replaces it.
  useLayoutEffect(() => {
    // The copy in index.html is taken over by the engine itself (handOff.ts, takeOverFromHtml).
    if (inHtml) return;
    const page = pageRef.current;
    if (!handOff.restoreFocus() && focusOnMount) document.getElementById(HEADING_ID)?.focus();
    return () => {
      if (page) handOff.keepFocus(page);
    };
  }, [handOff, inHtml, focusOnMount]);

  return (
    // A press begun here holds the wizard's page back until it is over: no click is split
    // between the two pages.
    <div
      ref={pageRef}
      className="first-question"
      onPointerDownCapture={handOff.hold}
      onKeyDownCapture={handOff.hold}
    >
      {inHtml ? null : <Title title={title} hasError={showError} />}
      <a className="back-link" href={START_LINKS.start}>
        Back
      </a>
      <div className="form-column">
        {error ? <ErrorSummary errors={[{ field, message: error }]} ref={summaryRef} /> : null}
        <p className="caption">{caption}</p>
        {/* Before any script runs, Continue sends the choice in the query (handOff.ts). */}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            // Nothing chosen: the error summary is drawn at once, then takes the focus.
            if (!flushSync(handOff.submit)) summaryRef.current?.focus();
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
                handOff.choose(choice);
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
