import type { surveyEn } from './surveyEn';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/**
 * De Nederlandse teksten van de enquêtes: de enquêtekit (Word, Excel), de problemen die een import van een
 * export uit een enquêtetool meldt, en de Excelexport van een ronde.
 */
export const surveyNl: Strings<typeof surveyEn> = {
  kit: {
    title: 'Enquêtekit — {{round}}',
    intro:
      'Deze vragenlijst gaat over hoe onze organisatie haar klanten bedient. Beantwoord elke stelling vanuit uw eigen ervaring van de afgelopen maanden. Kies “{{notApplicable}}” als een stelling niet op uw werk van toepassing is. Uw antwoorden worden zonder uw naam verwerkt.',
    roleQuestion: 'Wat beschrijft uw functie het best?',
    roleOptions: {
      management: 'Management',
      staff: 'Medewerker',
      frontline: 'Medewerker met direct klantcontact',
      customer: 'Klant',
      other: 'Anders',
    },
    questionsHeading: 'Stellingen',
    answerOptions: 'Antwoordmogelijkheden bij elke stelling',
    howToTitle: 'Het formulier bouwen',
    msForms:
      'Microsoft Forms: voeg voor de functie een vraag van het type “Keuze” toe met de opties hierboven. Voeg voor elke stelling een vraag “Keuze” toe (of een vraag “Likert” met meerdere stellingen) met de zes antwoordmogelijkheden precies zoals hier geschreven, in deze volgorde. Neem elke tekst letterlijk over: de import herkent de stellingen aan hun tekst. Exporteer de antwoorden met “Openen in Excel”.',
    googleForms:
      'Google Formulieren: voeg voor de functie een vraag “Meerkeuze” toe met de opties hierboven. Voeg voor elke stelling een vraag “Meerkeuze” toe (of een “Raster met meerkeuzevragen” met de stellingen als rijen en de antwoordmogelijkheden als kolommen). Neem elke tekst letterlijk over. Download de antwoorden als .csv via het tabblad Reacties, of open ze in Spreadsheets en download ze als .xlsx.',
    otherTools:
      'Andere tools (SurveyMonkey, Qualtrics, LimeSurvey): gebruik vragen met één antwoord en dezelfde teksten en opties. Hun exports worden zoals ze zijn geïmporteerd.',
    paper: 'Op papier: kruis per stelling één vakje aan.',
    columns: { id: 'Id', text: 'Vraag', kind: 'Soort', score: 'Score', label: 'Label' },
    kinds: {
      role: 'Functievraag',
      roleOption: 'Functieoptie',
      question: 'Stelling',
      scale: 'Antwoordmogelijkheid',
      notApplicable: 'Niet van toepassing',
    },
    sheet: 'Enquêtekit',
  },
  import: {
    refused_one: '{{file}} is niet geïmporteerd: {{count}} probleem; er is niets gewijzigd.',
    refused_other: '{{file}} is niet geïmporteerd: {{count}} problemen; er is niets gewijzigd.',
    conflict_one:
      '{{count}} respondent in {{file}} bestaat al in deze ronde ({{codes}}). Importeer met vervangen om de antwoorden te overschrijven.',
    conflict_other:
      '{{count}} respondenten in {{file}} bestaan al in deze ronde ({{codes}}). Importeer met vervangen om hun antwoorden te overschrijven.',
    exists: 'Respondent “{{value}}” bestaat al in deze ronde.',
    empty: 'Het bestand is leeg.',
    noRespondents: 'Het bestand heeft een kopregel maar geen respondenten.',
    cutShort:
      'Regel {{line}}, de laatste regel, eindigt niet met een regeleinde zoals de andere: het bestand lijkt afgebroken.',
    notUtf8:
      'Deze regel is geen geldige UTF-8-tekst. Sla het bestand op als “CSV UTF-8” (of Unicode-tekst) en importeer het opnieuw.',
    notCsv: 'Het bestand is geen geldige tekst met scheidingstekens: {{reason}}',
    protectedXlsx:
      'Dit is geen .xlsx-werkmap maar een versleuteld (met wachtwoord beveiligd) of oud Excelbestand. Verwijder het wachtwoord of sla het op als .xlsx en importeer het opnieuw.',
    wordFile: 'Dit is een Worddocument, geen werkmap of CSV-bestand.',
    notXlsx: 'Dit bestand is geen leesbare .xlsx-werkmap: {{reason}}',
    binary: 'Dit bestand is geen .xlsx-werkmap en geen tekst: het kan niet worden gelezen.',
    unmatchedColumn:
      'Deze kolom past bij geen enkele vraag van de ronde. Koppel hem aan een vraag, aan de functie of het respondentnummer, of markeer hem als “negeren”.',
    unmappedQuestion: 'De koppeling noemt “{{value}}”, maar dat is geen vraag van deze ronde.',
    duplicateQuestion:
      'Vraag {{question}} wordt ook in kolom “{{other}}” beantwoord; een vraag kan maar één kolom hebben.',
    duplicateRole: 'De functie staat ook in kolom “{{other}}”; maar één kolom kan de functie bevatten.',
    duplicateRespondent:
      'Het respondentnummer staat ook in kolom “{{other}}”; maar één kolom kan het respondentnummer bevatten.',
    noRole: 'Geen kolom bevat de functie van de respondent. Voeg de functievraag toe, of koppel de kolom aan “role”.',
    unknownAnswer:
      'Het antwoord “{{value}}” past bij geen score 1–5, antwoordlabel of het label voor niet van toepassing. Koppel het aan 1–5 of “n/a”.',
    unknownRole: 'De functie “{{value}}” is onbekend; verwacht een van {{roles}}, of koppel hem aan een rol.',
    missingRole: 'De functie ontbreekt.',
    missingCode: 'Het respondentnummer ontbreekt.',
    badCode:
      '“{{value}}” is geen bruikbare respondentcode (hoogstens 40 tekens, geen komma’s, puntkomma’s of aanhalingstekens, niet beginnend met = + - of @).',
    duplicateCode: 'Respondent “{{value}}” komt twee keer voor (ook op regel {{line}}).',
    tooFewFields: 'Verwacht {{expected}} velden zoals de kopregel, gevonden {{found}}.',
  },
  tools: {
    responses: 'Responses-CSV',
    msforms: 'Microsoft Forms',
    googleforms: 'Google Formulieren',
    surveymonkey: 'SurveyMonkey',
    qualtrics: 'Qualtrics',
    limesurvey: 'LimeSurvey',
    generic: 'Spreadsheet',
  },
  export: {
    sheets: {
      blocks: 'Bouwstenen',
      elements: 'Onderdelen',
      questions: 'Vragen',
      roles: 'Functiegroepen',
      shifts: 'Paradigmaverschuivingen',
    },
    columns: {
      id: 'Id',
      block: 'Bouwsteen',
      element: 'Onderdeel',
      name: 'Naam',
      text: 'Vraag',
      score: 'Score',
      index: 'Index',
      n: 'N',
      sd: 'SD',
      p25: '25e percentiel',
      p75: '75e percentiel',
      notApplicable: 'Niet van toepassing',
      role: 'Functie',
      from: 'Van',
      to: 'Naar',
      now: 'Nu',
      desired: 'Gewenst',
    },
  },
};
