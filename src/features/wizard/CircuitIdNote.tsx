import { useFormContext, useWatch } from 'react-hook-form';
import { parseCircuitId } from '../../domain/identifiers/circuitId.ts';
import type { FormValues } from '../../domain/validation.ts';
import { WarningText } from '../../ui/WarningText.tsx';

/**
 * What looks unusual in a circuit ID, under its box. An ID is AT&T's to write, so it is never
 * refused for its form (an FOC's ECCKT goes in as written); the warning says what to check on the
 * circuit's records instead.
 */
export function CircuitIdNote({ name }: { name: 'circuitId' | 'loopCircuitId' }) {
  const { control } = useFormContext<FormValues>();
  const typed = useWatch({ control, name });
  if (typeof typed !== 'string' || typed.trim() === '') return null;
  const parsed = parseCircuitId(typed, { expectDs1: name === 'circuitId' });
  if (!parsed.ok || parsed.warnings.length === 0) return null;
  return <WarningText>{parsed.warnings.map((warning) => `${warning}.`).join(' ')}</WarningText>;
}
