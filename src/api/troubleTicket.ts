import { z } from 'zod';

/*
 * The ticket contract: TM Forum TMF621 Trouble Ticket v5 (docs/api.md). These schemas are the one
 * source on our side: the client checks every answer with them and the mock checks every request.
 * Objects are loose so a real backend may send more than we read; the fields we use are checked.
 * Contract tests hold these payloads to the TMF621 OpenAPI file itself.
 */

export const TROUBLE_TICKET_PATH = 'tmf-api/troubleTicket/v5/troubleTicket';

export const TICKET_STATUSES = [
  'acknowledged',
  'rejected',
  'pending',
  'held',
  'inProgress',
  'cancelled',
  'closed',
  'resolved',
] as const;
export const TicketStatusSchema = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

/** Statuses after which nothing more happens to a ticket. */
export const FINAL_STATUSES: ReadonlySet<TicketStatus> = new Set([
  'rejected',
  'cancelled',
  'closed',
  'resolved',
]);

const dateTime = z.iso.datetime({ offset: true });

export const EntityRefSchema = z.looseObject({
  '@type': z.string(),
  id: z.string().min(1),
  href: z.string().optional(),
  name: z.string().optional(),
  '@referredType': z.string().optional(),
});

export const RelatedEntitySchema = z.looseObject({
  '@type': z.literal('RelatedEntity'),
  role: z.string().min(1),
  entity: EntityRefSchema,
});
export type RelatedEntity = z.infer<typeof RelatedEntitySchema>;

export const ContactMediumSchema = z.discriminatedUnion('@type', [
  z.looseObject({
    '@type': z.literal('PhoneContactMedium'),
    contactType: z.string().optional(),
    phoneNumber: z.string().min(1),
  }),
  z.looseObject({
    '@type': z.literal('EmailContactMedium'),
    contactType: z.string().optional(),
    emailAddress: z.string().min(1),
  }),
]);

export const RelatedPartySchema = z.looseObject({
  '@type': z.literal('RelatedPartyRefOrPartyRoleRef'),
  role: z.string().min(1),
  partyOrPartyRole: EntityRefSchema.extend({
    '@type': z.literal('PartyRoleRef'),
    partyName: z.string().optional(),
    /** Extension to PartyRoleRef (docs/api.md): how AT&T reaches the reporter. */
    contactMedium: z.array(ContactMediumSchema).optional(),
  }),
});

export const ExternalIdentifierSchema = z.looseObject({
  '@type': z.literal('ExternalIdentifier'),
  id: z.string().min(1),
  owner: z.string().optional(),
  externalIdentifierType: z.string().optional(),
});

export const NoteSchema = z.looseObject({
  '@type': z.literal('Note'),
  id: z.string().optional(),
  author: z.string().optional(),
  date: dateTime.optional(),
  text: z.string().trim().min(1, 'Enter the text of the note'),
});
export type Note = z.infer<typeof NoteSchema>;

/** A fact of the escalation the ticket's fields do not name (VER, the due date, the state). */
export const CharacteristicSchema = z.looseObject({
  '@type': z.literal('StringCharacteristic'),
  name: z.string().min(1),
  valueType: z.literal('string').optional(),
  value: z.string(),
});

export const StatusChangeSchema = z.looseObject({
  '@type': z.literal('StatusChange'),
  status: TicketStatusSchema,
  statusChangeDate: dateTime,
  statusChangeReason: z.string().optional(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** POST body: TMF621 TroubleTicket_FVO (description, severity and ticketType are required). */
export const TroubleTicketCreateSchema = z.looseObject({
  '@type': z.literal('TroubleTicket'),
  name: z.string().optional(),
  description: z
    .string()
    .trim()
    .min(1, 'description is required: put the escalation summary in it'),
  severity: z.string().min(1, 'severity is required, e.g. Critical, Major or Minor'),
  ticketType: z.string().min(1, 'ticketType is required, e.g. Provisioning escalation'),
  channel: EntityRefSchema.extend({ '@type': z.literal('ChannelRef') }).optional(),
  externalIdentifier: z.array(ExternalIdentifierSchema).optional(),
  note: z.array(NoteSchema).optional(),
  relatedEntity: z.array(RelatedEntitySchema).optional(),
  relatedParty: z.array(RelatedPartySchema).optional(),
  troubleTicketCharacteristic: z.array(CharacteristicSchema).optional(),
});
export type TroubleTicketCreate = z.infer<typeof TroubleTicketCreateSchema>;

/** A ticket as the server returns it: TMF621 TroubleTicket, with the fields the UI relies on. */
export const TroubleTicketSchema = TroubleTicketCreateSchema.extend({
  id: z.string().min(1),
  href: z.string().min(1),
  creationDate: dateTime,
  lastUpdate: dateTime.optional(),
  status: TicketStatusSchema,
  statusChangeDate: dateTime.optional(),
  statusChangeReason: z.string().optional(),
  statusChangeHistory: z.array(StatusChangeSchema).optional(),
  resolutionDate: dateTime.optional(),
  /** AT&T's promise of a fix, from the escalation's timeline (escalationTicket.ts). */
  expectedResolutionDate: dateTime.optional(),
  /** When the CLEC asked AT&T to resolve it by. */
  requestedResolutionDate: dateTime.optional(),
});
export type TroubleTicket = z.infer<typeof TroubleTicketSchema>;

export const TroubleTicketListSchema = z.array(TroubleTicketSchema);

/**
 * PATCH body (application/merge-patch+json), TMF621 TroubleTicket_MVO restricted to what a CLEC
 * may change: the report, its identifiers and its reporter (the call-back number the report
 * gives) when the escalation changed after filing, the notes (merge-patch replaces the whole
 * array, so send every note), the escalation's timeline (withTimeline() in escalationTicket.ts:
 * notes, identifiers, characteristics and the two resolution dates) and a cancel.
 */
export const TroubleTicketPatchSchema = z.strictObject({
  '@type': z.literal('TroubleTicket'),
  name: z.string().optional(),
  description: z.string().trim().min(1).optional(),
  severity: z.string().min(1).optional(),
  ticketType: z.string().min(1).optional(),
  externalIdentifier: z.array(ExternalIdentifierSchema).optional(),
  relatedEntity: z.array(RelatedEntitySchema).optional(),
  relatedParty: z.array(RelatedPartySchema).optional(),
  troubleTicketCharacteristic: z.array(CharacteristicSchema).optional(),
  note: z.array(NoteSchema).optional(),
  expectedResolutionDate: dateTime.optional(),
  requestedResolutionDate: dateTime.optional(),
  status: z.literal('cancelled').optional(),
  statusChangeReason: z.string().optional(),
});
export type TroubleTicketPatch = z.infer<typeof TroubleTicketPatchSchema>;

/** TMF630 Error body, sent with every 4xx and 5xx. */
export const TmfErrorSchema = z.looseObject({
  '@type': z.literal('Error'),
  code: z.string(),
  reason: z.string(),
  message: z.string().optional(),
  status: z.string().optional(),
});
export type TmfError = z.infer<typeof TmfErrorSchema>;

/** What the UI hands over to file an escalation; decoupled from the wizard's report model. */
export interface EscalationTicketInput {
  /** Stable per escalation: sent as the Idempotency-Key, so a repeat makes no second ticket. */
  escalationId: string;
  /** Changes with the report's content: what was sent is known by it. */
  digest: string;
  /** The generated report text: becomes the ticket's description. */
  summary: string;
  /** The AT&T center, e.g. 'Provisioning'. */
  centerName: string;
  ticketType: string;
  severity: 'critical' | 'major' | 'minor';
  /** 10 digits each. */
  telephoneNumbers: string[];
  serviceOrders: string[];
  circuitId?: string;
  pon?: string;
  /** Facts with no field of their own: VER, REQTYP, FOC and due dates, state. */
  facts: { name: string; value: string }[];
  contact: {
    name: string;
    company: string;
    /** ACNA or OCN. */
    companyCode?: string;
    callbackNumber: string;
    email?: string;
  };
}

const SEVERITY = { critical: 'Critical', major: 'Major', minor: 'Minor' } as const;

export const CHANNEL_ID = 'clec-escalation-wizard';

function entity(role: string, referredType: string, id: string): RelatedEntity {
  return {
    '@type': 'RelatedEntity',
    role,
    entity: { '@type': 'EntityRef', '@referredType': referredType, id, name: id },
  };
}

/** The TMF621 TroubleTicket_FVO for an escalation (docs/api.md lists where each input goes). */
export function toTroubleTicketCreate(input: EscalationTicketInput): TroubleTicketCreate {
  const { contact } = input;
  const reachAt = [contact.callbackNumber, contact.email].filter(Boolean).join(', ');
  return {
    '@type': 'TroubleTicket',
    name: `${input.centerName}: ${input.ticketType}`,
    description: input.summary,
    severity: SEVERITY[input.severity],
    ticketType: input.ticketType,
    channel: { '@type': 'ChannelRef', id: CHANNEL_ID, name: 'CLEC escalation wizard' },
    ...(input.pon
      ? {
          externalIdentifier: [
            {
              '@type': 'ExternalIdentifier',
              id: input.pon,
              owner: contact.companyCode ?? contact.company,
              externalIdentifierType: 'PON',
            },
          ],
        }
      : {}),
    relatedEntity: [
      ...input.telephoneNumbers.map((tn) =>
        entity('affectedTelephoneNumber', 'TelephoneNumber', tn),
      ),
      ...input.serviceOrders.map((so) => entity('serviceOrder', 'ServiceOrder', so)),
      ...(input.circuitId ? [entity('affectedCircuit', 'Circuit', input.circuitId)] : []),
    ],
    ...(input.facts.length > 0
      ? {
          troubleTicketCharacteristic: input.facts.map((fact) => ({
            '@type': 'StringCharacteristic' as const,
            name: fact.name,
            valueType: 'string' as const,
            value: fact.value,
          })),
        }
      : {}),
    relatedParty: [
      {
        '@type': 'RelatedPartyRefOrPartyRoleRef',
        role: 'reporter',
        partyOrPartyRole: {
          '@type': 'PartyRoleRef',
          '@referredType': 'PartyRole',
          id: contact.email ?? contact.callbackNumber,
          name: contact.name,
          partyName: contact.company,
          contactMedium: [
            {
              '@type': 'PhoneContactMedium',
              contactType: 'callback',
              phoneNumber: contact.callbackNumber,
            },
            ...(contact.email
              ? [
                  {
                    '@type': 'EmailContactMedium' as const,
                    contactType: 'work',
                    emailAddress: contact.email,
                  },
                ]
              : []),
          ],
        },
      },
    ],
    note: [
      {
        '@type': 'Note',
        author: `${contact.name} (${contact.company})`,
        text: `Escalation to the AT&T ${input.centerName} center. Call back ${contact.name} at ${reachAt}.`,
      },
    ],
  };
}

/**
 * The PATCH that brings a filed ticket up to a changed escalation: every field the report feeds
 * (its text, identifiers, facts and reporter, so a new call-back number reaches the ticket's own
 * call-back field), the notes already on the ticket and, after them, the note saying what changed.
 */
export function toTroubleTicketUpdate(
  changed: TroubleTicketCreate,
  current: Pick<TroubleTicket, 'note'>,
  changeNote: string | undefined,
): TroubleTicketPatch {
  return {
    '@type': 'TroubleTicket',
    ...(changed.name ? { name: changed.name } : {}),
    description: changed.description,
    severity: changed.severity,
    ticketType: changed.ticketType,
    externalIdentifier: changed.externalIdentifier ?? [],
    relatedEntity: changed.relatedEntity ?? [],
    relatedParty: changed.relatedParty ?? [],
    troubleTicketCharacteristic: changed.troubleTicketCharacteristic ?? [],
    note: [
      ...(current.note ?? []),
      // A retried update (its answer lost) must not add the same note twice.
      ...(changeNote && current.note?.at(-1)?.text !== changeNote
        ? [{ '@type': 'Note' as const, text: changeNote }]
        : []),
    ],
  };
}
