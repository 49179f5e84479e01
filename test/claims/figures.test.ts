/** Figure extraction on our own sentences: what is counted, money, measures, changes, and numbers that are no figures. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../shared/claims/figures/index.ts';

const figs = (s: string) =>
  extractFigures(s).map((f) => ({ value: f.value, unit: f.unit, about: f.about, ...(f.role ? { role: f.role } : {}) }));
const abouts = (s: string) => extractFigures(s).map((f) => f.about);
const MAX = Number.MAX_SAFE_INTEGER;

describe('what is counted: the outcome before the number, and the subject before a level verb', () => {
  it('reads the outcome from the verb that governs the number, and carries the noun to a coordinated count', () => {
    expect(
      extractFigures('The landslide buried the village, killing at least 23 people and injuring more than 150.').map((f) => [
        f.value,
        f.about,
        f.range,
      ]),
    ).toEqual([
      [23, 'people killed', [23, MAX]],
      [150, 'people injured', [150, MAX]],
    ]);
    expect(abouts('Police detained 40 students and three teachers after the march.')).toEqual(['students arrested', 'teachers arrested']);
  });

  it('QUANTITY_IS: a copula after the name of a quantity sets its level; after another subject it counts nothing', () => {
    expect(abouts('The number of confirmed deaths is 11.')).toEqual(['people killed']);
    expect(abouts('The death toll was 14 on Monday.')).toEqual(['people killed']);
    expect(abouts('The number of passengers evacuated was 230, the coastguard said.')).toEqual(['passengers evacuated']);
    expect(abouts('Fatalities were 14 by Monday.')).toEqual(['people killed']);
    expect(abouts('The driver was 45.')).toEqual([]);
  });

  it('PART_OF_COUNTED_WHOLE: "40 of the estate\'s 120 flats were destroyed" destroyed 40; the 120 are the whole', () => {
    expect(figs('About 40 of the estate’s 120 flats were destroyed.')).toEqual([
      { value: 40, unit: null, about: 'flats destroyed' },
      { value: 120, unit: null, about: 'flats' },
    ]);
    expect(abouts('Nine of the 30 passengers were Danish.')).toEqual(['danish passengers', 'passengers']);
    expect(abouts('12 of the miners were rescued.')).toEqual(['miners rescued']);
  });

  it('SPOKEN_RANGE: "10 to 15 people", "between $2 and $3 billion" are one figure from the first number to the second', () => {
    expect(extractFigures('Medics said 10 to 15 people were hurt in the crush.').map((f) => [f.value, f.range, f.about])).toEqual([
      [15, [10, 15], 'people injured'],
    ]);
    expect(extractFigures('Insurers put the damage at between $2 and $3 billion.').map((f) => [f.value, f.range, f.unit])).toEqual([
      [3e9, [2e9, 3e9], 'USD'],
    ]);
    // "from 10 to 15" is a change, not a range.
    expect(extractFigures('The toll rose from 10 to 15 overnight.').every((f) => f.qualifier !== 'between')).toBe(true);
  });

  it('reads a unit glued to its number before a dimension word: "the 300ft-tall spire" is a height', () => {
    expect(figs('The 300ft-tall spire of the abbey collapsed.')).toEqual([{ value: 300, unit: 'ft', about: 'height' }]);
  });

  it('a weekday after the count is when it was given, not a date nor what it counts; "the list of" names a count', () => {
    expect(abouts('The number of people unaccounted for rose to 631 Thursday.')).toEqual(['people missing']);
    expect(abouts('The list of people unaccounted for rose to 212 Friday-and more were feared dead.')).toEqual(['people missing']);
    expect(abouts('The fair opens on 3 March in the square.')).toEqual([]);
  });

  it('UNIT_QUANTITY: "2,000 tonnes of grain" is a weight of grain, "40 km of road" a length of it', () => {
    expect(abouts('The silo held 2,000 tonnes of grain.')).toEqual(['weight grain']);
    expect(abouts('Crews cleared 40 km of road.')).toEqual(['length road']);
  });

  it('REMAINS_AS_BODIES: sets of human remains, and the remains of people, count bodies', () => {
    expect(abouts('Six new sets of human remains were found in the quarry on Sunday.')).toEqual(['bodies']);
    expect(abouts('Divers recovered the remains of at least 14 passengers from the hull.')).toEqual(['bodies']);
    expect(abouts('Divers recovered 14 passengers from the hull.')).toEqual(['passengers']);
  });

  it('NATIONALITY_AFTER: a nationality said after the count is the counted people\'s ("14 passengers were Norwegian")', () => {
    expect(abouts('Officials said 14 of the passengers were Norwegian.')).toEqual(['norwegian passengers']);
    expect(abouts('The ferry carried 14 passengers, the operator said.')).toEqual(['passengers']);
    // A bare number said to be of a nationality counts that nation's people.
    expect(abouts('Of the 20 passengers, 14 were Norwegian.')).toEqual(['passengers', 'norwegian people']);
  });

  it('MEASURE_ON_DIGITS: a unit written onto the digits ("35km", "12kg") ends the number; "50m" stays a sum', () => {
    expect(figs('The ferry sank 35km north of the port.')).toEqual([{ value: 35, unit: 'km', about: 'distance north port' }]);
    expect(figs('The ferry sank 35 km north of the port.')).toEqual([{ value: 35, unit: 'km', about: 'distance north port' }]);
    expect(extractFigures('The port raised £50m for new cranes.')[0].value).toBe(50_000_000);
  });

  it('counts the subject of "rose to", "climbed to", "reached", "was unchanged at"', () => {
    expect(figs('The death toll from the floods rose to 58 on Monday.')).toEqual([{ value: 58, unit: null, about: 'people killed' }]);
    expect(figs('The number of firefighters injured in the blaze has risen to 14, officials said.')).toEqual([
      { value: 14, unit: null, about: 'firefighters injured' },
    ]);
    expect(figs('Deaths climbed to 44 overnight, the ministry said.')).toEqual([{ value: 44, unit: null, about: 'people killed' }]);
    expect(figs('Confirmed infections reached 1,900 on Tuesday.')).toEqual([{ value: 1900, unit: null, about: 'people infected' }]);
    expect(figs('The number of people hurt was unchanged at nine.')).toEqual([{ value: 9, unit: null, about: 'people injured' }]);
    // The subject is found however far back the verb's clause began.
    expect(
      abouts('The number of people displaced by the fighting in the northern districts has risen to 12,400, the agency said on Friday.'),
    ).toEqual(['people evacuated']);
  });

  it('reads the common ways of writing a toll', () => {
    expect(figs('The quake killed 41 people and injured 300 others.')).toEqual([
      { value: 41, unit: null, about: 'people killed' },
      { value: 300, unit: null, about: 'people injured' },
    ]);
    expect(abouts('The number of dead rose to 63 on Friday.')).toEqual(['people killed']);
    expect(abouts('The blast killed 12, bringing the death toll to 63.')).toEqual(['people killed', 'people killed']);
    // The toll named a few words before its number: "raising the death toll from Monday's blast to five".
    expect(figs("Rescuers found two more bodies, raising the death toll from Monday night's explosion to five.").at(-1)).toEqual({
      value: 5,
      unit: null,
      about: 'people killed',
    });
    expect(abouts('Authorities said 63 had died.')).toEqual(['people killed']);
    expect(abouts('The toll stood at 63 on Friday night.')).toEqual(['people killed']);
    expect(abouts('Shelling forced 5,000 from their homes overnight.')).toEqual(['people evacuated']);
    expect(abouts('Dozens remain missing after the avalanche.')).toEqual(['people missing']);
    expect(extractFigures('About a dozen people were arrested.')[0]).toMatchObject({
      value: 12,
      qualifier: 'about',
      range: [10, 14],
      about: 'people arrested',
    });
  });

  it('reads outcomes after the noun over auxiliaries, adverbs and an aside', () => {
    expect(abouts('Six miners, among them a teenage apprentice, were killed in the blast.')).toEqual(['miners killed']);
    expect(abouts('At least 76 people are now confirmed dead.')).toEqual(['people killed']);
    expect(abouts('Three volunteers have suffered minor injuries.')).toEqual(['volunteers injured']);
    expect(abouts('More than 9,000 people have been forced from their homes.')).toEqual(['people evacuated']);
    expect(abouts('Four climbers are still unaccounted for.')).toEqual(['climbers missing']);
  });

  it('reads nouns that carry their outcome: deaths, confirmed cases; suspected cases stay apart', () => {
    expect(abouts('The outbreak has caused 860 confirmed cases and 12 deaths since May.')).toEqual(['people infected', 'people killed']);
    expect(abouts('Officials are testing 30 suspected cases in the port.')).toEqual(['suspected cases']);
  });

  it('drops coordinated modifiers of the counted noun, but not a second noun', () => {
    expect(abouts('The order shut more than 400 public and private clinics.')).toEqual(['clinics']);
    expect(abouts('The charity handed out 300 tents and blankets to families.')).toEqual(['tents']);
  });

  it('a measure before the noun it measures, unit in the singular: the noun is what it is about', () => {
    expect(abouts('The rover ended a two million mile voyage across the dunes.')).toEqual(['voyage']);
    expect(abouts('The crews walked 300 miles to the border.')).toEqual([]);
  });

  it('suspended hyphen: both halves of "full- and part-time" modify the noun that is counted', () => {
    expect(abouts('The bakery chain, which has roughly 1,400 full- and part-time workers, is for sale.')).toEqual(['workers']);
    expect(abouts('The navy fitted 60 short- and long-range radars to its ships.')).toEqual(['radars']);
  });
});

describe('more outcome classes and more shapes of numbers', () => {
  it('reads what happened to buildings and who was affected, over a place phrase before the verb', () => {
    expect(abouts('The fire destroyed 300 homes in the valley.')).toEqual(['homes destroyed']);
    expect(abouts('At least 80 houses collapsed in the old quarter.')).toEqual(['houses destroyed']);
    expect(abouts('Nearly 900 homes in the district and two nearby towns have been declared unsafe.')).toEqual([
      'homes damaged',
      'nearby towns',
    ]);
    expect(abouts('Officials said 1.5 million people had been affected by the drought.')).toEqual(['people affected']);
    expect(abouts('The flooding left 12 dead and 40 injured in the lowlands.')).toEqual(['people killed', 'people injured']);
    expect(abouts('The blaze claimed at least 30 lives.')).toEqual(['people killed']);
  });

  it('reads an outcome written as an adjective before the noun', () => {
    expect(abouts('The hospital treated 300 injured soldiers.')).toEqual(['soldiers injured']);
    expect(abouts('The camp houses 4,000 displaced families.')).toEqual(['families evacuated']);
    expect(abouts('Sales of the three affected models were paused.')).toEqual(['models affected']);
    // Not when the participle is the verb: "40 injured in the lowlands".
    expect(abouts('The storm left 40 injured in the lowlands.')).toEqual(['people injured']);
  });

  it('reads "including" and "among them" as a part of the count before, with its outcome', () => {
    expect(figs('A bus crash killed 14 people, including six children, on Monday.')).toEqual([
      { value: 14, unit: null, about: 'people killed' },
      { value: 6, unit: null, about: 'children killed', role: 'part' },
    ]);
  });

  it('reads "alive from" after the counted noun as a rescue (PULLED_ALIVE_FROM)', () => {
    expect(abouts('Rescue teams have pulled 45 people alive from the rubble of the hotel.')).toEqual(['people rescued']);
    expect(abouts('Divers brought 12 miners alive out of the flooded shaft.')).toEqual(['miners rescued']);
    expect(abouts('The crew kept 5 climbers alive for two days.')).toEqual(['climbers']);
  });

  it('reads custody after the counted noun as an arrest (INTO_CUSTODY)', () => {
    expect(abouts('Police say they have so far taken 31 people into detention since Friday.')).toEqual(['people arrested']);
    expect(abouts('Officers took 12 fans into police custody after the match.')).toEqual(['fans arrested']);
  });

  it('reads a currency word with its country before it (COUNTRY_DOLLARS)', () => {
    expect(figs('A court ordered the miller to pay 3.4 billion U.S. dollars in damages.')).toEqual([
      { value: 3_400_000_000, unit: 'USD', about: 'payment' },
    ]);
    expect(figs('The ferry line paid 40 million Canadian dollars for the new docks.')).toEqual([
      { value: 40_000_000, unit: 'CAD', about: 'payment' },
    ]);
  });

  it('reads compound number words, currency codes, speeds, points and yearly changes', () => {
    expect(figs('Two hundred and fifty people were evacuated from the coast.')).toEqual([
      { value: 250, unit: null, about: 'people evacuated' },
    ]);
    expect(figs('The group raised USD 5 million in new funding.')).toEqual([{ value: 5_000_000, unit: 'USD', about: 'aid' }]);
    expect(figs('Wind speeds of up to 180 km/h tore roofs off houses.')).toEqual([{ value: 180, unit: 'km/h', about: 'speed' }]);
    expect(figs('Temperatures reached 45 degrees on Sunday.')).toEqual([{ value: 45, unit: '°', about: 'temperatures' }]);
    expect(extractFigures('Inflation rose 0.3 percentage points in May.')[0]).toMatchObject({
      unit: 'pt',
      about: 'inflation increase',
      period: 'in may',
    });
    expect(extractFigures('The economy grew 3.1% year on year.')[0]).toMatchObject({
      unit: '%',
      about: 'economy increase',
      period: 'year on year',
    });
    expect(extractFigures('The prime minister lives at 10 Harbour Street.')).toEqual([]);
    expect(extractFigures('The iPhone 11 sold well.')).toEqual([]);
    expect(extractFigures('The video lasts 2 min.')).toEqual([]);
  });
});

describe('magnitudes, measures and money', () => {
  it('reads magnitudes in every shape, and a revision "to X, up from Y" as a new value with its earlier one', () => {
    expect(figs('The survey put its magnitude at 5.9.')).toEqual([{ value: 5.9, unit: 'magnitude', about: 'magnitude' }]);
    expect(figs('A 6.1-magnitude earthquake struck before dawn.')).toEqual([
      { value: 6.1, unit: 'magnitude', about: 'earthquake magnitude' },
    ]);
    expect(figs('The magnitude-6.1 quake flattened the old town.')).toEqual([
      { value: 6.1, unit: 'magnitude', about: 'earthquake magnitude' },
    ]);
    expect(figs('The strongest was a magnitude 4.2 aftershock on Friday.')).toEqual([
      { value: 4.2, unit: 'magnitude', about: 'aftershock magnitude' },
    ]);
    expect(figs('The survey revised the magnitude of the quake to 6.1, up from its first estimate of 5.9.')).toEqual([
      { value: 6.1, unit: 'magnitude', about: 'earthquake magnitude' },
      { value: 5.9, unit: 'magnitude', about: 'earthquake magnitude', role: 'previous' },
    ]);
  });

  it('reads distances by what they are measured from, skips a unit conversion, and names a depth', () => {
    expect(figs('The epicentre lay about 30 kilometres (19 miles) north of Ravena, at a depth of 8 km.')).toEqual([
      { value: 30, unit: 'km', about: 'distance north ravena' },
      { value: 8, unit: 'km', about: 'depth' },
    ]);
    expect(abouts('The quake was centred some 30 km north-west of Ravena.')).toEqual(['distance northwest ravena']);
    expect(abouts('Cracks were found in the Osk Dam, about 15 kilometres upstream of Ravena.')).toEqual(['distance upstream ravena']);
    // A lower-case place ends before a function word: "the port at dawn" is the port.
    expect(abouts('The ferry sank 20 km from the port at dawn.')).toEqual(['distance from port']);
    // A distance that says nothing of what it measures is no figure claim.
    expect(extractFigures('They walked 12 kilometres.')).toEqual([]);
  });

  it('reads a dimension written as an adjective ("a 30-metre high mast"); a compound that names a thing stays none', () => {
    expect(figs('Gulls nest on the 30-metre high mast above the 120-metre long pier of Ravena harbour.')).toEqual([
      { value: 30, unit: 'm', about: 'height' },
      { value: 120, unit: 'm', about: 'length' },
    ]);
    expect(figs('Divers searched a 12-foot deep channel.')).toEqual([{ value: 12, unit: 'ft', about: 'depth' }]);
    // "from the 30-metre high mast" describes the mast: not an earlier value of the figure before.
    expect(figs('A 6-metre long boom broke away from the 30-metre high mast.')).toEqual([
      { value: 6, unit: 'm', about: 'length' },
      { value: 30, unit: 'm', about: 'height' },
    ]);
    expect(extractFigures('A 20-metre section of the pier fell into the sea.')).toEqual([]);
  });

  it('DIMENSION_WORD_AFTER: a dimension said after the measure ("rose 58 metres high", "stood 190 feet tall")', () => {
    expect(figs('The chimney, which rose 58 metres high, was felled on Sunday.')).toEqual([{ value: 58, unit: 'm', about: 'height' }]);
    expect(figs('The old mast stood 190 feet tall before the gale.')).toEqual([{ value: 190, unit: 'ft', about: 'height' }]);
    expect(figs('Crews dug a ditch 4 m deep and 300 meters long around the depot.')).toEqual([
      { value: 4, unit: 'm', about: 'depth' },
      { value: 300, unit: 'm', about: 'length' },
    ]);
  });

  it('reads scales written onto the amount and names what the money is', () => {
    expect(figs('The repairs are expected to cost about $2.5bn.')).toEqual([{ value: 2_500_000_000, unit: 'USD', about: 'cost' }]);
    expect(figs('The insurer set aside €40mn for claims.')[0]).toMatchObject({ value: 40_000_000, unit: 'EUR' });
    expect(figs('The bill came to £1.2 billion.')).toEqual([{ value: 1_200_000_000, unit: 'GBP', about: 'cost' }]);
    expect(abouts('The agency released $10 million from its reserve fund to pay for shelters.')).toEqual(['aid']);
    expect(abouts('The firm has more than $3 billion in cash.')).toEqual(['cash']);
    expect(abouts('Shares closed at $18.40 in New York.')).toEqual(['share price']);
    expect(abouts('Each family will get a one-off payment of 5,000 euros.')).toEqual(['payment']);
    expect(abouts('The council had asked the ministry for $2 million to fix the pumps.')).toEqual(['request']);
    expect(abouts('The start-up raises $40 million for its robots.')).toEqual(['aid']);
    expect(abouts('He sold the brand to the club for $3 million, though he soon asked for it back.')).toEqual(['price']);
    expect(figs('One analyst cut her price target to $120 from $150.')).toEqual([
      { value: 120, unit: 'USD', about: 'price target' },
      { value: 150, unit: 'USD', about: 'price target', role: 'previous' },
    ]);
    // A change of the money is not its level; money nothing names is "money" (and is never compared).
    expect(abouts('The slide wiped $900mn off the group’s market value.')).toEqual(['market value decrease']);
    expect(abouts('He mentioned $5 million.')).toEqual(['money']);
  });
});

describe('who holds what is counted', () => {
  it('keeps shares and counts won by different holders apart', () => {
    expect(abouts('Smith won 52% of the vote, the commission said.')).toEqual(['smith vote']);
    expect(abouts('Jones took 45 percent of the vote.')).toEqual(['jones vote']);
    expect(abouts('The Greens secured 14 seats.')).toEqual(['greens seats']);
    // "took" moves people somewhere; it does not make them anyone's.
    expect(abouts('Rescuers took 40 survivors to hospital.')).toEqual(['people survived']);
  });
});

describe('changes: percentages and multipliers', () => {
  it('reads "double" as a multiplier only as a verb of change, and multiplies the object of the verb', () => {
    expect(extractFigures('The governor doubles down on the campaign.')).toEqual([]);
    expect(extractFigures('She needed the doubles final to clinch the title.')).toEqual([]);
    expect(extractFigures('Rents could double by next year.')[0]).toMatchObject({ value: 2, unit: '×', about: 'rents increase' });
    expect(extractFigures('The region would more than double its wind capacity.')[0]).toMatchObject({
      about: 'wind capacity increase',
      qualifier: 'more than',
    });
    expect(extractFigures('The army tripled the number of patrols.')[0]).toMatchObject({ value: 3, about: 'patrols increase' });
  });

  it('reads what a transitive verb changed by an amount', () => {
    expect(extractFigures('The central bank raised rates by 0.25 percentage points.')[0]).toMatchObject({
      unit: 'pt',
      about: 'rates increase',
    });
    expect(extractFigures('The fund cut its growth forecast by 2%.')[0]).toMatchObject({ unit: '%', about: 'growth forecast decrease' });
  });

  it('names what changed, which way, and over which period', () => {
    const [fall] = extractFigures('Harlow shares fell 4.5% on Monday.');
    expect(fall).toMatchObject({ value: 4.5, unit: '%', about: 'harlow shares decrease', period: 'monday' });
    expect(extractFigures('Its shares lost 4.5 per cent of their value on Monday alone.')[0]).toMatchObject({
      unit: '%',
      about: 'shares decrease',
      period: 'monday',
    });
    expect(extractFigures('Shares of Harlow were down 2.1% in early trading.')[0]).toMatchObject({
      about: 'shares decrease',
      period: 'intraday',
    });
    // A price with a decimal point after the change does not end the clause that names the period.
    expect(extractFigures('Shares of Harlow were down 2.1% at $18.40 in afternoon trading.')[0]).toMatchObject({ period: 'intraday' });
    expect(extractFigures('Complaints from tenants are up 100 percent since March.')[0]).toMatchObject({
      value: 100,
      unit: '%',
      about: 'complaints increase',
      period: 'since march',
    });
    expect(extractFigures('Tenant complaints have doubled since March.')[0]).toMatchObject({
      value: 2,
      unit: '×',
      multiplier: true,
      about: 'tenant complaints increase',
      period: 'since march',
    });
    // A level is not a change: "fell to 41 percent" says what turnout is.
    expect(extractFigures('Turnout fell to 41 percent.')[0]).toMatchObject({ value: 41, unit: '%', about: 'turnout' });
    // A share of a pronoun says nothing of what it is a share of.
    expect(extractFigures('The region is home to many migrants, about 15% of them children.')).toEqual([]);
  });
});

describe('how a figure relates to the quantity: earlier values, additions, parts, rates, other events', () => {
  it('marks earlier values, additions and parts of a breakdown', () => {
    expect(figs('Deaths rose to 30 from the 22 reported on Friday.')).toEqual([
      { value: 30, unit: null, about: 'people killed' },
      { value: 22, unit: null, about: 'people killed', role: 'previous' },
    ]);
    expect(figs('The army sent 200 additional troops to the border.')).toEqual([
      { value: 200, unit: null, about: 'troops deployed', role: 'increment' },
    ]);
    expect(figs('The first 150,000 doses arrived on Monday and the remaining 250,000 will follow.')).toEqual([
      { value: 150_000, unit: null, about: 'doses', role: 'part' },
      { value: 250_000, unit: null, about: 'doses', role: 'increment' },
    ]);
    expect(figs('The filing lists 15 fires: 9 in Texas and six in Ohio.')).toEqual([
      { value: 15, unit: null, about: 'fires' },
      { value: 9, unit: null, about: 'fires', role: 'part' },
      { value: 6, unit: null, about: 'fires', role: 'part' },
    ]);
    expect(figs('Nearly 500 people were hurt, dozens of them seriously.')[1]).toMatchObject({ about: 'people injured', role: 'part' });
  });

  it('keeps rates, reference values and populations apart from counts', () => {
    expect(abouts('The clinic is treating about 300 patients a day.')).toEqual(['patients per day']);
    expect(abouts('Stocks fell below the safety threshold of two million doses.')).toEqual(['doses threshold']);
    expect(abouts('Ravena, a city of some 90,000 people, lost power.')).toEqual(['population']);
    expect(abouts('The province is home to some 400,000 people.')).toEqual(['population']);
    expect(abouts('Tents went up for some 6,000 people.')).toEqual(['people']);
  });

  it('anchors a figure to another year or event, but not to a starting point', () => {
    expect(extractFigures('The 2004 tsunami, which killed more than 200,000 people, is still remembered.')[0]).toMatchObject({
      value: 200_000,
      anchor: '2004',
    });
    expect(extractFigures('In March 2019, floods in the valley killed 300 people.')[0]).toMatchObject({
      about: 'people killed',
      anchor: '2019',
    });
    expect(extractFigures('The plant had not recorded a leak since 1998, when 14 workers died.')[0]).toMatchObject({
      about: 'workers killed',
      anchor: '1998',
    });
    expect(extractFigures('The firm sold about 90,000 vans in 2023.')[0]).toMatchObject({ anchor: '2023' });
    expect(extractFigures('The sides swapped 30 prisoners, the first such swap since 2019.')[0].anchor).toBeUndefined();
    expect(extractFigures('At least 41 people were killed on Tuesday.')[0].anchor).toBeUndefined();
  });

  it('anchors a figure to a past month or year named without its number (PAST_EVENT_ANCHOR)', () => {
    const t = 'The town was still rebuilding after the damage done last October by a 6.8-magnitude quake.';
    expect(extractFigures(t)[0]).toMatchObject({ unit: 'magnitude', anchor: 'last october' });
    expect(extractFigures('The flood two years ago killed 40 people in the valley.')[0]).toMatchObject({ anchor: 'two years ago' });
    expect(extractFigures('Since last October, 400 people have been evacuated.')[0]?.anchor).toBeUndefined();
    // Only up to the next number after the figure: last year dates the patients, not the clinics.
    expect(extractFigures('Its nine clinics treated about 80,000 patients last year.')[0].anchor).toBeUndefined();
  });
});

describe('numbers that are not figures, and no false precision', () => {
  it('skips ages, family sizes, ratios and named pairs', () => {
    expect(extractFigures('"We lost everything," said Maria Lopez, 52, a mother of three who fled in 2016.')).toEqual([]);
    expect(extractFigures('A 34-year-old nurse was pulled from the rubble.')).toEqual([]);
    expect(extractFigures('One in five residents has no running water.')).toEqual([]);
    expect(extractFigures('Talks between the two sides resumed after the two governments agreed.')).toEqual([]);
    expect(extractFigures('Trade between the two neighbours has collapsed.')).toEqual([]);
    expect(extractFigures('Not one house on the street was left standing.')).toEqual([]);
    expect(extractFigures('The vaccine is given in two doses.')).toEqual([]);
    expect(extractFigures('The ceasefire took effect at 06:00 local time (0400 GMT).')).toEqual([]);
  });

  it('keeps vague quantities as ranges and reads "a dozen" as twelve', () => {
    expect(extractFigures('Dozens of homes were destroyed.')[0]).toMatchObject({
      value: 24,
      range: [24, 99],
      qualifier: 'dozens',
      about: 'homes destroyed',
    });
    expect(extractFigures('Hundreds of thousands more cars could be affected.')[0]).toMatchObject({
      range: [200_000, 999_999],
      role: 'increment',
    });
    expect(extractFigures('A dozen boats sank in the harbour.')[0]).toMatchObject({ value: 12, about: 'boats' });
  });

  it('invents no count where nothing is counted', () => {
    expect(extractFigures('The swap takes about six hours.')).toEqual([]);
    expect(extractFigures('It has tried to present itself as the more flexible of the two.')).toEqual([]);
    expect(extractFigures('They rose to 12 and 14 in turn.')).toEqual([]);
  });
});

describe('percentages and fractions of a scale', () => {
  it('reads what a percentage qualifies ("a 4% pay rise" offered is a pay offer) and what a verb set to a level', () => {
    expect(extractFigures('The ministry offered a 4% pay rise on Monday.').map((f) => [f.value, f.unit, f.about])).toEqual([
      [4, '%', 'pay offer'],
    ]);
    expect(extractFigures('The ministry raised its pay offer to 6.5% on Wednesday.').map((f) => [f.value, f.unit, f.about])).toEqual([
      [6.5, '%', 'pay offer'],
    ]);
    expect(extractFigures('The fund took a 12% stake in the port.').map((f) => f.about)).toEqual(['stake']);
  });

  it('reads "a quarter of a million" and "half a billion" as numbers, keeping the qualifier', () => {
    expect(extractFigures('Roughly a quarter of a million people fled their homes.').map((f) => [f.value, f.qualifier])).toEqual([
      [250000, 'roughly'],
    ]);
    expect(extractFigures('The bank lent half a billion dollars to the port.')[0]?.value).toBe(500_000_000);
  });

  it('reads a fraction of a whole as the share another outlet writes in per cent, and leaves other fractions alone', () => {
    const share = (s: string) => extractFigures(s).map((f) => [f.value, f.unit, f.qualifier]);
    expect(share("The plant makes roughly a third of the group's total output.")).toEqual([[33, '%', 'roughly']]);
    expect(share('Two thirds of the town was flooded.')).toEqual([[67, '%', null]]);
    expect(share("Almost half of the company's trains were cancelled.")).toEqual([[50, '%', 'almost']]);
    expect(share('The meeting lasted half an hour.')).toEqual([]);
    expect(share('A third round of talks begins on Monday.')).toEqual([]);
  });
});

describe('areas, shares of a state and shares given to someone', () => {
  it('an area a fire went over is the area burned, however the sentence says it', () => {
    expect(
      extractFigures('The fire has burned about 3,200 hectares of pine forest and farmland.').map((f) => [f.value, f.unit, f.about]),
    ).toEqual([[3200, 'ha', 'area burned']]);
    expect(extractFigures('By Wednesday some 5,800 hectares of forest and scrub had been scorched.').map((f) => f.about)).toEqual([
      'area burned',
    ]);
    expect(extractFigures('The farm covers 300 hectares of vineyards.').map((f) => f.about)).not.toEqual(['area burned']);
  });

  it('houses reduced to ash are destroyed; "45% contained" is the share contained; results that gave X a share are X\'s', () => {
    expect(extractFigures('At least 40 houses have been reduced to ash in the village.').map((f) => f.about)).toEqual(['houses destroyed']);
    expect(extractFigures('The blaze was 45% contained on Thursday morning.').map((f) => [f.value, f.about])).toEqual([[45, 'contained']]);
    expect(extractFigures('Preliminary figures gave Marek Holm 52.3% of the ballots cast.').map((f) => f.about)).toEqual([
      'marek holm ballots',
    ]);
  });
});

describe('counts of one party in an elected body', () => {
  it('reads the members of a party as a part of the whole count, not the same quantity', () => {
    const role = (s: string) => extractFigures(s).map((f) => f.role ?? null);
    expect(role('In all, 74 Harbour Party deputies voted for the motion.')).toEqual(['part']);
    expect(role('At least 19 Labour councillors signed the letter.')).toEqual(['part']);
    expect(role('Some 210 deputies voted for the motion.')).toEqual([null]);
    // A nationality before soldiers is not a party: "Ostrovian soldiers killed" still counts the whole toll.
    expect(role('About 20 Ostrovian soldiers were killed.')).toEqual([null]);
  });
});

describe('no one is not one', () => {
  it('reads "no one" as nobody, not as a count of one', () => {
    expect(figs('No one has been detained over the fire at the depot.')).toEqual([]);
    expect(figs('Only one person was detained over the fire at the depot.')).toEqual([{ value: 1, unit: null, about: 'person arrested' }]);
  });
});

describe('a toll whose subject holds a relative clause, and outcomes after "listed as"', () => {
  it('the subject of a level verb is the head before "that hit …", not the relative clause', () => {
    expect(abouts('The death toll from the landslide that hit the valley town has risen to 31.')).toEqual(['people killed']);
    expect(abouts('The number of homes that flooded in the delta rose to 1,240 on Monday.')).toEqual(['homes']);
  });

  it('a reported clause after "said that" keeps its own subject', () => {
    expect(abouts('Officials said that the toll from the landslide has risen to 31.')).toEqual(['people killed']);
  });

  it('"listed as missing", "declared dead" and "presumed dead" name the outcome', () => {
    expect(abouts('About 140 people are still listed as missing after the ferry sank.')).toEqual(['people missing']);
    expect(abouts('Officials said 52 were still listed as missing.')).toEqual(['people missing']);
    expect(abouts('Nine fishermen were declared dead on Friday.')).toEqual(['fishermen killed']);
    expect(abouts('Four climbers are presumed dead after the avalanche.')).toEqual(['climbers killed']);
  });

  it('"trapped" is an outcome of its own: a count under rubble or underground, apart from the missing and the dead', () => {
    expect(abouts('Up to 14 cavers were thought to have been trapped in the flooded passage.')).toEqual(['cavers trapped']);
    expect(abouts('Six workers remained trapped under the collapsed warehouse roof.')).toEqual(['workers trapped']);
    expect(abouts('Six workers remain missing after the warehouse roof fell.')).toEqual(['workers missing']);
  });

  it('how many times something happened is a figure named by its verb; "three times as many" and "once" are not', () => {
    expect(figs('The glider touched the ridge and landed twice before it stopped.')).toEqual([
      { value: 2, unit: null, about: 'times landed' },
    ]);
    expect(figs('The guard was struck four times with a bat.')).toEqual([{ value: 4, unit: null, about: 'times struck' }]);
    expect(extractFigures('Rents rose three times as fast as wages.')).toEqual([]);
    expect(extractFigures('The glider, once a record holder, landed safely.')).toEqual([]);
  });

  it('"stranded" is an outcome, read after "who face being" as after "were"', () => {
    expect(abouts('The strike left 8,000 passengers stranded at Ravena airport.')).toEqual(['passengers stranded']);
    expect(abouts('Up to 8,000 Dutch skiers who face being stranded in the valley will be flown home.')).toEqual(['dutch skiers stranded']);
  });
});

describe('partitive counts', () => {
  it('"12 of the miners", "300 of those branches" count the noun after "of"; "three of them" stays a part of the count before', () => {
    expect(abouts('Rescuers brought 12 of the fishermen to the harbour on Friday.')).toEqual(['fishermen']);
    expect(abouts('The chain is negotiating the sale of 300 of those branches.')).toEqual(['branches']);
    expect(figs('Fourteen people were killed, three of them children.').at(-1)).toMatchObject({ value: 3, role: 'part' });
  });
});

describe('tolls in breaking news: revised, qualified, counted among the dead', () => {
  it('REVISED_OBJECT: the quantity a verb revises is its object, not its subject; alone, the subject is counted', () => {
    expect(abouts('Officials on Friday revised the toll from the landslide down to 41, from 57.')).toEqual([
      'people killed',
      'people killed',
    ]);
    expect(abouts('The harbour board lowered its count of the dead to 12.')).toEqual(['people killed']);
    expect(abouts('Deaths increased sharply to 50.')).toEqual(['people killed']);
  });

  it('QUALIFIED_COUNT: "the number of confirmed or presumed dead" counts the dead', () => {
    expect(abouts('Police raised the number of confirmed or presumed dead to 27 on Monday.')).toEqual(['people killed']);
    expect(abouts('The number of known and suspected cases rose to 310.')).toEqual(['people infected']);
  });

  it('AMONG_THE_DEAD: "were among the dead (the fatalities, the injured)" is the outcome of the count', () => {
    expect(abouts('At least 12 tourists were among the fatalities, the ferry company said.')).toEqual(['tourists killed']);
    expect(abouts('About 300 people are hurt and at least 15 tourists are among the dead.')).toEqual(['people injured', 'tourists killed']);
    expect(abouts('Four children were among the injured.')).toEqual(['children injured']);
  });
});
