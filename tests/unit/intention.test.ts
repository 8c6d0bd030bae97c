import { describe, expect, it } from 'vitest';
import { intentionGaps, listsAim, statesIntention } from '../../src/core/intention';

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
    expect(
      intentionGaps({ nl: 'De vindplaatsen slaan de brug.', en: 'The places build the bridge.', from }, ['nl', 'en']),
    ).toEqual(['nl', 'en']);
    expect(
      intentionGaps({ nl: 'Daar zal de brug worden gelegd.', en: 'The places build the bridge.', from }, ['nl', 'en']),
    ).toEqual(['en']);
    expect(
      intentionGaps({ nl: 'Daar zal de brug worden gelegd.', en: 'There the bridge is to be built.', from }, [
        'nl',
        'en',
      ]),
    ).toEqual([]);
    // A passage that states a fact asks nothing of its sentence.
    expect(
      intentionGaps(
        {
          nl: 'Ze organiseren samen een onthaal.',
          en: 'They run a joint reception.',
          from: ['Ze organiseren samen een autonoom onthaal'],
        },
        ['nl', 'en'],
      ),
    ).toEqual([]);
  });

  it('flags a sentence that keeps one intention of two (a "wil" dropped beside a "wil" kept)', () => {
    // Sint-Niklaas, before: the project's "wil … focussen" became a fact, only the second "wil" stayed.
    const from = [
      'Dit project wil vanuit de verschillende onthaalwerkingen focussen op volgende doelstellingen: expertise-uitwisseling en directe doorverwijzing.',
      'Voor deze laatste doelstelling wil men service level agreements afspreken.',
    ];
    const before = {
      nl: 'Het project richt zich op expertise-uitwisseling; voor de doorverwijzing wil men afspraken maken.',
      en: 'The project focuses on exchange; for referral, the partners intend to agree.',
      from,
    };
    expect(intentionGaps(before, ['nl', 'en'])).toEqual(['nl', 'en']);
    const after = {
      nl: 'Het project wil zich richten op expertise-uitwisseling; voor de doorverwijzing wil men afspraken maken.',
      en: 'The project wants to focus on exchange; for referral, the partners intend to agree.',
      from,
    };
    expect(intentionGaps(after, ['nl', 'en'])).toEqual([]);
  });

  it('hears a listed aim, and flags a sentence that writes it as an activity under way', () => {
    expect(
      listsAim('Proefproject in 2 wijken: onderzoek naar en implementatie van hoe de minder bereikte doelgroepen'),
    ).toBe(true);
    expect(listsAim('Verhogen van de toegankelijkheid van het onthaal')).toBe(true);
    expect(listsAim('Uitwisseling en kennismaking van methodieken')).toBe(true);
    expect(listsAim('Samen met partners wordt een sterk netwerk georganiseerd.')).toBe(false);
    const from = [
      'Proefproject in 2 wijken: onderzoek naar en implementatie van hoe de minder bereikte/gekende doelgroepen bereikt kunnen worden.',
    ];
    expect(
      intentionGaps(
        {
          nl: 'Een proefproject in twee wijken onderzoekt hoe.',
          en: 'A trial in two neighbourhoods looks into how.',
          from,
        },
        ['nl', 'en'],
      ),
    ).toEqual(['nl', 'en']);
    expect(
      intentionGaps(
        {
          nl: 'Het antwoord noemt een proefproject: onderzoek naar hoe.',
          en: 'The answer names a trial: research into how.',
          from,
        },
        ['nl', 'en'],
      ),
    ).toEqual([]);
  });
});
