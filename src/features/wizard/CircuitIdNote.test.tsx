import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { FormValues } from '../../domain/validation.ts';
import { CircuitIdNote } from './CircuitIdNote.tsx';

function Form({ value, children }: { value: string; children: ReactNode }) {
  const form = useForm<FormValues>({ defaultValues: { circuitId: value } });
  return (
    <FormProvider {...form}>
      <label>
        The DS1’s circuit ID
        <input {...form.register('circuitId')} />
      </label>
      {children}
    </FormProvider>
  );
}

describe('<CircuitIdNote>', () => {
  it('says what looks unusual in a circuit ID, which stays as written', async () => {
    const { container } = render(
      <Form value="">
        <CircuitIdNote name="circuitId" />
      </Form>,
    );
    expect(container.querySelector('.warning-text')).toBeNull();
    // A loop's serial-number ID where the DS1's is asked: accepted, with what to check.
    await userEvent.type(screen.getByLabelText('The DS1’s circuit ID'), '73/LXGS/123456/000/NE');
    expect(screen.getByText(/LX is not a DS1 service code/)).toBeVisible();
  });

  it('says nothing of an ID of a usual DS1 form, like the ECCKT on an AT&T FOC', () => {
    const { container } = render(
      <Form value="101/T1ZF/556677/SW">
        <CircuitIdNote name="circuitId" />
      </Form>,
    );
    expect(container.querySelector('.warning-text')).toBeNull();
  });
});
