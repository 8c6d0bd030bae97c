import { describe, expect, it } from 'vitest';
import { intentionGaps, statesIntention } from '../../src/core/intention';

describe('plans stay plans', () => {
  it('hears an intention or a future in a passage of the answer', () => {
    expect(statesIntention('zal vanuit de bestaande relaties de brug worden gelegd')).toBe(true);
    expect(statesIntention('Concreet willen de partners in het project')).toBe(true);
    expect(statesIntention('Hiervoor wordt een ontwikkelingsgroep opgericht')).toBe(true);
    expect(statesIntention('de lokale ‘vindplaatsen’ gedefinieerd')).toBe(false); // no "wordt" before it
    expect(statesIntention('Ze organiseren samen een autonoom onthaal')).toBe(false);
  });

  it('flags each language whose sentence states a fact where the passage states a plan', () => {
    const from = ['zal vanuit de bestaande relaties de brug worden gelegd naar de vraagverduidelijking.'];
    expect(intentionGaps({ nl: 'De vindplaatsen slaan de brug.', en: 'The places build the bridge.', from }, ['nl', 'en'])).toEqual(['nl', 'en']);
    expect(intentionGaps({ nl: 'Daar zal de brug worden gelegd.', en: 'The places build the bridge.', from }, ['nl', 'en'])).toEqual(['en']);
    expect(intentionGaps({ nl: 'Daar zal de brug worden gelegd.', en: 'There the bridge is to be built.', from }, ['nl', 'en'])).toEqual([]);
    // A passage that states a fact asks nothing of its sentence.
    expect(intentionGaps({ nl: 'Ze organiseren samen een onthaal.', en: 'They run a joint reception.', from: ['Ze organiseren samen een autonoom onthaal'] }, ['nl', 'en'])).toEqual([]);
  });
});
