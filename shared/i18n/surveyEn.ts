/**
 * The survey feature's English text: the survey kit (Word, Excel), the problems an import of a survey tool's
 * export reports, and the round's Excel export. Every key exists in surveyNl.ts.
 */
export const surveyEn = {
  kit: {
    title: 'Survey kit — {{round}}',
    intro:
      'This questionnaire is about how our organisation serves its customers. Please answer every statement from your own experience of the past months. Choose “{{notApplicable}}” when a statement does not apply to your work. Your answers are processed without your name.',
    roleQuestion: 'Which best describes your position?',
    roleOptions: {
      management: 'Management',
      staff: 'Employee',
      frontline: 'Employee in direct contact with customers',
      customer: 'Customer',
      other: 'Other',
    },
    questionsHeading: 'Statements',
    answerOptions: 'Answer options for every statement',
    howToTitle: 'Building the form',
    msForms:
      'Microsoft Forms: add a “Choice” question for the role with the options above. For each statement add a “Choice” question (or a “Likert” question holding several statements) with the six answer options exactly as written here, in this order. Copy each text exactly: the import recognises the statements by their text. Export the responses with “Open in Excel”.',
    googleForms:
      'Google Forms: add a “Multiple choice” question for the role with the options above. For each statement add a “Multiple choice” question (or a “Multiple choice grid” with the statements as rows and the answer options as columns). Copy each text exactly. Download the responses as .csv from the Responses tab, or open them in Sheets and download as .xlsx.',
    otherTools:
      'Other tools (SurveyMonkey, Qualtrics, LimeSurvey): use single-choice questions with the same texts and options. Their exports import as they are.',
    paper: 'On paper: tick one box per statement.',
    columns: { id: 'Id', text: 'Question', kind: 'Kind', score: 'Score', label: 'Label' },
    kinds: {
      role: 'Role question',
      roleOption: 'Role option',
      question: 'Statement',
      scale: 'Answer option',
      notApplicable: 'Not applicable',
    },
    sheet: 'Survey kit',
  },
  import: {
    refused_one: '{{file}} was not imported: {{count}} problem; nothing was changed.',
    refused_other: '{{file}} was not imported: {{count}} problems; nothing was changed.',
    conflict_one:
      '{{count}} respondent in {{file}} already exists in this round ({{codes}}). Import with replace to overwrite their answers.',
    conflict_other:
      '{{count}} respondents in {{file}} already exist in this round ({{codes}}). Import with replace to overwrite their answers.',
    exists: 'Respondent “{{value}}” already exists in this round.',
    empty: 'The file is empty.',
    noRespondents: 'The file has a header but no respondents.',
    cutShort: 'Line {{line}}, the last line, does not end with a line break like the others: the file looks cut short.',
    notUtf8: 'This line is not valid UTF-8 text. Save the file as “CSV UTF-8” (or Unicode text) and import it again.',
    notCsv: 'The file is not valid delimited text: {{reason}}',
    protectedXlsx:
      'This is not an .xlsx workbook but an encrypted (password-protected) or old-style Excel file. Remove the password or save it as .xlsx and import it again.',
    wordFile: 'This is a Word document, not a workbook or a CSV file.',
    notXlsx: 'This file is not a readable .xlsx workbook: {{reason}}',
    binary: 'This file is neither an .xlsx workbook nor text: it cannot be read.',
    unmatchedColumn:
      'This column matches no question of the round. Map it to a question, to the role or the respondent id, or mark it “ignore”.',
    unmappedQuestion: 'The mapping names “{{value}}”, which is not a question of this round.',
    duplicateQuestion:
      'Question {{question}} is also answered in column “{{other}}”; a question can have one column only.',
    duplicateRole: 'The role is also in column “{{other}}”; only one column can hold the role.',
    duplicateRespondent: 'The respondent id is also in column “{{other}}”; only one column can hold it.',
    noRole: 'No column holds the respondent’s role. Add the role question, or map its column to “role”.',
    unknownAnswer:
      'The answer “{{value}}” matches no score 1–5, answer label or the not-applicable label. Map it to 1–5 or “n/a”.',
    unknownRole: 'The role “{{value}}” is unknown; expected one of {{roles}}, or map it to a role.',
    missingRole: 'The role is missing.',
    missingCode: 'The respondent id is missing.',
    badCode:
      '“{{value}}” is not a usable respondent code (at most 40 characters, no commas, semicolons or quotes, not starting with = + - or @).',
    duplicateCode: 'Respondent “{{value}}” appears twice (also on line {{line}}).',
    tooFewFields: 'Expected {{expected}} fields like the header, found {{found}}.',
  },
  tools: {
    responses: 'Responses CSV',
    msforms: 'Microsoft Forms',
    googleforms: 'Google Forms',
    surveymonkey: 'SurveyMonkey',
    qualtrics: 'Qualtrics',
    limesurvey: 'LimeSurvey',
    generic: 'Spreadsheet',
  },
  export: {
    sheets: { blocks: 'Blocks', elements: 'Elements', questions: 'Questions', roles: 'Role groups', shifts: 'Shifts' },
    columns: {
      id: 'Id',
      block: 'Block',
      element: 'Element',
      name: 'Name',
      text: 'Question',
      score: 'Score',
      index: 'Index',
      n: 'N',
      sd: 'SD',
      p25: '25th percentile',
      p75: '75th percentile',
      notApplicable: 'Not applicable',
      role: 'Role',
      from: 'From',
      to: 'To',
      now: 'Now',
      desired: 'Desired',
    },
  },
};
