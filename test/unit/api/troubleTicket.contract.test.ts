import { describe, expect, it } from 'vitest';
import { apiUrl } from '../../../src/api/config.ts';
import {
  TROUBLE_TICKET_PATH,
  TroubleTicketSchema,
  toTroubleTicketCreate,
  toTroubleTicketUpdate,
  type TroubleTicket,
  type TroubleTicketCreate,
  type TroubleTicketPatch,
} from '../../../src/api/troubleTicket.ts';
import { setupMockBackend } from '../../msw.ts';
import { changedInput, escalationInput } from './fixtures.ts';
import { specErrors } from './tmf621Spec.ts';

setupMockBackend();

const collection = apiUrl(TROUBLE_TICKET_PATH);

function post(body: unknown, idempotencyKey?: string): Promise<Response> {
  return fetch(collection, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function patch(id: string, body: unknown): Promise<Response> {
  return fetch(`${collection}/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/merge-patch+json' },
    body: JSON.stringify(body),
  });
}

async function created(): Promise<TroubleTicket> {
  const response = await post(toTroubleTicketCreate(escalationInput()), crypto.randomUUID());
  return TroubleTicketSchema.parse(await response.json());
}

/** A response body that both the TMF621 spec and our zod schema accept. */
async function conformingTicket(response: Response): Promise<TroubleTicket> {
  const body: unknown = await response.json();
  expect(specErrors('TroubleTicket_RES', body)).toEqual([]);
  return TroubleTicketSchema.parse(body);
}

async function expectTmfError(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { message: string };
  expect(specErrors('Error', body)).toEqual([]);
  return body.message;
}

describe('POST /troubleTicket', () => {
  it('sends a create body that is a valid TroubleTicket_FVO, and files it', async () => {
    const body = toTroubleTicketCreate(escalationInput());
    expect(specErrors('TroubleTicket_FVO', body)).toEqual([]);

    const response = await post(body, 'key-1');

    expect(response.status).toBe(201);
    const ticket = await conformingTicket(response);
    expect(response.headers.get('Location')).toBe(ticket.href);
    expect(ticket).toMatchObject({
      status: 'acknowledged',
      description: body.description,
      ticketType: 'LNP premature disconnect',
      severity: 'Critical',
      externalIdentifier: [{ id: 'ACME-PON-0042', externalIdentifierType: 'PON' }],
    });
    expect(ticket.relatedEntity?.map((e) => [e.role, e.entity.id])).toEqual([
      ['affectedTelephoneNumber', '3125550142'],
      ['affectedTelephoneNumber', '3125550143'],
      ['serviceOrder', 'N12345678'],
      ['affectedCircuit', '73/HCGS/123456/000/NE'],
    ]);
    expect(ticket.note?.[0]?.id).toBeTruthy();
    expect(ticket.note?.[0]?.date).toBe(ticket.creationDate);
  });

  it('carries the facts as StringCharacteristics the spec accepts', async () => {
    const body = toTroubleTicketCreate(escalationInput());
    expect(body.troubleTicketCharacteristic).toEqual([
      { '@type': 'StringCharacteristic', name: 'VER', valueType: 'string', value: '02' },
      {
        '@type': 'StringCharacteristic',
        name: 'Due date (DD)',
        valueType: 'string',
        value: '2026-11-24',
      },
      { '@type': 'StringCharacteristic', name: 'State', valueType: 'string', value: 'IL' },
    ]);
    expect(specErrors('TroubleTicket_FVO', body)).toEqual([]);
    // The validator does check them (a characteristic needs a name). It cannot check a
    // StringCharacteristic's value type: the spec's subtypes hang off a discriminator on allOf,
    // which tmf621Spec.ts leaves out; CharacteristicSchema (zod) holds the value to a string.
    const unnamed = {
      ...body,
      troubleTicketCharacteristic: [{ '@type': 'StringCharacteristic', value: '02' }],
    };
    expect(specErrors('TroubleTicket_FVO', unnamed)).toContain(
      "/troubleTicketCharacteristic/0 must have required property 'name'",
    );

    const ticket = await conformingTicket(await post(body, 'key-facts'));
    expect(ticket.troubleTicketCharacteristic).toEqual(body.troubleTicketCharacteristic);
  });

  it('sends no characteristics for an escalation without facts', () => {
    const body = toTroubleTicketCreate(escalationInput({ facts: [] }));
    expect(body).not.toHaveProperty('troubleTicketCharacteristic');
    expect(specErrors('TroubleTicket_FVO', body)).toEqual([]);
  });

  it('returns the same ticket for a repeated Idempotency-Key and files no second one', async () => {
    const body = toTroubleTicketCreate(escalationInput());
    const first = await conformingTicket(await post(body, 'same-key'));
    const repeat = await post(body, 'same-key');

    expect(repeat.status).toBe(201);
    expect((await conformingTicket(repeat)).id).toBe(first.id);
    const list = (await (await fetch(collection)).json()) as unknown[];
    expect(list).toHaveLength(1);
  });

  it.each<[string, (body: Partial<TroubleTicketCreate>) => unknown, string]>([
    // JSON leaves out a field set to undefined.
    ['a missing ticketType', (body) => ({ ...body, ticketType: undefined }), 'ticketType'],
    [
      'a characteristic whose value is not a string',
      (body) => ({
        ...body,
        troubleTicketCharacteristic: [{ '@type': 'StringCharacteristic', name: 'VER', value: 2 }],
      }),
      'troubleTicketCharacteristic.0.value',
    ],
  ])('answers 400 with a TMF Error naming the field for %s', async (_case, spoil, field) => {
    const body = spoil(toTroubleTicketCreate(escalationInput()));
    expect(await expectTmfError(await post(body), 400)).toContain(field);
    expect(await (await fetch(collection)).json()).toEqual([]);
  });

  it('answers 400 when the body is not JSON', async () => {
    expect(await expectTmfError(await post('{not json'), 400)).toContain('not JSON');
  });
});

describe('GET /troubleTicket/{id} and GET /troubleTicket', () => {
  it('retrieves one ticket', async () => {
    const ticket = await created();
    const response = await fetch(`${collection}/${ticket.id}`);
    expect(response.status).toBe(200);
    expect((await conformingTicket(response)).id).toBe(ticket.id);
  });

  it('answers 404 with a TMF Error for an unknown id', async () => {
    expect(await expectTmfError(await fetch(`${collection}/TT-1`), 404)).toContain('TT-1');
  });

  it('lists every ticket, newest first, with the total count', async () => {
    const older = await created();
    const newer = await created();
    const response = await fetch(collection);
    const list = (await response.json()) as unknown[];
    for (const ticket of list) expect(specErrors('TroubleTicket_RES', ticket)).toEqual([]);
    expect(list.map((t) => TroubleTicketSchema.parse(t).id)).toEqual([newer.id, older.id]);
    expect(response.headers.get('X-Total-Count')).toBe('2');
  });
});

describe('PATCH /troubleTicket/{id}', () => {
  it('adds a note (merge-patch replaces the whole note array)', async () => {
    const ticket = await created();
    const body: TroubleTicketPatch = {
      '@type': 'TroubleTicket',
      note: [...(ticket.note ?? []), { '@type': 'Note', text: 'Customer still out of service.' }],
    };
    expect(specErrors('TroubleTicket_MVO', body)).toEqual([]);

    const updated = await conformingTicket(await patch(ticket.id, body));

    expect(updated.note?.map((n) => n.text)).toEqual([
      ticket.note?.[0]?.text,
      'Customer still out of service.',
    ]);
    expect(updated.note?.[1]?.id).toBeTruthy();
    expect(updated.note?.[1]?.date).toBe(updated.lastUpdate);
  });

  it('brings a filed ticket up to a changed escalation (toTroubleTicketUpdate)', async () => {
    const input = escalationInput();
    const ticket = await conformingTicket(
      await post(toTroubleTicketCreate(input), input.escalationId),
    );
    const changed = toTroubleTicketCreate(
      changedInput(input, {
        severity: 'major',
        ticketType: 'LNP port not activated',
        telephoneNumbers: ['3125550144'],
        serviceOrders: [],
        circuitId: undefined,
        facts: [{ name: 'VER', value: '03' }],
        contact: { ...input.contact, callbackNumber: '3125550177' },
      }),
    );
    const body = toTroubleTicketUpdate(changed, ticket, 'PON: ACME-PON-0043 (was: ACME-PON-0042).');
    expect(specErrors('TroubleTicket_MVO', body)).toEqual([]);

    const updated = await conformingTicket(await patch(ticket.id, body));

    expect(updated).toMatchObject({
      id: ticket.id,
      creationDate: ticket.creationDate,
      status: 'acknowledged',
      name: 'LNP: LNP port not activated',
      description: changed.description,
      severity: 'Major',
      ticketType: 'LNP port not activated',
      externalIdentifier: [{ id: 'ACME-PON-0043', externalIdentifierType: 'PON' }],
      relatedEntity: [{ role: 'affectedTelephoneNumber', entity: { id: '3125550144' } }],
      troubleTicketCharacteristic: [{ name: 'VER', value: '03' }],
      // The call-back number the changed report gives is the ticket's own call-back field too.
      relatedParty: [
        {
          role: 'reporter',
          partyOrPartyRole: {
            contactMedium: [{ '@type': 'PhoneContactMedium', phoneNumber: '3125550177' }, {}],
          },
        },
      ],
      // Not the CLEC's to change: kept as filed.
      channel: ticket.channel,
    });
    expect(updated.relatedEntity).toHaveLength(1);
    expect(updated.note?.map((n) => [n.id, n.text])).toEqual([
      [ticket.note?.[0]?.id, ticket.note?.[0]?.text],
      [expect.any(String), 'PON: ACME-PON-0043 (was: ACME-PON-0042).'],
    ]);
    expect(updated.note?.[1]?.date).toBe(updated.lastUpdate);
  });

  it('sends the existing notes alone when there is no change note', () => {
    const note = { '@type': 'Note' as const, id: 'n1', text: 'Filed.' };
    const body = toTroubleTicketUpdate(
      toTroubleTicketCreate(escalationInput()),
      { note: [note] },
      undefined,
    );
    expect(body.note).toEqual([note]);
    expect(specErrors('TroubleTicket_MVO', body)).toEqual([]);
  });

  it.each<[string, TroubleTicketPatch]>([
    ['name', { '@type': 'TroubleTicket', name: 'LNP: Port not activated' }],
    ['description', { '@type': 'TroubleTicket', description: 'New report' }],
    ['severity', { '@type': 'TroubleTicket', severity: 'Minor' }],
    ['ticketType', { '@type': 'TroubleTicket', ticketType: 'Port not activated' }],
    [
      'externalIdentifier',
      {
        '@type': 'TroubleTicket',
        externalIdentifier: [
          { '@type': 'ExternalIdentifier', id: 'ACME-PON-0099', externalIdentifierType: 'PON' },
        ],
      },
    ],
    [
      'relatedEntity',
      {
        '@type': 'TroubleTicket',
        relatedEntity: [
          {
            '@type': 'RelatedEntity',
            role: 'serviceOrder',
            entity: { '@type': 'EntityRef', id: 'N99999999' },
          },
        ],
      },
    ],
    [
      'relatedParty',
      {
        '@type': 'TroubleTicket',
        relatedParty: toTroubleTicketCreate(
          escalationInput({
            contact: { name: 'Sam Ortiz', company: 'Acme Telecom', callbackNumber: '3125550188' },
          }),
        ).relatedParty,
      },
    ],
    [
      'troubleTicketCharacteristic',
      {
        '@type': 'TroubleTicket',
        troubleTicketCharacteristic: [
          { '@type': 'StringCharacteristic', name: 'State', value: 'TX' },
        ],
      },
    ],
    [
      'expectedResolutionDate',
      { '@type': 'TroubleTicket', expectedResolutionDate: '2026-12-07T21:00:00.000Z' },
    ],
    [
      'requestedResolutionDate',
      { '@type': 'TroubleTicket', requestedResolutionDate: '2026-12-07T23:00:00.000Z' },
    ],
  ])('accepts a change of %s alone, and changes nothing else', async (field, body) => {
    const ticket = await created();
    expect(specErrors('TroubleTicket_MVO', body)).toEqual([]);

    const updated = await conformingTicket(await patch(ticket.id, body));

    expect(updated).toMatchObject({ [field]: body[field as keyof TroubleTicketPatch] });
    const unchanged = Object.entries(ticket).filter(
      ([key]) => key !== field && key !== 'lastUpdate',
    );
    expect(updated).toMatchObject(Object.fromEntries(unchanged));
  });

  it('cancels, and refuses a second cancel with 409', async () => {
    const ticket = await created();
    const body: TroubleTicketPatch = {
      '@type': 'TroubleTicket',
      status: 'cancelled',
      statusChangeReason: 'Resolved by the end user',
    };
    expect(specErrors('TroubleTicket_MVO', body)).toEqual([]);

    const cancelled = await conformingTicket(await patch(ticket.id, body));
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      statusChangeReason: 'Resolved by the end user',
    });

    expect(await expectTmfError(await patch(ticket.id, body), 409)).toContain('already cancelled');
  });

  it.each([
    ['status other than cancelled', { status: 'resolved' }, 'status'],
    ['channel', { channel: { '@type': 'ChannelRef', id: 'other' } }, 'channel'],
    [
      'a reporter without its party',
      { relatedParty: [{ '@type': 'RelatedPartyRefOrPartyRoleRef', role: 'reporter' }] },
      'relatedParty',
    ],
    ['id', { id: 'TT-1' }, 'id'],
    ['a blank description', { description: ' ' }, 'description'],
  ])('answers 400 for a change a CLEC may not make: %s', async (_case, change, field) => {
    const ticket = await created();
    const message = await expectTmfError(
      await patch(ticket.id, { '@type': 'TroubleTicket', ...change }),
      400,
    );
    expect(message).toContain(field);
    expect(await conformingTicket(await fetch(`${collection}/${ticket.id}`))).toEqual(ticket);
  });

  it('answers 404 for an unknown id', async () => {
    await expectTmfError(await patch('TT-1', { '@type': 'TroubleTicket', note: [] }), 404);
  });
});
