import type { ReactNode } from 'react';
import type { FieldName, StepId } from '../../domain/answers.ts';
import type { FieldSpec, QuestionContext } from '../../domain/questions.ts';
import {
  choicesFor,
  fieldsOf,
  hintOf,
  introOf,
  isOptional,
  labelOf,
  revealedBy,
  titleOf,
} from '../../domain/questions.ts';
import type { FormValues } from '../../domain/validation.ts';
import {
  Checkbox,
  Choices,
  FieldGroup,
  Select,
  Tag,
  TextArea,
  TextField,
} from '../../ui/fields.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { CircuitIdNote } from './CircuitIdNote.tsx';
import { ListField } from './ListField.tsx';
import { StateFlag } from './StateFlag.tsx';

/*
 * Any step of the wizard, rendered from its entry in the question registry: the title is the h1
 * (as the legend or label of the main field, or above grouped fields), each field its control,
 * fields revealed under a choice inside it. Nothing here knows a particular question.
 */

interface QuestionFieldsProps {
  step: StepId;
  ctx: QuestionContext;
  /** Fields whose answer came from the FOC and is unchanged: tagged so. */
  fromFoc: ReadonlySet<FieldName>;
}

interface Rendered {
  readonly name: FieldName;
  readonly spec: FieldSpec;
}

export function QuestionFields({ step, ctx, fromFoc }: QuestionFieldsProps) {
  const title = titleOf(step, ctx);
  const intro = introOf(step, ctx);
  const shown = fieldsOf(step).filter(
    ({ name, spec }) => !revealedBy(step, name) && (spec.applies?.(ctx) ?? true),
  );
  const headed = shown.some(({ spec }) => labelOf(spec, ctx) === undefined);
  const field = (f: Rendered) => (
    <Field key={f.name} step={step} field={f} ctx={ctx} title={title} fromFoc={fromFoc} />
  );
  return (
    <>
      {headed ? null : <PageHeading>{title}</PageHeading>}
      {intro ? <p className="body">{intro}</p> : null}
      {groupsOf(shown).map((group) =>
        group.legend ? (
          <FieldGroup key={group.legend} legend={group.legend}>
            {group.fields.map(field)}
          </FieldGroup>
        ) : (
          group.fields.map(field)
        ),
      )}
    </>
  );
}

/** Consecutive fields sharing a `group` go under one legend. */
function groupsOf(fields: readonly Rendered[]): { legend?: string; fields: Rendered[] }[] {
  const groups: { legend?: string; fields: Rendered[] }[] = [];
  for (const f of fields) {
    const last = groups.at(-1);
    if (last && f.spec.group !== undefined && last.legend === f.spec.group) last.fields.push(f);
    else groups.push({ ...(f.spec.group ? { legend: f.spec.group } : {}), fields: [f] });
  }
  return groups;
}

function Field({
  step,
  field: { name, spec },
  ctx,
  title,
  fromFoc,
}: {
  step: StepId;
  field: Rendered;
  ctx: QuestionContext;
  title: string;
  fromFoc: ReadonlySet<FieldName>;
}): ReactNode {
  const label = labelOf(spec, ctx);
  const common = {
    name,
    isHeading: label === undefined,
    optional: isOptional(spec, ctx),
    hint: hintOf(spec, ctx),
    tag: fromFoc.has(name) ? <Tag>From the FOC</Tag> : undefined,
  };
  const text = label ?? title;
  switch (spec.kind) {
    case 'radios':
    case 'checkboxes':
      return (
        <Choices<FormValues>
          {...common}
          legend={text}
          multiple={spec.kind === 'checkboxes'}
          inline={spec.kind === 'radios' ? spec.inline : false}
          choices={choicesFor(spec, ctx).map((choice) => ({
            value: choice.value,
            label: choice.label,
            hint: choice.hint,
            dividerBefore: choice.dividerBefore,
            reveal: choice.reveals?.length
              ? choice.reveals.map((revealed) => {
                  const revealedSpec = fieldsOf(step).find((f) => f.name === revealed)?.spec;
                  return revealedSpec ? (
                    <Field
                      key={revealed}
                      step={step}
                      field={{ name: revealed, spec: revealedSpec }}
                      ctx={ctx}
                      title={title}
                      fromFoc={fromFoc}
                    />
                  ) : null;
                })
              : undefined,
          }))}
        />
      );
    case 'checkbox':
      return <Checkbox<FormValues> name={common.name} label={text} />;
    case 'select':
      return (
        <>
          <Select<FormValues>
            {...common}
            label={text}
            placeholder={spec.placeholder}
            options={spec.groups}
          />
          {name === 'state' ? <StateFlag /> : null}
        </>
      );
    case 'text':
      return (
        <>
          <TextField<FormValues>
            {...common}
            label={text}
            input={spec.input}
            width={spec.width}
            autoComplete={spec.autoComplete}
          />
          {name === 'circuitId' || name === 'loopCircuitId' ? <CircuitIdNote name={name} /> : null}
        </>
      );
    case 'textarea':
      return (
        <TextArea<FormValues>
          {...common}
          label={text}
          rows={spec.rows}
          spellCheck={spec.spellCheck ?? true}
        />
      );
    case 'list':
      return <ListField {...common} label={text} list={spec.list} rows={spec.rows} />;
  }
}
