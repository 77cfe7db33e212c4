/*
 * The FOC reader's public face: readFoc() and the shapes of what it gives. The other modules of
 * this folder are its parts and are not imported from outside it.
 */
export { readFoc } from './readFoc.ts';
export { FOC_FIELDS, FOC_FIELD_LABELS } from './types.ts';
export type {
  FocField,
  FocIssue,
  FocReading,
  FocTelephoneNumbers,
  Found,
  UnsettledDate,
  UnsettledDates,
} from './types.ts';
