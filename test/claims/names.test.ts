/** Names in one document, with our own names: particles, titles, letters, name order, same surnames, kinds. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/index.ts';
import { findMentions } from '../../shared/claims/names.ts';

const people = (body: string) =>
  extractClaims(body)
    .entities.filter((e) => e.kind === 'person')
    .map((e) => e.name);
const speakers = (body: string) => extractClaims(body).claims.map((c) => c.speaker);
const kindOf = (body: string, name: string) => extractClaims(body).entities.find((e) => e.name === name)?.kind;

describe('a quoted letter inside a brand name', () => {
  it('keeps "Widgets \'R\' Us" one organisation, not a quotation and two names', () => {
    const { entities, claims } = extractClaims(
      'Analysts said Widgets "R" Us will close all of its stores.\n\nWidgets \'R\' Us Inc told staff on Monday that the stores would shut.',
    );
    const brand = entities.find((e) => e.name === 'Widgets "R" Us');
    expect(brand?.variants).toContain("Widgets 'R' Us Inc");
    expect(entities.map((e) => e.name)).not.toContain('Us');
    expect(claims[0].quote).toBeNull();
  });
});

describe('a count of a people is no entity', () => {
  it('NUMBER_WORD_OPENS_RUN and a nationality plural: "Fourteen Norwegians" and "Danes" name nobody', () => {
    const { entities } = extractClaims('Fourteen Norwegians were on board the ferry, along with nine Danes, the operator said.');
    expect(entities.map((e) => e.name)).toEqual([]);
  });
});

describe('particles are part of a name', () => {
  it('keeps lower-case and hyphenated particles inside the name', () => {
    expect(
      people('Officials said Karim bin Talal and Yusuf al-Rashidi met Luc de Villiers and Anouk van der Meer in Doha on Monday.'),
    ).toEqual(['Karim bin Talal', 'Yusuf al-Rashidi', 'Luc de Villiers', 'Anouk van der Meer']);
    expect(people('Envoy Abd al-Majid Al Tamimi arrived in the capital on Monday.')).toEqual(['Abd al-Majid Al Tamimi']);
  });

  it('joins the surname with its article to the full name', () => {
    const body = 'Mahmoud al-Qadi, the regional envoy, said aid had arrived.\n\n“We need more trucks,” al-Qadi said.';
    expect(speakers(body)).toEqual(['Mahmoud al-Qadi', 'Mahmoud al-Qadi']);
  });
});

describe('titles are not names', () => {
  it.each([
    ['Prof. Ingrid Solberg said the ice was thinning faster than expected.', 'Ingrid Solberg'],
    ['Prof Ingrid Solberg said the ice was thinning faster than expected.', 'Ingrid Solberg'],
    ['Gen. Lars Holm said the troops would stay until spring.', 'Lars Holm'],
    ['Capt Lars Holm said the troops would stay until spring.', 'Lars Holm'],
    ['Rev. Kwame Mensah said the church would open its doors.', 'Kwame Mensah'],
    ['Mx Robin Vale said the library would stay open.', 'Robin Vale'],
    ['Dame Helga Schröder said the orchestra would tour in May.', 'Helga Schröder'],
    // Occupations and elected posts written before a name like a title.
    ['Lawyer T. K. Morrow said the firm would appeal the ruling.', 'T. K. Morrow'],
    ['Astronomer Ivo Berg said the comet was brighter than expected.', 'Ivo Berg'],
    ['Councilwoman Dana Price said the library would stay open.', 'Dana Price'],
  ])('%s → %s', (body, name) => expect(speakers(body)).toEqual([name]));

  it('reads a military title as a role', () => {
    expect(extractClaims('Gen. Lars Holm said the troops would stay until spring.').entities[0]).toMatchObject({
      name: 'Lars Holm',
      roles: ['general'],
    });
  });

  it('finds the speaker after a title with a dot ("said Dr. X")', () => {
    expect(speakers('“The vaccine is safe,” said Dr. Tomas Berg, a virologist at the clinic.')).toEqual(['Tomas Berg']);
  });

  it('reads "X of the Y Institute said": the person speaks, the institute is the affiliation', () => {
    const { claims, entities } = extractClaims(
      'Prof. Ingrid K. Solberg of the Nordic Climate Institute said the ice was thinning faster than expected.',
    );
    expect(claims[0]).toMatchObject({ speaker: 'Ingrid K. Solberg', speakerOrg: 'Nordic Climate Institute' });
    expect(entities.find((e) => e.name === 'Nordic Climate Institute')?.kind).toBe('organization');
    expect(speakers('Anna Lindqvist of Brandt & Keller said the charge was manageable.')).toEqual(['Anna Lindqvist']);
  });

  it('does not cut a title or an organisation at "of"', () => {
    expect(people('Secretary of State Antonia R. Blake met the Minister of Foreign Affairs on Monday.')).toEqual(['Antonia R. Blake']);
    expect(kindOf('The Bank of Norland said rates would rise on Monday.', 'Bank of Norland')).toBe('organization');
  });

  it('merges a middle initial with the name without it, in one document', () => {
    const { entities } = extractClaims(
      'Ingrid Solberg, a glaciologist, said the ice was thinning. Prof. Ingrid K. Solberg said the trend would continue.',
    );
    expect(entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.variants])).toEqual([
      ['Ingrid K. Solberg', ['Ingrid Solberg', 'Ingrid K. Solberg']],
    ]);
  });
});

describe('letters outside ASCII', () => {
  it('recognises names written with tone marks and dots below', () => {
    expect(speakers('Dr. Ọlábísí Adéyẹmí, the agency’s coordinator, said the doses had arrived.')).toEqual(['Ọlábísí Adéyẹmí']);
  });

  it('joins a surname written without diacritics to the full name with them', () => {
    expect(speakers('Interior Minister Şükrü Kılıçdaroğlu visited the site. Kilicdaroglu said the search would go on.')).toEqual([
      null,
      'Şükrü Kılıçdaroğlu',
    ]);
  });
});

describe('family name first', () => {
  it('joins the family name alone to a name written family-first', () => {
    expect(speakers('Chief Executive Choi Seo-yeon apologised to customers.\n\n“We are deeply sorry,” Choi said.')).toEqual([
      null,
      'Choi Seo-yeon',
    ]);
  });
});

describe('shorter forms of a full name in one document', () => {
  it('joins the end of a longer name to it', () => {
    expect(people('Mayor Gabriel Ortiz Montes spoke on Monday. Ortiz Montes said the prize was a surprise.')).toEqual([
      'Gabriel Ortiz Montes',
    ]);
  });

  it('joins a family name written first without a hyphen when nobody has it as a surname', () => {
    expect(speakers('Premier Wu Tianming visited the port.\n\n“Trade will grow,” Wu said.')).toEqual([null, 'Wu Tianming']);
  });
});

describe('one surname, two people in one document', () => {
  it('never merges two full names with different first names, and gives a surname alone to the person named most recently', () => {
    const body =
      'Transport Minister Anders Lund opened the bridge on Monday. Port spokesman Erik Lund said traffic had been ' +
      'light.\n\n“We expected more cars,” Lund said.';
    const { claims, entities } = extractClaims(body);
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Anders Lund', 'Erik Lund']);
    expect(claims.map((c) => c.speaker)).toEqual([null, 'Erik Lund', 'Erik Lund']);
  });

  it('gives a surname alone to the only person with it named so far', () => {
    const body =
      'Transport Minister Anders Lund opened the bridge on Monday.\n\n“It will carry 20,000 cars a day,” Lund said.\n\nPort ' +
      'spokesman Erik Lund said traffic had been light.';
    expect(speakers(body)).toEqual([null, 'Anders Lund', 'Erik Lund']);
  });

  it('uses Mr and Ms to tell two people with one family name apart', () => {
    const body = [
      'Chief Executive Choi Seo-yeon said sales had fallen.',
      'Analyst Choi Da-eun said she expected a loss.',
      '“We will recover,” Mr Choi said.',
      '“The loss will be larger,” Ms Choi said.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Choi Seo-yeon', 'Choi Da-eun', 'Choi Seo-yeon', 'Choi Da-eun']);
  });

  it('reads the gender a pronoun gives a name in its sentence', () => {
    const body = [
      'Captain Kim Ha-eun said she had landed safely.',
      'Engineer Kim Tae-woo inspected the engine.',
      '“The engine failed,” Ms Kim said.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Kim Ha-eun', null, 'Kim Ha-eun']);
  });

  it('TITLE_ROLE_CONFLICT and SURNAME_REFERS_BACK: "President X" is not the judge of that surname, nor is the "Mr X" after it', () => {
    const body = [
      'Voters in Merrow backed President Haldane for a third term.',
      '“We have won,” Mr Haldane said on Monday.',
      "The tribunal's presiding judge, Petra Haldane, said the count would be checked.",
    ].join('\n\n');
    const { claims, entities } = extractClaims(body);
    expect(claims.map((c) => c.speaker)).toEqual([null, 'Haldane', 'Petra Haldane']);
    const judge = entities.find((e) => e.name === 'Petra Haldane')!;
    expect(judge.variants).not.toContain('President Haldane');
    expect(judge.variants).not.toContain('Mr Haldane');
    expect(entities.find((e) => e.name === 'Haldane')?.variants).toEqual(['Haldane', 'President Haldane', 'Mr Haldane']);
  });

  it('TITLE_GENDER_AMBIGUOUS: a Mr or Mrs between two people of one surname whose genders nobody gave joins neither', () => {
    const body = [
      'Tomas Brevik and Ilse Brevik founded the bakery in Norhavn.',
      '“We will open again in spring,” Mr Brevik said.',
      '“The ovens were ruined,” Mrs Brevik said.',
    ].join('\n\n');
    const { claims, entities } = extractClaims(body);
    expect(claims.map((c) => c.speaker)).toEqual([null, 'Brevik', 'Brevik']);
    for (const full of ['Tomas Brevik', 'Ilse Brevik']) {
      const e = entities.find((x) => x.name === full)!;
      expect(e.variants).not.toContain('Mr Brevik');
      expect(e.variants).not.toContain('Mrs Brevik');
    }
    // Once a pronoun says she is a woman, Mr is the other one.
    const told = body.replace('founded the bakery in Norhavn.', 'founded the bakery in Norhavn.\n\nIlse Brevik said she baked at dawn.');
    expect(speakers(told).slice(2)).toEqual(['Tomas Brevik', 'Ilse Brevik']);
  });
});

describe('places, peoples and organisations', () => {
  it('HYPHENATED_NAME: a word of capitalised parts joined by hyphens is a name even alone; a prefix compound is not', () => {
    const names = (text: string) => extractClaims(text).entities.map((e) => e.name);
    expect(names('Saint-Aubert lies in the valley below the pass, officials said.')).toEqual(['Saint-Aubert']);
    expect(names('Al-Rahma said on Monday it had treated 40 patients.')).toEqual(['Al-Rahma']);
    expect(names('The flood reached Villers-sur-Orne on Monday, officials said.')).toEqual(['Villers-sur-Orne']);
    expect(names('Pro-Western parties said on Monday they had won the vote.')).toEqual([]);
    expect(names('Franco-Spanish talks were held on Monday, officials said.')).toEqual([]);
  });

  it('HYPHEN_AS_SPACE and place heads: a priory or an abbey is a place, one however its name is written', () => {
    const { entities } = extractClaims(
      'Monks left Sainte-Odile Priory on Monday. The roof of Sainte Odile Priory collapsed in the night, officials said.',
    );
    expect(entities.map((e) => [e.name, e.kind, e.variants])).toEqual([
      ['Sainte-Odile Priory', 'place', ['Sainte-Odile Priory', 'Sainte Odile Priory']],
    ]);
    expect(kindOf('Firefighters saved Brennock Abbey on Monday night, officials said.', 'Brennock Abbey')).toBe('place');
    // A name opening with Saint is a place's, as one opening with Port or Mount ("reached Saint Aubert"), not a person's.
    expect(kindOf('Pilgrims reached Saint Aubert on Tuesday, officials said.', 'Saint Aubert')).toBe('place');
  });

  it('does not take a nationality adjective or a people for an entity', () => {
    const { claims, entities } = extractClaims(
      'Ostrovian defence officials denied the report on Monday. Ostrovians living abroad were asked to register.',
    );
    expect(claims.map((c) => c.speaker)).toEqual([null, null]);
    expect(entities).toEqual([]);
  });

  it('reads "In X," at the start of a sentence as a place', () => {
    expect(kindOf('In Velgrad, the envoy said talks would resume on Monday.', 'Velgrad')).toBe('place');
  });

  it('reads a country-like name before its ministry or minister as a place', () => {
    expect(kindOf("Varnia's Defence Ministry said the border was quiet on Monday.", 'Varnia')).toBe('place');
  });

  it('gives one kind to a word throughout the document', () => {
    const { claims } = extractClaims('Shells fell on homes in Korlovo on Monday. Korlovo had been quiet for weeks.');
    expect(claims[1].entities).toEqual(['Korlovo']);
    expect(kindOf('Shells fell on homes in Korlovo on Monday. Korlovo had been quiet for weeks.', 'Korlovo')).toBe('place');
  });

  it('keeps "and" and "of" inside an organisation name, and splits two names joined by "and"', () => {
    const { entities } = extractClaims(
      'The Coastal and Marine Agency said Norway and Sweden had signed the Ministry of Trade and Industry report.',
    );
    expect(entities.map((e) => [e.name, e.kind])).toEqual([
      ['Coastal and Marine Agency', 'organization'],
      ['Norway', 'place'],
      ['Sweden', 'place'],
      ['Ministry of Trade and Industry', 'organization'],
    ]);
  });

  it('joins an acronym in brackets to the name it follows, and to its later use alone', () => {
    const body = 'The Coastal and Marine Agency (KMA) said the port would reopen on Monday. KMA said divers had cleared the channel.';
    const { claims, entities } = extractClaims(body);
    expect(entities.find((e) => e.name === 'Coastal and Marine Agency')?.variants).toEqual(['Coastal and Marine Agency', 'KMA']);
    expect(claims.map((c) => c.speaker)).toEqual(['Coastal and Marine Agency', 'Coastal and Marine Agency']);
  });

  it('keeps a role word that is part of an organisation name, and drops an "-based" adjective', () => {
    expect(kindOf('Patients were treated at San Marco General Hospital on Monday.', 'San Marco General Hospital')).toBe('organization');
    expect(kindOf('A poll by the Oslo-based Fjord Institute showed support had risen.', 'Fjord Institute')).toBe('organization');
  });

  it('keeps "European Union" whole but drops a nationality before a role', () => {
    expect(kindOf('The European Union said it would send aid on Monday.', 'European Union')).toBe('organization');
    expect(people('Kazakh President Daniyar Tolegenov said the talks were useful.')).toEqual(['Daniyar Tolegenov']);
  });

  it('reads an organisation head before a plural noun as a common noun, but keeps an institution named alone', () => {
    expect(extractClaims('Ministry figures show a twofold increase in cases.').entities).toEqual([]);
    expect(kindOf('Parliament voted on Monday to extend the emergency.', 'Parliament')).toBe('organization');
  });

  it("joins a company's short name and its legal form to its full name", () => {
    const body =
      'Orrin Robotics Ltd. said on Monday it would cut 300 jobs. Orrin blamed weak demand. Analysts said Orrin Robotics had ' +
      'grown too fast.';
    const { claims, entities } = extractClaims(body);
    expect(entities.filter((e) => e.kind === 'organization').map((e) => [e.name, e.variants])).toEqual([
      ['Orrin Robotics Ltd', ['Orrin Robotics Ltd', 'Orrin', 'Orrin Robotics']],
    ]);
    expect(claims.map((c) => c.entities)).toEqual([['Orrin Robotics Ltd'], ['Orrin Robotics Ltd'], ['Orrin Robotics Ltd']]);
  });

  it('joins a newspaper\'s short name ("the Post") to its full name, and leaves it alone when two papers share it', () => {
    const one = extractClaims(
      'The ferry operator will sell all its routes, the Harlow Evening Post reported on Monday. ' +
        'The board decided on Friday, the Post said.',
    );
    expect(one.claims.map((c) => c.speaker)).toEqual(['Harlow Evening Post', 'Harlow Evening Post']);
    const two = extractClaims(
      'The Harlow Evening Post and the Dorn Morning Post both reported the sale on Monday. The board decided on Friday, the Post said.',
    );
    // Its short name is written with its article, as readers know it.
    expect(two.claims.at(-1)?.speaker).toBe('the Post');
    expect(one.entities.find((e) => e.name === 'Harlow Evening Post')?.variants).toContain('the Post');
  });

  it('does not read a possessor after "in" as a place', () => {
    expect(kindOf('The recall is the largest in Orrin’s history, Orrin Robotics said.', 'Orrin')).toBeUndefined();
    expect(kindOf('Shells fell in Korlovo on Monday and in Korlovo again on Tuesday.', 'Korlovo')).toBe('place');
  });

  it('reads a possessor of what only a town has as a place (PLACE_PART_POSSESSED)', () => {
    expect(kindOf('Two blasts in Varnold’s port killed 100 people on Tuesday.', 'Varnold')).toBe('place');
    expect(kindOf("Some 30,000 people, more than 12% of Varnold's population, cannot return home.", 'Varnold')).toBe('place');
    expect(kindOf("Glass covered Varnold's old town on Wednesday.", 'Varnold')).toBe('place');
    expect(kindOf("The striker was left out of Varnold's line-up on Saturday.", 'Varnold')).toBeUndefined();
  });

  it('reads a name after a word that only comes before places as a place (PLACE_WORD_BEFORE)', () => {
    expect(kindOf('The blast at a downtown Varnold pier killed 135 people.', 'Varnold')).toBe('place');
    expect(kindOf('Flooding closed schools across suburban Varnold on Monday.', 'Varnold')).toBe('place');
  });

  it('reads built and named features as places, not people', () => {
    expect(kindOf('Engineers inspected the Karadere Dam on Monday.', 'Karadere Dam')).toBe('place');
    expect(kindOf('The delegations stayed at Hotel Savoy on Monday.', 'Hotel Savoy')).toBe('place');
    expect(kindOf('Chief Executive Min-jun Park said sales had fallen.', 'Min-jun Park')).toBe('person');
  });

  it('does not make a lone word before "said" a person the next "he said" continues', () => {
    expect(speakers('Orrin said sales had fallen on Monday.\n\n“We will recover,” he said.')).toEqual(['Orrin', null]);
  });

  it('gives every mention its offsets from its title', () => {
    const s = 'Yesterday Dr. Tomas Berg met Gen. Lars Holm.';
    expect(findMentions(s, true).map((m) => s.slice(m.start, m.end))).toEqual(['Dr. Tomas Berg', 'Gen. Lars Holm']);
  });
});

describe('titles before and after names', () => {
  it('TITLED_VARIANT: keeps "Mr X", "Mr. X", "Dr X", "President X" and "Prime Minister X" among the person\'s spellings', () => {
    const body = [
      'Oskar Lindqvist toured the harbour on Monday.',
      'Mr Lindqvist said the quay had held. Later Mr. Lindqvist met engineers.',
      'Dr Lindqvist, a geologist by training, said the rock was sound.',
      'President Lindqvist thanked the crews. Prime Minister Lindqvist, as some papers called him, left at noon.',
    ].join('\n\n');
    const e = extractClaims(body).entities.find((x) => x.name === 'Oskar Lindqvist')!;
    expect(e.variants).toEqual(
      expect.arrayContaining(['Mr Lindqvist', 'Mr. Lindqvist', 'Dr Lindqvist', 'President Lindqvist', 'Prime Minister Lindqvist']),
    );
    // A title the entity matcher does not drop would read as a given name: such a spelling is not kept.
    const former = extractClaims('Oskar Lindqvist toured the harbour. Former President Lindqvist said the quay held.').entities;
    expect(former.flatMap((x) => x.variants)).not.toContain('Former President Lindqvist');
  });

  it('keeps the tense of a role out of the affiliation, and a place affiliation a place', () => {
    const former = extractClaims('Former Mayor Olavo Reis da Cunha said the port was safe.').entities;
    expect(former.map((e) => [e.name, e.kind, e.roles])).toEqual([['Olavo Reis da Cunha', 'person', ['former mayor']]]);
    const york = extractClaims('New York Gov. Edna Pryce said the state would send aid.').entities;
    expect(york.map((e) => [e.name, e.kind, e.roles])).toEqual([
      ['Edna Pryce', 'person', ['new york governor']],
      ['New York', 'place', []],
    ]);
  });

  it('gives a role after a comma to the name that follows it, not to the place before it', () => {
    const { entities } = extractClaims('Speaking in Geneva, UN Envoy Teodora Vasic said the ceasefire must hold.');
    expect(entities.map((e) => [e.name, e.kind])).toEqual([
      ['Geneva', 'place'],
      ['Teodora Vasic', 'person'],
      ['UN', 'organization'],
    ]);
  });

  it('reads a name whose initials are the bracketed acronym as an organisation', () => {
    const { claims, entities } = extractClaims('Medicos Sin Fronteras (MSF) said its clinic had been hit. MSF said two staff were hurt.');
    expect(entities.map((e) => [e.name, e.kind, e.variants])).toEqual([
      ['Medicos Sin Fronteras', 'organization', ['Medicos Sin Fronteras', 'MSF']],
    ]);
    expect(claims.map((c) => c.speaker)).toEqual(['Medicos Sin Fronteras', 'Medicos Sin Fronteras']);
  });

  it('joins a by-name or first surname to the one full name that has it', () => {
    expect(speakers('Former President Olavo Reis da Cunha said the deal was fair.\n\n“It is done,” Reis said.')).toEqual([
      'Olavo Reis da Cunha',
      'Olavo Reis da Cunha',
    ]);
  });
});

describe('transliterations in one document', () => {
  it('joins a surname alone written with or without the u-glide to the full name', () => {
    const body = 'Finance Secretary Tariq Siddiqui presented the budget on Monday.\n\n“The deficit will shrink,” Siddiqi said.';
    expect(speakers(body)).toEqual([null, 'Tariq Siddiqui']);
    expect(people(body)).toEqual(['Tariq Siddiqui']);
  });

  it('keeps two people with the surname in two spellings apart when their first names differ', () => {
    expect(people('Tariq Siddiqui met Bilal Siddiqi in Lahore on Monday.')).toEqual(['Tariq Siddiqui', 'Bilal Siddiqi']);
  });
});

describe('middle names, compounds and double-barrelled names in one document', () => {
  it('joins a middle initial to the compound it starts, and its tail alone to the person', () => {
    const body =
      'Port director Farhan Abdul Majid said the cranes had failed. Farhan A. Majid later said repairs would take a ' +
      'week.\n\n“We are working day and night,” Majid said.';
    expect(people(body)).toEqual(['Farhan Abdul Majid']);
    expect(speakers(body)).toEqual(['Farhan Abdul Majid', 'Farhan Abdul Majid', 'Farhan Abdul Majid']);
  });

  it('keeps a different initial, and a different first name, apart', () => {
    expect(people('Port director Farhan Abdul Majid met customs chief Farhan B. Majid and Kamal A. Majid on Monday.')).toEqual([
      'Farhan Abdul Majid',
      'Farhan B. Majid',
      'Kamal A. Majid',
    ]);
    expect(people('Teodor Miroslav Halek met Teodor V. Halek in Brno on Monday.')).toEqual(['Teodor Miroslav Halek', 'Teodor V. Halek']);
  });

  it('joins the last part, alone or after the first name, to a double-barrelled name the document gave', () => {
    const body =
      'Deputy Minister Jadwiga Łęcka-Śliwińska said the line would reopen. Śliwińska said crews were on site.\n\nJadwiga ' +
      'Śliwińska added that buses would replace trains.';
    expect(people(body)).toEqual(['Jadwiga Łęcka-Śliwińska']);
    expect(speakers(body)).toEqual(['Jadwiga Łęcka-Śliwińska', 'Jadwiga Łęcka-Śliwińska', 'Jadwiga Łęcka-Śliwińska']);
  });

  it('joins the name written with a space or without diacritics', () => {
    expect(
      people(
        'Jadwiga Łęcka-Śliwińska spoke on Monday. Jadwiga Lecka Sliwinska said the line would reopen. Jadwiga Lecka-Sliwinska ' +
          'said crews were on site.',
      ),
    ).toEqual(['Jadwiga Łęcka-Śliwińska']);
  });

  it('keeps a woman with one part of the name and another first name apart', () => {
    const body =
      'Deputy Minister Jadwiga Łęcka-Śliwińska said the line would reopen. Ewa Łęcka, a commuter, said she had been ' +
      'stranded.\n\n“It was chaos,” Łęcka said.';
    expect(people(body)).toEqual(['Jadwiga Łęcka-Śliwińska', 'Ewa Łęcka']);
    expect(speakers(body)).toEqual(['Jadwiga Łęcka-Śliwińska', 'Ewa Łęcka', 'Ewa Łęcka']);
  });
});

describe('an unfamiliar name the text treats as an organisation', () => {
  const lind = 'Transport Minister Anna Lind said the line would reopen. ';
  const he = '\n\n“We have no choice,” he said.';

  it.each([
    ['Dalmore Freight said it had hired 200 drivers.', 'Dalmore Freight'],
    ['Dalmore Freight said on Monday that it would cut 300 jobs.', 'Dalmore Freight'],
    ['Dalmore Freight told reporters it was investigating the crash.', 'Dalmore Freight'],
    ['Dalmore Freight said its wagons had been inspected.', 'Dalmore Freight'],
    ['Tarvo Energia, the state utility, said prices would rise.', 'Tarvo Energia'],
    ['Tarvo Energia, a Warsaw-based power company, said prices would rise.', 'Tarvo Energia'],
    ['Severn Vale, which runs the buses, said fares would rise.', 'Severn Vale'],
  ])('%s → an organisation, which a later "he said" does not continue', (sentence, name) => {
    expect(kindOf(lind + sentence + he, name)).toBe('organization');
    expect(speakers(lind + sentence + he)).toEqual(['Anna Lind', name, null]);
  });

  it('reads what only a company has as a company\'s ("X\'s trains", "X\'s chief executive")', () => {
    expect(kindOf('Polny Przewozy’s trains were late again on Monday, passengers said.', 'Polny Przewozy')).toBe('organization');
    expect(kindOf('Polny Przewozy’s chief executive resigned on Monday.', 'Polny Przewozy')).toBe('organization');
    expect(kindOf('Marta Sowa’s mother was late again on Monday.', 'Marta Sowa')).toBe('person');
  });

  it("keeps a name whose apposition is a person's role or job a person", () => {
    expect(kindOf('Tarvo Lund, the company’s chief engineer, said prices would rise.', 'Tarvo Lund')).toBe('person');
    expect(kindOf('Anna Wrona, a union organiser, said it had hired nobody.', 'Anna Wrona')).toBe('person');
    expect(kindOf('Anna Wrona, head of the rail union, said fares would rise.', 'Anna Wrona')).toBe('person');
  });

  it('keeps a person who "said it was …": the it anyone may use', () => {
    expect(speakers('Tomasz Wrona said it was too early to tell.' + he)).toEqual(['Tomasz Wrona', 'Tomasz Wrona']);
    expect(kindOf('Tomasz Wrona said it had nothing to do with him.', 'Tomasz Wrona')).toBe('person');
    expect(kindOf('Tomasz Wrona said it would be difficult to replace the bridge.', 'Tomasz Wrona')).toBe('person');
  });

  it('keeps a person when the document says so, even after "said it had …" or "said its …"', () => {
    // A he about the name in its sentence.
    const pronoun = 'Tomasz Wrona said it had hired too few drivers, and he blamed the ministry.' + he;
    expect(kindOf(pronoun, 'Tomasz Wrona')).toBe('person');
    expect(speakers(pronoun).at(-1)).toBe('Tomasz Wrona');
    // Mr, or a title, elsewhere in the document.
    expect(speakers('Tomasz Wrona said it had hired too few drivers. Mr Wrona blamed the ministry.' + he)).toEqual([
      'Tomasz Wrona',
      'Tomasz Wrona',
      'Tomasz Wrona',
    ]);
    expect(kindOf('Dr. Tomasz Wrona said the repairs were overdue. Tomasz Wrona said its wagons were old.', 'Tomasz Wrona')).toBe('person');
    // A role in an apposition elsewhere.
    expect(kindOf('Tomasz Wrona, the spokesman, spoke on Monday. Tomasz Wrona said its wagons were old.', 'Tomasz Wrona')).toBe('person');
  });

  it('makes every mention of the name the organisation', () => {
    const body = 'Dalmore Freight said it had hired 200 drivers. Analysts said Dalmore Freight had grown too fast.';
    expect(extractClaims(body).entities.map((e) => [e.name, e.kind])).toEqual([['Dalmore Freight', 'organization']]);
  });
});

describe('names that real news writes (issue 15)', () => {
  const names = (body: string) => extractClaims(body).entities.map((e) => e.name);
  it('keeps the adjective of an organisation’s name: an institution, not a nationality', () => {
    expect(names('The Nordic Rail Agency said the line would reopen.')).toContain('Nordic Rail Agency');
    expect(names('The Liberal Farmers Party walked out of the talks on Monday.')).toContain('Liberal Farmers Party');
    // A nationality before a person is still not part of the name.
    expect(people('Ruritanian President Olek Varga said talks would resume.')).toEqual(['Olek Varga']);
  });

  it('reads an acronym in capitals as a name even when it spells a common word, and with dots', () => {
    expect(names('The Coastal Harbour Union (CHU) said ferries would sail, and the head of the C.H.U, Ana Ruiz, agreed.')).toEqual(
      expect.arrayContaining(['Coastal Harbour Union', 'Ana Ruiz']),
    );
    expect(extractClaims('The World Trade Office (WHO) has ruled on the case.').entities.some((e) => e.variants.includes('WHO'))).toBe(
      true,
    );
  });

  it('keeps a month that ends a person’s name, not a day’s date', () => {
    expect(people('Lena April said the vote would be close.')).toEqual(['Lena April']);
    expect(people('The vote was held on Monday May 6, officials said.')).toEqual([]);
  });

  it('drops the members of a body written after it ("XYZ MPs")', () => {
    expect(extractClaims('Ten RFP MPs voted against the bill.').entities.map((e) => e.name)).toContain('RFP');
  });

  it('takes a rank off the name', () => {
    expect(people('“We never saw her,” said Admiral Tomas Brun on Thursday.')).toEqual(['Tomas Brun']);
  });
});

describe('places below the country (issue 15)', () => {
  it('knows a US state or a Canadian province as a place, however its words read', () => {
    expect(kindOf('Officials in South Dakota said the campaign would run all winter.', 'South Dakota')).toBe('place');
    expect(kindOf('Ferries to Nova Scotia were cancelled on Monday, the operator said.', 'Nova Scotia')).toBe('place');
  });
});

describe('people named by what they are, before "of" (issue 15)', () => {
  it('"Victims of", "Relatives of" open a sentence without being part of the name after them', () => {
    const names = (s: string) => extractClaims(s).entities.map((e) => e.name);
    expect(names('Victims of Ludovic T. Brenn cheered as the verdict was read in court on Monday.')).toEqual(['Ludovic T. Brenn']);
    expect(names('Relatives of Ana Ruiz waited outside the hospital for news.')).toEqual(['Ana Ruiz']);
  });
});
