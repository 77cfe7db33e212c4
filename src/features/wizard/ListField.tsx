import { useDeferredValue, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { MAX_PASTE_CHARACTERS } from '../../domain/answers.ts';
import { formatCount } from '../../domain/identifiers/list.ts';
import { parseServiceOrderNumbers } from '../../domain/identifiers/serviceOrder.ts';
import { parseTelephoneNumbers } from '../../domain/identifiers/telephone.ts';
import type { FieldName } from '../../domain/answers.ts';
import type { FormValues } from '../../domain/validation.ts';
import { TextArea } from '../../ui/fields.tsx';
import { ListIssues } from './ListIssues.tsx';

/*
 * A pasted list of telephone numbers or service orders: line numbers beside the box (the error
 * summary's link puts the cursor on the faulty line), and a live count of what was understood, so
 * a coordinator sees at once that 12 numbers went in, not 11.
 */

const LISTS = {
  telephoneNumbers: { parse: parseTelephoneNumbers, noun: ['number', 'numbers'] },
  serviceOrders: { parse: parseServiceOrderNumbers, noun: ['service order', 'service orders'] },
} as const;

/** Line numbers are drawn for at most this many lines: a longer paste is refused anyway. */
const MAX_NUMBERED_LINES = 100_000;

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

interface ListFieldProps {
  name: FieldName;
  list: keyof typeof LISTS;
  label: ReactNode;
  isHeading: boolean;
  optional: boolean;
  hint: ReactNode;
  tag: ReactNode;
  rows: number | undefined;
}

export function ListField({ list, rows = 6, ...field }: ListFieldProps) {
  const { control } = useFormContext<FormValues>();
  const value = useWatch({ control, name: field.name });
  // Counting waits for a pause in typing: a 10,000-line list is parsed once, not per key.
  const text = useDeferredValue(typeof value === 'string' ? value : '');
  const { parse, noun } = LISTS[list];
  const lines = useMemo(() => countLines(text), [text]);
  const numbers = useMemo(
    () =>
      Array.from({ length: Math.min(Math.max(lines, rows), MAX_NUMBERED_LINES) }, (_, i) =>
        String(i + 1),
      ).join('\n'),
    [lines, rows],
  );
  const understood = useMemo(
    () => (text.trim() === '' || text.length > MAX_PASTE_CHARACTERS ? undefined : parse(text)),
    [text, parse],
  );
  const gutter = useRef<HTMLPreElement>(null);
  const count = understood?.values.length ?? 0;
  return (
    <TextArea<FormValues>
      {...field}
      rows={rows}
      spellCheck={false}
      wrap="off"
      className="textarea--list"
      onScroll={(event) => {
        if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
      }}
      aside={
        <pre className="line-numbers" aria-hidden="true" ref={gutter}>
          {numbers}
        </pre>
      }
      footer={
        understood ? (
          <p className="list-count">
            {formatCount(count, noun)} understood
            {understood.errors.length > 0
              ? `, ${formatCount(understood.errors.length, ['line', 'lines'])} to fix`
              : ''}
            {understood.duplicatesRemoved > 0
              ? `, ${formatCount(understood.duplicatesRemoved)} repeated`
              : ''}
          </p>
        ) : null
      }
      details={<ListIssues name={field.name} parse={parse} noun={noun} />}
    />
  );
}
