import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { EMPTY_MAPPING, SurveyMapping } from '../../../shared/surveys/mapping';
import { answerDictionary, matchSurvey, roleDictionary } from '../../../shared/surveys/matching';
import { idTags, normalizeText } from '../../../shared/surveys/normalize';
import { detectShape, type SheetCell, type SurveyTable } from '../../../shared/surveys/shapes';

const table = (rows: SheetCell[][], text = false): SurveyTable => ({ rows, lines: rows.map((_, i) => i + 1), text });
/** The framework's first question: a respondent's cells[0]. */
const Q1 = sxDefault.questions[0]!;
const Q2 = sxDefault.questions[1]!;

describe('normalising texts from survey tools', () => {
  it('reads the same text the same whatever spaces, case, quotes, trailing punctuation or id tag it carries', () => {
    const texts = sxDefault.questions.flatMap((q) => [q.text.nl, q.text.en]);
    const retype = fc.record({
      text: fc.constantFrom(...texts),
      nbsp: fc.boolean(),
      doubled: fc.boolean(),
      upper: fc.boolean(),
      curly: fc.boolean(),
      trailing: fc.constantFrom('', '.', '?', ' :', '…', ' '),
      tag: fc.boolean(),
    });
    fc.assert(
      fc.property(retype, ({ text, nbsp, doubled, upper, curly, trailing, tag }) => {
        let typed = text;
        if (nbsp) typed = typed.replace(/ /g, '\u00a0');
        if (doubled) typed = typed.replace(/ /g, '  ');
        if (upper) typed = typed.toUpperCase();
        if (curly) typed = typed.replace(/'/g, '’').replace(/"/g, '“');
        typed = `${tag ? '[B1.Q1] ' : ''}${typed}${trailing}`;
        expect(normalizeText(typed)).toBe(normalizeText(text));
      }),
    );
  });

  it('finds an id tag anywhere in a header', () => {
    expect(idTags('[B1.Q1] Our leaders…')).toEqual(['B1.Q1']);
    expect(idTags('Our leaders [B3.Q5]')).toEqual(['B3.Q5']);
    expect(idTags('No tag here')).toEqual([]);
  });
});

describe('answers and roles in either language', () => {
  const answers = answerDictionary(sxDefault);
  it('reads a score by number, by its label in Dutch or English, and by "label (n)"', () => {
    for (const level of sxDefault.scale) {
      for (const text of [String(level.score), level.label.nl, level.label.en, `${level.label.nl} (${level.score})`]) {
        expect(answers.get(normalizeText(text))).toBe(level.score);
      }
    }
  });
  it('reads the not-applicable label in either language', () => {
    expect(answers.get(normalizeText(sxDefault.notApplicable.nl))).toBe('na');
    expect(answers.get(normalizeText(sxDefault.notApplicable.en.replace("'", '’')))).toBe('na');
    expect(answers.get('n/a')).toBe('na');
  });
  it('reads roles by their Dutch and English words, "medewerker" among them', () => {
    const roles = roleDictionary();
    expect(roles.get('medewerker')).toBe('staff');
    expect(roles.get('medewerkers')).toBe('staff');
    expect(roles.get(normalizeText('Frontline'))).toBe('frontline');
    expect(roles.get(normalizeText('Klant'))).toBe('customer');
  });
});

describe('recognising the tool that made a file', () => {
  it.each([
    [['respondent', 'role', 'B1.Q1'], 'responses'],
    [['ID', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam'], 'msforms'],
    [['Timestamp', 'Q'], 'googleforms'],
    [['Tijdstempel', 'Q'], 'googleforms'],
    [['Respondent ID', 'Collector ID', 'Start Date'], 'surveymonkey'],
    [['StartDate', 'Status', 'Finished', 'ResponseId', 'Q1'], 'qualtrics'],
    [['id', 'submitdate', 'lastpage', 'Q1[SQ001]'], 'limesurvey'],
    [['Question one', 'Question two'], 'generic'],
  ])('knows %j as %s', (header, tool) => {
    expect(detectShape(table([header])).tool).toBe(tool);
  });
});

describe('matching a sheet to the framework', () => {
  it('matches columns by text in either language and skips metadata; codes from the response id', () => {
    const m = matchSurvey(
      table([
        ['ID', 'Start time', 'Email', 'Rol', Q1.text.nl, Q2.text.en],
        [7, 46000.5, 'anonymous', 'medewerker', sxDefault.scale[2]!.label.nl, 4],
      ]),
      sxDefault,
      EMPTY_MAPPING,
      'en',
    );
    expect(m.problems).toEqual([]);
    expect(m.columns.map((c) => c.target.kind)).toEqual([
      'respondent',
      'ignore',
      'ignore',
      'role',
      'question',
      'question',
    ]);
    expect(m.respondents).toEqual([
      {
        line: 2,
        code: '7',
        role: 'staff',
        // The framework's order: the first two questions answered, every other one left empty.
        cells: [3, 4, ...Array(sxDefault.questions.length - 2).fill(undefined)],
      },
    ]);
  });

  it('takes the row number as the code when the tool has no response id', () => {
    const m = matchSurvey(
      table([
        ['Timestamp', 'Role', Q1.id],
        ['x', 'staff', '2'],
        ['y', 'staff', '3'],
      ]),
      sxDefault,
      EMPTY_MAPPING,
      'en',
    );
    expect(m.respondents.map((r) => r.code)).toEqual(['2', '3']);
  });

  it('lets the mapping name columns, answers and roles the texts do not', () => {
    const mapping = SurveyMapping.parse({
      columns: { 'Q 1': Q1.id, Notes: 'ignore', Who: 'role' },
      values: { 'Helemaal eens': 5, 'Geen idee': 'n/a' },
      roles: { Verpleegkundige: 'frontline' },
    });
    const m = matchSurvey(
      table([
        ['Who', 'Q 1', 'Notes'],
        ['Verpleegkundige', 'helemaal  eens', 'free text'],
        ['staff', 'Geen idee', ''],
      ]),
      sxDefault,
      mapping,
      'nl',
    );
    expect(m.problems).toEqual([]);
    expect(m.respondents.map((r) => [r.role, r.cells[0]])).toEqual([
      ['frontline', 5],
      ['staff', 'na'],
    ]);
  });

  it('names a column without a header by its letter, and the mapping can take it by that letter', () => {
    const rows = [
      ['Role', '', ''],
      ['staff', 4, ''],
      ['management', 2, ''],
    ];
    const unmapped = matchSurvey(table(rows), sxDefault, EMPTY_MAPPING, 'en');
    expect(unmapped.problems.map((p) => [p.line, p.column])).toEqual([[1, 'B']]);
    expect(unmapped.columns.map((c) => [c.header, c.target.kind])).toEqual([
      ['Role', 'role'],
      ['B', 'unmatched'],
      ['C', 'ignore'],
    ]);
    const mapped = matchSurvey(table(rows), sxDefault, SurveyMapping.parse({ columns: { b: Q1.id } }), 'en');
    expect(mapped.problems).toEqual([]);
    expect(mapped.respondents.map((r) => r.cells[0])).toEqual([4, 2]);
  });

  it('names line, column and value of every answer, role and column it cannot match, in Dutch', () => {
    const m = matchSurvey(
      table([
        ['Functie', Q1.text.nl, 'Opmerking'],
        ['baas', 'vaak', 'x'],
      ]),
      sxDefault,
      EMPTY_MAPPING,
      'nl',
    );
    expect(m.problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [1, 'Opmerking', 'Opmerking'],
      [2, 'Functie', 'baas'],
      [2, Q1.text.nl, 'vaak'],
    ]);
    expect(m.problems[2]?.message).toMatch(/^Het antwoord “vaak” past bij geen score/);
    expect(m.unmatchedValues).toEqual(['vaak']);
    expect(m.unmatchedRoles).toEqual(['baas']);
  });

  it('refuses two columns for one question and a response id twice', () => {
    const m = matchSurvey(
      table([
        ['ID', 'Start time', 'Role', Q1.text.en, `[${Q1.id}] other`],
        [1, '', 'staff', 3, 3],
        [1, '', 'staff', 3, 3],
      ]),
      sxDefault,
      EMPTY_MAPPING,
      'en',
    );
    expect(m.problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [1, `[${Q1.id}] other`, `[${Q1.id}] other`],
      [3, 'ID', '1'],
    ]);
  });

  it('never invents a score: any answer outside the dictionary and the mapping is a problem', () => {
    const known = answerDictionary(sxDefault);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        fc.pre(text.trim() !== '' && !known.has(normalizeText(text)));
        const m = matchSurvey(
          table([
            ['Role', Q1.id],
            ['staff', text],
          ]),
          sxDefault,
          EMPTY_MAPPING,
          'en',
        );
        expect(m.respondents).toEqual([]);
        expect(m.problems[0]).toMatchObject({ line: 2, column: Q1.id, value: text.trim() });
      }),
    );
  });
});
