import { describe, expect, it } from 'vitest';
import { specErrors } from './tmf621Spec.ts';

// The validator must be able to fail, or every contract test built on it proves nothing.
describe('the TMF621 spec validator', () => {
  it('rejects a create without the required ticketType', () => {
    expect(
      specErrors('TroubleTicket_FVO', {
        '@type': 'TroubleTicket',
        description: 'x',
        severity: 'Major',
      }),
    ).toContain("/ must have required property 'ticketType'");
  });

  it('picks the related party branch by @type', () => {
    const withParty = (party: unknown) => ({
      '@type': 'TroubleTicket',
      description: 'x',
      severity: 'Major',
      ticketType: 'y',
      relatedParty: [
        { '@type': 'RelatedPartyRefOrPartyRoleRef', role: 'reporter', partyOrPartyRole: party },
      ],
    });
    expect(
      specErrors('TroubleTicket_FVO', withParty({ '@type': 'PartyRoleRef', id: 'p1' })),
    ).toEqual([]);
    expect(specErrors('TroubleTicket_FVO', withParty({ '@type': 'PartyRoleRef' }))).not.toEqual([]);
  });
});
