import type { Decision } from '../../domain/rules.ts';

/* What both kinds of result page show: why the app decided so, and a list of lines. */

/** Why: the rule's reason and the line of AT&T's page it rests on, for the user only. */
export function SourceLine({ decision }: { decision: Decision }) {
  const { reason, source } = decision.rule;
  return (
    <>
      <h2 className="heading-m">Why</h2>
      <p className="body">{reason}</p>
      <figure className="source-quote">
        <blockquote className="source-quote__text">
          <p>{source.text}</p>
        </blockquote>
        <figcaption className="source-quote__caption">AT&amp;T, {source.section}</figcaption>
      </figure>
    </>
  );
}

export function Lines({
  lines,
  className = 'list list--bullet',
}: {
  lines: readonly string[];
  className?: string;
}) {
  if (lines.length === 0) return null;
  return (
    <ul className={className}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
