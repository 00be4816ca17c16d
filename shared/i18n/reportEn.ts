/**
 * The Word reports' English text. Sentences are written to be filled with numbers by the report builder
 * (shared/report), so a report reads as a consultant's prose, not as a form. Every key exists in reportNl.ts.
 */
export const reportEn = {
  fileName: '{{client}} – {{round}} – SE report – {{date}}',
  title: 'Service Excellence – management report',
  subtitle: '{{client}} · {{round}}',
  header: '{{client}} · {{round}}',
  draft: 'DRAFT – round not finalised',
  confidential:
    'Confidential. Prepared for the management of {{client}}; not for distribution outside the organisation.',
  page: 'Page',
  figure: 'Figure',
  table: 'Table',
  of: 'of',
  facts: {
    client: 'Client',
    engagement: 'Engagement',
    round: 'Assessment round',
    heldOn: 'Held on',
    reportDate: 'Report date',
    consultant: 'Consultant',
    firm: 'Prepared by',
    notSet: '—',
  },
  toc: {
    title: 'Contents',
  },
  notes: {
    keyMessagesTitle: 'Key messages',
    recommendationsTitle: 'Recommendations',
    suggest: {
      strongest: 'Strongest building blocks: {{blocks}}.',
      weakest: 'Weakest building blocks: {{blocks}}.',
      benchmark: 'Against the benchmark group, the overall score is {{position}}.',
      rose_one: 'Since {{round}}, one building block has clearly risen: {{blocks}}.',
      rose_other: 'Since {{round}}, {{count}} building blocks have clearly risen: {{blocks}}.',
      fell_one: 'Since {{round}}, one building block has clearly fallen: {{blocks}}.',
      fell_other: 'Since {{round}}, {{count}} building blocks have clearly fallen: {{blocks}}.',
      noClearChange: 'Since {{round}}, no building block shows a clear change.',
      startWith:
        'Start with {{block}}: at {{score}} it scores lowest. Agree on one or two concrete actions, each with an owner and a date.',
      alsoImprove: 'Include {{block}} ({{score}}) in the improvement plan.',
      nextLevel:
        'To reach the next level of the pyramid, “{{name}}”, raise its score from {{score}} to at least {{threshold}}.',
      gaps_one: 'Discuss with the groups why they see {{blocks}} so differently.',
      gaps_other: 'Discuss with the groups why they see {{blocks}} so differently.',
      findOutWhy_one: 'Find out what lies behind the fall of {{blocks}} since {{round}}.',
      findOutWhy_other: 'Find out what lies behind the fall of {{blocks}} since {{round}}.',
      nextRound: 'Repeat the assessment in a year to see whether the actions have had an effect.',
    },
  },
  summary: {
    respondents_one: '{{count}} respondent',
    respondents_other: '{{count}} respondents',
    groups_one: '{{count}} group',
    groups_other: '{{count}} groups',
    legendMedian: 'Benchmark median',
    legendTop: 'Benchmark top 10 %',
    title: 'Executive summary',
    intro:
      'In {{round}}, {{respondents}} at {{client}} assessed the organisation on the nine building blocks of Service Excellence.',
    introWorkshop:
      'In {{round}}, the management team of {{client}} scored its organisation in a workshop against the nine building blocks of Service Excellence, answered by {{respondents}}.',
    overallAll:
      'The overall score is {{score}} on the scale of 1 to 5, an index of {{index}} out of 100, over all {{total}} building blocks.',
    overall:
      'The overall score is {{score}} on the scale of 1 to 5, an index of {{index}} out of 100, over {{blocks}} of the {{total}} building blocks.',
    noScores: 'No answers have been recorded in this round yet, so there are no scores to report.',
    level: 'The organisation has reached level {{level}} of the Service Excellence Pyramid: “{{name}}”.',
    levelTop: 'The organisation has reached the top of the Service Excellence Pyramid: level {{level}}, “{{name}}”.',
    noLevel:
      'The organisation has not yet reached the first level of the Service Excellence Pyramid (“{{name}}”, scored {{score}}; a level is reached at {{threshold}}).',
    nextLevel: 'The next level, “{{name}}”, scores {{score}}; it is reached at {{threshold}}.',
    strengthsTitle: 'Strengths',
    improvementsTitle: 'Areas for improvement',
    benchmark:
      'The benchmark group ({{group}}) consists of {{n}} earlier assessments at other organisations, each with a score on all nine building blocks. Against this group the overall score is {{position}} (median {{median}}).',
    benchmarkAbsent: 'No benchmark comparison is included: {{reason}}',
    benchmarkRank: 'Roughly {{rank}} % of the assessments in the group score lower.',
    syntheticWarning:
      'Note: this benchmark group consists of synthetic demonstration data, not of real assessments. Do not use the comparison with a client.',
    strengthsIntro:
      'Strengths and areas for improvement are the building blocks that score highest and lowest within the organisation itself; where there is a benchmark, each line also gives the position against the benchmark group.',
    strengthBelowPeers_one:
      '{{blocks}} is a strength within the organisation but scores below the benchmark median: strong compared with the other building blocks, not compared with similar organisations.',
    strengthBelowPeers_other:
      '{{blocks}} are strengths within the organisation but score below the benchmark median: strong compared with the other building blocks, not compared with similar organisations.',
    improvementAbovePeers_one:
      '{{blocks}} scores low within the organisation, yet above the benchmark median: an area for improvement compared with the other building blocks, not compared with similar organisations.',
    improvementAbovePeers_other:
      '{{blocks}} score low within the organisation, yet above the benchmark median: areas for improvement compared with the other building blocks, not compared with similar organisations.',
    change: 'Since {{round}}, the overall score has clearly {{direction}}, by {{delta}} to {{score}}.',
    changeNone: 'Since {{round}}, the overall score shows no clear change ({{delta}}, now {{score}}).',
    rose: 'risen',
    fell: 'fallen',
    gapsFlagged_one:
      'Management and the staff and frontline see {{blocks}} differently (a perception gap of {{threshold}} or more).',
    gapsFlagged_other: 'Management and the staff and frontline see {{count}} building blocks differently: {{blocks}}.',
    radarCaption: 'The nine building blocks{{versus}}',
    versusBenchmark: ' compared with the benchmark median',
    radarAlt: 'Radar chart of the nine building block scores: {{scores}}.',
    radarAltBenchmark: ' Benchmark medians: {{medians}}.',
  },
  position: {
    top10: 'among the top 10 % of the benchmark group',
    topQuartile: 'in the top quartile of the benchmark group',
    aboveMedian: 'above the benchmark median',
    belowMedian: 'below the benchmark median',
    bottomQuartile: 'in the bottom quartile of the benchmark group',
    bottom10: 'among the lowest 10 % of the benchmark group',
    aroundMedian: 'around the benchmark median',
    suppressed: 'without a benchmark figure',
  },
  method: {
    title: 'Approach and method',
    frameworkTitle: 'The model',
    framework:
      'The assessment uses the framework “{{name}}”, version {{version}}: {{dimensions}} dimensions, {{blocks}} building blocks, {{elements}} elements and {{questions}} questions, each answered on a scale of 1 to 5. The model follows the European technical specification for Service Excellence (CEN/TS 16880, now ISO 23592).',
    scaleTitle: 'The answer scale',
    scaleNotApplicable: 'Answers “{{label}}” and skipped questions do not count towards any score.',
    modeTitle: 'How the answers were gathered',
    workshop:
      'The scores were given live in a workshop. Each group or table answered every question together and counts as one respondent.',
    survey:
      'Respondents answered the questions individually in a survey; their answers were imported into SX Workbench.',
    respondentsTable: 'Respondents per role',
    roleColumn: 'Role',
    countColumn: 'Respondents',
    invitedColumn: 'Invited',
    rateColumn: 'Response rate',
    rateNote:
      'Response rate: the respondents who answered as a share of those invited, for the roles whose invited number the consultant entered.',
    total: 'Total',
    answersNote: 'Of all answers, {{notApplicable}} were “not applicable”; a question was skipped {{skipped}} times.',
    anonymityTitle: 'Anonymity',
    anonymity:
      'Results per role and the perception gap between management and the staff and frontline are shown only when no group of fewer than {{min}} respondents can be read or worked out from what is shown. Individual answers are never shown.',
    benchmarkTitle: 'The benchmark group',
    benchmark:
      'The benchmark consists of anonymized earlier assessments of other organisations. The comparison group for this report is: {{group}}, {{n}} assessments, each scored on all nine building blocks. Every benchmark figure is computed over these same assessments; the client’s own earlier assessments are not among them. A group of fewer than {{k}} assessments is not shown, nor is its size, so no organisation can be recognised.',
    benchmarkSynthetic:
      'This comparison group consists of synthetic demonstration records, made up for the demo: it is not a real benchmark.',
    definitionsTitle: 'Definitions',
    definitions: {
      score:
        'Score: the mean of the respondents’ scores; each respondent’s score for a block is the mean of their answers in it.',
      index: 'Index: the score on a scale of 0 to 100, (score − 1) ÷ 4 × 100.',
      sd: 'Spread (SD): the standard deviation between respondents (n − 1).',
      consensus: 'Consensus: respondents agree when the spread is at most {{max}}.',
      gap: 'Perception gap: the management score minus the score of the staff and frontline (the two roles together); noteworthy from {{threshold}}.',
      pyramid:
        'Pyramid level: a level is reached when its questions score {{threshold}} or more on average and every level below it is reached.',
      middleHalf:
        'Middle half: the 25th to the 75th percentile of the respondents’ scores, the range within which the middle half of them lies; shown from {{min}} respondents, so that it never points at one person. The lowest and highest individual scores are never shown.',
      position:
        'Position against the benchmark: “around the median” when the score is within {{margin}} of the group’s median or the rank lies between {{low}} and {{high}}; only beyond that is it called above or below.',
      change:
        'Change between rounds: called a rise or a fall only when Welch’s t-test on the respondents’ scores of both rounds gives p < {{alpha}} and the difference is at least {{min}}; with one group per round (a workshop), from a difference of {{fallback}}. Otherwise: no clear change.',
      benchmark:
        'Benchmark: the median and the middle half (25th to 75th percentile) of the comparison group; the percentile rank is the share of the group scoring lower (ties count half).',
    },
  },
  results: {
    spreadLegend: 'Middle half of the respondents',
    title: 'Results per building block',
    intro:
      'This chapter gives the score of each building block and its elements, the spread between respondents and, where available, the position against the benchmark. Scores are on a scale of 1 to 5.',
    overviewTable: 'Scores per building block',
    barsCaption: 'Score per building block with the middle half of the respondents',
    benchmarkBlockSuppressed: 'no benchmark figures',
    legendBand: 'Middle half of the benchmark group',
    legendMedian: 'Median of the benchmark group',
    barsAlt: 'Bar chart of the score per building block: {{scores}}.',
    benchmarkCaption: 'Score per building block against the middle half of the benchmark group',
    benchmarkAlt:
      'Bar chart of the score per building block with the benchmark’s 25th–75th percentile band: {{scores}}.',
    benchmarkAbsent: 'Benchmark comparison',
    columns: {
      block: 'Building block',
      element: 'Element',
      question: 'Question',
      score: 'Score',
      index: 'Index',
      sd: 'SD',
      n: 'n',
      consensus: 'Consensus',
      notApplicable: 'n/a',
      median: 'Median',
      band: 'Middle half',
      rank: 'Rank',
    },
    yes: 'yes',
    no: 'no',
    none: '—',
    tableNote: 'SD: standard deviation between respondents. n: respondents with a score. —: not available.',
    tableNoteBenchmark:
      'Median, middle half and rank: of the benchmark group ({{group}}), the same {{n}} earlier assessments for every building block. Rank: the share of the group that scores lower.',
    dimensionScore: 'The dimension {{dimension}} scores {{score}} on average over its building blocks.',
    dimensionNoScore: 'No building block of the dimension {{dimension}} has been scored.',
    block: '{{block}} scores {{score}} (index {{index}}), from {{n}} respondents.',
    blockStrength:
      '{{block}} is one of the organisation’s strongest building blocks: {{score}} (index {{index}}), from {{n}} respondents.',
    blockImprovement:
      '{{block}} is one of the organisation’s weakest building blocks: {{score}} (index {{index}}), from {{n}} respondents.',
    blockAbove:
      'With {{score}} (index {{index}}, {{n}} respondents), {{block}} scores above the organisation’s own average of {{overall}}.',
    blockBelow:
      'With {{score}} (index {{index}}, {{n}} respondents), {{block}} scores below the organisation’s own average of {{overall}}.',
    blockChange: 'Since {{round}} that is a clear {{direction}} ({{delta}}).',
    blockNoChange: 'Since {{round}} it shows no clear change ({{delta}}).',
    rise: 'rise',
    fall: 'fall',
    blockNoScore: '{{block}} has not been scored.',
    consensus: 'The respondents largely agree (spread {{sd}}).',
    noConsensus: 'Opinions differ noticeably (spread {{sd}}); this block deserves a conversation about why.',
    singleRespondent: 'With a single respondent there is no spread to report.',
    benchmark: 'That is {{position}} (median {{median}}, middle half {{p25}} to {{p75}}).',
    benchmarkSuppressed: 'The benchmark group has too few records for this block to show it.',
    elementsRange: 'Within the block, “{{high}}” scores highest ({{highScore}}) and “{{low}}” lowest ({{lowScore}}).',
    elementsTable: 'Elements of {{block}}',
  },
  gaps: {
    title: 'Perception gaps',
    intro:
      'A perception gap is the difference between how management and the staff and frontline score the same building block. A large gap is a signal that management and the work floor see the organisation differently.',
    flagged_one: 'One building block shows a gap of {{threshold}} or more: {{blocks}}.',
    flagged_other: '{{number}} building blocks show a gap of {{threshold}} or more: {{blocks}}.',
    none: 'No building block shows a gap of {{threshold}} or more; management and the staff and frontline see the organisation in much the same way.',
    direction: 'A positive gap means management scores higher than the staff and frontline.',
    allSuppressed:
      'The perception gap cannot be shown: there are too few respondents from management or from the staff and frontline to keep their answers anonymous (at least {{min}} per group).',
    someSuppressed: 'For some building blocks the gap is hidden to keep small groups anonymous.',
    caption: 'Scores of management and of the staff and frontline per building block',
    alt: 'Chart of the score of management and of the staff and frontline per building block: {{rows}}.',
    table: 'Perception gap per building block',
    columns: { management: 'Management', staff: 'Staff and frontline', gap: 'Gap' },
    hidden: 'hidden (anonymity)',
    flag: '(!)',
    tableNote: 'Staff and frontline: the respondents of both roles together. (!): a gap of {{threshold}} or more.',
    rolesTitle: 'Scores per role',
    rolesTable: 'Score per building block and role',
    rolesNone: 'No role group is large enough to be shown on its own.',
  },
  pyramid: {
    legendReached: 'Reached',
    legendNotReached: 'Not reached',
    title: 'The Service Excellence Pyramid',
    intro:
      'The pyramid describes four levels of service, from meeting core promises to delighting customers. A level counts as reached when it scores {{threshold}} or more and every level below it is reached.',
    caption: 'The Service Excellence Pyramid',
    alt: 'Pyramid of four levels: {{levels}}.',
    table: 'Score per pyramid level',
    columns: { level: 'Level', score: 'Score', n: 'n', reached: 'Reached' },
    noQuestions: 'No question of this framework is linked to a pyramid level.',
  },
  shifts: {
    title: 'Paradigm shifts',
    intro:
      'The management team placed the organisation on each paradigm shift: where it stands now and where it wants to be, on a scale of 0 to 10 from the old way of thinking to the new one.',
    largest: 'The largest distance between now and the ambition is on “{{from}} → {{to}}” ({{distance}} points).',
    caption: 'Paradigm shifts: now and desired',
    alt: 'Paradigm shifts with the current and desired position: {{rows}}.',
    table: 'Paradigm shifts',
    columns: { shift: 'Shift', now: 'Now', desired: 'Desired', distance: 'Distance' },
    none: 'No positions on the paradigm shifts were recorded in this round.',
  },
  changes: {
    title: 'Changes since {{round}}',
    intro: 'This chapter compares the scores with those of {{round}}{{heldOn}}, the previous finalised round.',
    heldOn: ' ({{date}})',
    rose_one: 'One building block rose clearly: {{blocks}}.',
    rose_other: '{{number}} building blocks rose clearly: {{blocks}}.',
    fell_one: 'One building block fell clearly: {{blocks}}.',
    fell_other: '{{number}} building blocks fell clearly: {{blocks}}.',
    steady_one: 'The remaining building block shows no clear change.',
    steady_other: 'The remaining {{number}} show no clear change.',
    stable:
      'No building block changed clearly: every difference is within what chance alone produces between two groups of respondents.',
    noise:
      'A difference counts as a rise or a fall only when it is larger than chance alone would explain between two groups of respondents and amounts to at least a tenth of a point; the chapter on approach and method explains how this is tested.',
    caption: 'Change per building block since {{round}}',
    alt: 'Bar chart of the change per building block: {{rows}}.',
    table: 'Scores per building block, {{previous}} and {{current}}',
    columns: { change: 'Change', verdict: 'Conclusion' },
    verdict: { rise: 'Clear rise', fall: 'Clear fall', none: 'No clear change' },
  },
  appendix: {
    title: 'Appendix: results per question',
    intro:
      'The mean score per question over all respondents. Individual answers are not shown; answers “not applicable” are counted separately.',
    table: 'Questions of {{block}}',
    distributionNote:
      'Columns 1 to 5: the share of the answers with that score, in per cent; shown when at least {{min}} respondents answered the question. Shaded: 40 % or more.',
    chartCaption: 'Answers per question of {{block}}, from score 1 (left) to 5 (right)',
    chartAlt: 'Share of the answers per score, 1 to 5, in per cent: {{rows}}.',
    chartTooFew: 'too few answers',
  },
  absent: {
    noAnswers: 'This figure needs scores, and no answers have been recorded in this round.',
    chartFailed: 'This chart could not be drawn; the figures are in the table.',
    notRequested: 'the export was made without a benchmark.',
    poolBelowK:
      'the benchmark does not yet hold {{k}} earlier assessments with this framework and a score on all nine building blocks, the least a comparison needs.',
    belowK:
      'the comparison group ({{group}}) has fewer than {{k}} earlier assessments with a score on all nine building blocks; a smaller group is not shown, so that no organisation can be recognised.',
  },
  warnings: {
    logo_missing: 'The logo is missing from the settings, so the cover has no logo. Choose it again under Settings.',
    chart_failed: 'One or more charts could not be drawn; their figures are in the tables next to them.',
    logo_unreadable: 'The logo could not be read, so the cover has no logo. Choose the logo again under Settings.',
    logo_unsupported_type: 'The logo is not a PNG, JPEG or SVG file, so the cover has no logo.',
  },
};
