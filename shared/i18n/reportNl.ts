import type { reportEn } from './reportEn';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** De Nederlandse tekst van de Word-rapporten; dezelfde sleutels als reportEn.ts. */
export const reportNl: Strings<typeof reportEn> = {
  fileName: '{{client}} – {{round}} – SE-rapport – {{date}}',
  title: 'Service Excellence – managementrapport',
  subtitle: '{{client}} · {{round}}',
  header: '{{client}} · {{round}}',
  draft: 'CONCEPT – ronde niet afgerond',
  confidential:
    'Vertrouwelijk. Opgesteld voor het management van {{client}}; niet bestemd voor verspreiding buiten de organisatie.',
  page: 'Pagina',
  figure: 'Figuur',
  table: 'Tabel',
  of: 'van',
  facts: {
    client: 'Opdrachtgever',
    engagement: 'Opdracht',
    round: 'Meetronde',
    heldOn: 'Gehouden op',
    reportDate: 'Rapportdatum',
    consultant: 'Adviseur',
    firm: 'Opgesteld door',
    notSet: '—',
  },
  toc: {
    title: 'Inhoud',
  },
  notes: {
    keyMessagesTitle: 'Kernboodschappen',
    recommendationsTitle: 'Aanbevelingen',
    suggest: {
      strongest: 'De sterkste bouwstenen zijn {{blocks}}.',
      weakest: 'De zwakste bouwstenen zijn {{blocks}}.',
      benchmark: 'Ten opzichte van de benchmarkgroep ligt de totaalscore {{position}}.',
      rose_one: 'Sinds {{round}} is één bouwsteen duidelijk gestegen: {{blocks}}.',
      rose_other: 'Sinds {{round}} zijn {{count}} bouwstenen duidelijk gestegen: {{blocks}}.',
      fell_one: 'Sinds {{round}} is één bouwsteen duidelijk gedaald: {{blocks}}.',
      fell_other: 'Sinds {{round}} zijn {{count}} bouwstenen duidelijk gedaald: {{blocks}}.',
      noClearChange: 'Sinds {{round}} laat geen enkele bouwsteen een duidelijke verandering zien.',
      startWith:
        'Begin bij {{block}}: met {{score}} scoort deze bouwsteen het laagst. Spreek één of twee concrete acties af, elk met een eigenaar en een datum.',
      alsoImprove: 'Neem {{block}} ({{score}}) op in het verbeterplan.',
      nextLevel:
        'Om het volgende niveau van de piramide te bereiken, „{{name}}”, moet de score daarvan stijgen van {{score}} naar ten minste {{threshold}}.',
      gaps_one: 'Bespreek met de groepen waarom zij {{blocks}} zo verschillend zien.',
      gaps_other: 'Bespreek met de groepen waarom zij {{blocks}} zo verschillend zien.',
      findOutWhy_one: 'Zoek uit wat er achter de daling van {{blocks}} sinds {{round}} zit.',
      findOutWhy_other: 'Zoek uit wat er achter de daling van {{blocks}} sinds {{round}} zit.',
      nextRound: 'Herhaal de meting over een jaar om te zien of de acties effect hebben gehad.',
    },
  },
  summary: {
    respondents_one: '{{count}} respondent',
    respondents_other: '{{count}} respondenten',
    groups_one: '{{count}} groep',
    groups_other: '{{count}} groepen',
    legendMedian: 'Benchmarkmediaan',
    legendTop: 'Benchmark beste 10 %',
    title: 'Samenvatting',
    intro:
      'In {{round}} hebben {{respondents}} van {{client}} de organisatie beoordeeld op de negen bouwstenen van Service Excellence.',
    introWorkshop:
      'In {{round}} heeft het managementteam van {{client}} de organisatie in een workshop gescoord op de negen bouwstenen van Service Excellence, ingevuld door {{respondents}}.',
    overallAll:
      'De totaalscore is {{score}} op de schaal van 1 tot 5, een index van {{index}} op 100, over alle {{total}} bouwstenen.',
    overall:
      'De totaalscore is {{score}} op de schaal van 1 tot 5, een index van {{index}} op 100, over {{blocks}} van de {{total}} bouwstenen.',
    noScores: 'In deze ronde zijn nog geen antwoorden vastgelegd; er zijn dus nog geen scores om te rapporteren.',
    level: 'De organisatie heeft niveau {{level}} van de Service Excellence-piramide bereikt: ‘{{name}}’.',
    levelTop: 'De organisatie heeft de top van de Service Excellence-piramide bereikt: niveau {{level}}, ‘{{name}}’.',
    noLevel:
      'De organisatie heeft het eerste niveau van de Service Excellence-piramide nog niet bereikt (‘{{name}}’, score {{score}}; een niveau is bereikt bij {{threshold}}).',
    nextLevel: 'Het volgende niveau, ‘{{name}}’, scoort {{score}}; het is bereikt bij {{threshold}}.',
    strengthsTitle: 'Sterke punten',
    improvementsTitle: 'Verbeterpunten',
    benchmark:
      'De benchmarkgroep ({{group}}) bestaat uit {{n}} eerdere metingen bij andere organisaties, elk met een score op alle negen bouwstenen. Ten opzichte van deze groep ligt de totaalscore {{position}} (mediaan {{median}}).',
    benchmarkAbsent: 'Er is geen benchmarkvergelijking opgenomen: {{reason}}',
    benchmarkRank: 'Ongeveer {{rank}} % van de metingen in de groep scoort lager.',
    syntheticWarning:
      'Let op: deze benchmarkgroep bestaat uit synthetische demonstratiegegevens, niet uit echte metingen. Gebruik de vergelijking niet in gesprekken met de opdrachtgever.',
    strengthsIntro:
      'Sterke punten en verbeterpunten zijn de bouwstenen die binnen de organisatie zelf het hoogst en het laagst scoren; waar een benchmark is, staat bij elk punt ook de positie ten opzichte van de benchmarkgroep.',
    strengthBelowPeers_one:
      '{{blocks}} is binnen de organisatie een sterk punt, maar scoort onder de mediaan van de benchmarkgroep: sterk ten opzichte van de andere bouwstenen, niet ten opzichte van vergelijkbare organisaties.',
    strengthBelowPeers_other:
      '{{blocks}} zijn binnen de organisatie sterke punten, maar scoren onder de mediaan van de benchmarkgroep: sterk ten opzichte van de andere bouwstenen, niet ten opzichte van vergelijkbare organisaties.',
    improvementAbovePeers_one:
      '{{blocks}} scoort binnen de organisatie laag, maar boven de mediaan van de benchmarkgroep: een verbeterpunt ten opzichte van de andere bouwstenen, niet ten opzichte van vergelijkbare organisaties.',
    improvementAbovePeers_other:
      '{{blocks}} scoren binnen de organisatie laag, maar boven de mediaan van de benchmarkgroep: verbeterpunten ten opzichte van de andere bouwstenen, niet ten opzichte van vergelijkbare organisaties.',
    change: 'Sinds {{round}} is de totaalscore duidelijk {{direction}}, met {{delta}} tot {{score}}.',
    changeNone: 'Sinds {{round}} is de totaalscore niet duidelijk veranderd ({{delta}}, nu {{score}}).',
    rose: 'gestegen',
    fell: 'gedaald',
    gapsFlagged_one:
      'Management en werkvloer zien {{blocks}} verschillend (een perceptieverschil van {{threshold}} of meer).',
    gapsFlagged_other: 'Management en werkvloer zien {{count}} bouwstenen verschillend: {{blocks}}.',
    radarCaption: 'De negen bouwstenen{{versus}}',
    versusBenchmark: ' vergeleken met de benchmarkmediaan',
    radarAlt: 'Radardiagram van de scores op de negen bouwstenen: {{scores}}.',
    radarAltBenchmark: ' Benchmarkmedianen: {{medians}}.',
  },
  position: {
    top10: 'bij de beste 10 % van de benchmarkgroep',
    topQuartile: 'in het hoogste kwart van de benchmarkgroep',
    aboveMedian: 'boven de benchmarkmediaan',
    belowMedian: 'onder de benchmarkmediaan',
    bottomQuartile: 'in het laagste kwart van de benchmarkgroep',
    bottom10: 'bij de laagste 10 % van de benchmarkgroep',
    aroundMedian: 'rond de benchmarkmediaan',
    suppressed: 'zonder benchmarkcijfer',
  },
  method: {
    title: 'Aanpak en methode',
    frameworkTitle: 'Het model',
    framework:
      'De meting gebruikt het model ‘{{name}}’, versie {{version}}: {{dimensions}} dimensies, {{blocks}} bouwstenen, {{elements}} elementen en {{questions}} vragen, elk beantwoord op een schaal van 1 tot 5. Het model volgt de Europese technische specificatie voor Service Excellence (CEN/TS 16880, inmiddels ISO 23592).',
    scaleTitle: 'De antwoordschaal',
    scaleNotApplicable: 'Antwoorden ‘{{label}}’ en overgeslagen vragen tellen in geen enkele score mee.',
    modeTitle: 'Hoe de antwoorden zijn verzameld',
    workshop:
      'De scores zijn live in een workshop gegeven. Elke groep of tafel beantwoordde alle vragen samen en telt als één respondent.',
    survey:
      'Respondenten beantwoordden de vragen individueel in een vragenlijst; hun antwoorden zijn in SX Workbench ingelezen.',
    respondentsTable: 'Respondenten per rol',
    roleColumn: 'Rol',
    countColumn: 'Respondenten',
    invitedColumn: 'Uitgenodigd',
    rateColumn: 'Respons',
    rateNote:
      'Respons: de respondenten die antwoordden als deel van de uitgenodigden, voor de rollen waarvan de consultant het aantal uitgenodigden heeft ingevuld.',
    total: 'Totaal',
    answersNote:
      'Van alle antwoorden waren er {{notApplicable}} ‘niet van toepassing’; {{skipped}} keer is een vraag overgeslagen.',
    anonymityTitle: 'Anonimiteit',
    anonymity:
      'Uitkomsten per rol en het perceptieverschil tussen management en werkvloer worden alleen getoond als geen groep van minder dan {{min}} respondenten af te lezen of af te leiden is uit wat er staat. Individuele antwoorden worden nooit getoond.',
    benchmarkTitle: 'De benchmarkgroep',
    benchmark:
      'De benchmark bestaat uit geanonimiseerde eerdere metingen bij andere organisaties. De vergelijkingsgroep voor dit rapport is: {{group}}, {{n}} metingen, elk met een score op alle negen bouwstenen. Alle benchmarkcijfers zijn over deze zelfde metingen berekend; eerdere metingen van de eigen organisatie horen er niet bij. Een groep met minder dan {{k}} metingen wordt niet getoond, ook de omvang ervan niet, zodat geen organisatie herkenbaar is.',
    benchmarkSynthetic:
      'Deze vergelijkingsgroep bestaat uit synthetische demonstratiegegevens, gemaakt voor de demo: het is geen echte benchmark.',
    definitionsTitle: 'Begrippen',
    definitions: {
      score:
        'Score: het gemiddelde van de scores van de respondenten; de score van een respondent op een bouwsteen is het gemiddelde van zijn antwoorden daarin.',
      index: 'Index: de score op een schaal van 0 tot 100, (score − 1) ÷ 4 × 100.',
      sd: 'Spreiding (SD): de standaardafwijking tussen respondenten (n − 1).',
      consensus: 'Consensus: respondenten zijn het eens als de spreiding ten hoogste {{max}} is.',
      gap: 'Perceptieverschil: de score van het management min die van de werkvloer (medewerkers en frontlinie samen); opvallend vanaf {{threshold}}.',
      pyramid:
        'Piramideniveau: een niveau is bereikt als de vragen ervan gemiddeld {{threshold}} of hoger scoren en elk lager niveau bereikt is.',
      middleHalf:
        'Middelste helft: het 25e tot het 75e percentiel van de scores van de respondenten, het bereik waarbinnen de middelste helft van hen ligt; getoond vanaf {{min}} respondenten, zodat het nooit naar één persoon wijst. De laagste en hoogste afzonderlijke scores worden nooit getoond.',
      position:
        'Positie ten opzichte van de benchmark: ‘rond de mediaan’ als de score minder dan {{margin}} van de mediaan van de groep afligt of de rang tussen {{low}} en {{high}} ligt; pas daarbuiten heet een score hoger of lager.',
      change:
        'Verandering tussen rondes: pas een stijging of daling als Welchs t-toets op de scores van de respondenten van beide rondes p < {{alpha}} geeft en het verschil minstens {{min}} is; bij één groep per ronde (een workshop) vanaf een verschil van {{fallback}}. Anders: geen duidelijke verandering.',
      benchmark:
        'Benchmark: de mediaan en de middelste helft (25e tot 75e percentiel) van de vergelijkingsgroep; de rang (percentielrang) is het aandeel van de groep dat lager scoort (gelijke scores tellen half).',
    },
  },
  results: {
    spreadLegend: 'Middelste helft van de respondenten',
    title: 'Uitkomsten per bouwsteen',
    intro:
      'Dit hoofdstuk geeft per bouwsteen en element de score, de spreiding tussen respondenten en, waar beschikbaar, de positie ten opzichte van de benchmark. Scores staan op een schaal van 1 tot 5.',
    overviewTable: 'Scores per bouwsteen',
    barsCaption: 'Score per bouwsteen met de middelste helft van de respondenten',
    benchmarkBlockSuppressed: 'geen benchmarkcijfers',
    legendBand: 'Middelste helft benchmarkgroep',
    legendMedian: 'Mediaan benchmarkgroep',
    barsAlt: 'Staafdiagram van de score per bouwsteen: {{scores}}.',
    benchmarkCaption: 'Score per bouwsteen tegenover de middelste helft van de benchmarkgroep',
    benchmarkAlt:
      'Staafdiagram van de score per bouwsteen met de band van het 25e tot 75e percentiel van de benchmark: {{scores}}.',
    benchmarkAbsent: 'Benchmarkvergelijking',
    columns: {
      block: 'Bouwsteen',
      element: 'Element',
      question: 'Vraag',
      score: 'Score',
      index: 'Index',
      sd: 'SD',
      n: 'n',
      consensus: 'Consensus',
      notApplicable: 'n.v.t.',
      median: 'Mediaan',
      band: 'Middelste helft',
      rank: 'Rang',
    },
    yes: 'ja',
    no: 'nee',
    none: '—',
    tableNote: 'SD: standaardafwijking tussen respondenten. n: respondenten met een score. —: niet beschikbaar.',
    tableNoteBenchmark:
      'Mediaan, middelste helft en rang: van de benchmarkgroep ({{group}}), voor elke bouwsteen dezelfde {{n}} eerdere metingen. Rang: het deel van de groep dat lager scoort.',
    dimensionScore: 'De dimensie {{dimension}} scoort gemiddeld {{score}} over haar bouwstenen.',
    dimensionNoScore: 'Geen enkele bouwsteen van de dimensie {{dimension}} is gescoord.',
    block: '{{block}} scoort {{score}} (index {{index}}), op basis van {{n}} respondenten.',
    blockStrength:
      '{{block}} is een van de sterkste bouwstenen van de organisatie: {{score}} (index {{index}}), op basis van {{n}} respondenten.',
    blockImprovement:
      '{{block}} hoort bij de zwakste bouwstenen van de organisatie: {{score}} (index {{index}}), op basis van {{n}} respondenten.',
    blockAbove:
      'Met {{score}} (index {{index}}, {{n}} respondenten) scoort {{block}} boven het eigen gemiddelde van {{overall}}.',
    blockBelow:
      'Met {{score}} (index {{index}}, {{n}} respondenten) scoort {{block}} onder het eigen gemiddelde van {{overall}}.',
    blockChange: 'Sinds {{round}} is dat een duidelijke {{direction}} ({{delta}}).',
    blockNoChange: 'Sinds {{round}} is er geen duidelijke verandering ({{delta}}).',
    rise: 'stijging',
    fall: 'daling',
    blockNoScore: '{{block}} is niet gescoord.',
    consensus: 'De respondenten zijn het grotendeels eens (spreiding {{sd}}).',
    noConsensus:
      'De meningen lopen merkbaar uiteen (spreiding {{sd}}); deze bouwsteen verdient een gesprek over het waarom.',
    singleRespondent: 'Met één respondent is er geen spreiding om te rapporteren.',
    benchmark: 'Dat is {{position}} (mediaan {{median}}, middelste helft {{p25}} tot {{p75}}).',
    benchmarkSuppressed: 'De benchmarkgroep heeft te weinig metingen voor deze bouwsteen om die te tonen.',
    elementsRange:
      'Binnen de bouwsteen scoort ‘{{high}}’ het hoogst ({{highScore}}) en ‘{{low}}’ het laagst ({{lowScore}}).',
    elementsTable: 'Elementen van {{block}}',
  },
  gaps: {
    title: 'Perceptieverschillen',
    intro:
      'Een perceptieverschil is het verschil tussen hoe management en werkvloer (medewerkers en frontlinie samen) dezelfde bouwsteen scoren. Een groot verschil is een signaal dat management en werkvloer de organisatie anders zien.',
    flagged_one: 'Eén bouwsteen laat een verschil van {{threshold}} of meer zien: {{blocks}}.',
    flagged_other: '{{number}} bouwstenen laten een verschil van {{threshold}} of meer zien: {{blocks}}.',
    none: 'Geen enkele bouwsteen laat een verschil van {{threshold}} of meer zien; management en werkvloer zien de organisatie grotendeels hetzelfde.',
    direction: 'Een positief verschil betekent dat het management hoger scoort dan de werkvloer.',
    allSuppressed:
      'Het perceptieverschil kan niet worden getoond: er zijn te weinig respondenten uit het management of van de werkvloer om hun antwoorden anoniem te houden (minstens {{min}} per groep).',
    someSuppressed: 'Bij sommige bouwstenen is het verschil verborgen om kleine groepen anoniem te houden.',
    caption: 'Scores van management en werkvloer per bouwsteen',
    alt: 'Diagram van de score van management en werkvloer per bouwsteen: {{rows}}.',
    table: 'Perceptieverschil per bouwsteen',
    columns: { management: 'Management', staff: 'Werkvloer', gap: 'Verschil' },
    hidden: 'verborgen (anonimiteit)',
    flag: '(!)',
    tableNote: 'Werkvloer: medewerkers en frontlinie samen. (!): een verschil van {{threshold}} of meer.',
    rolesTitle: 'Scores per rol',
    rolesTable: 'Score per bouwsteen en rol',
    rolesNone: 'Geen enkele rolgroep is groot genoeg om afzonderlijk te tonen.',
  },
  pyramid: {
    legendReached: 'Bereikt',
    legendNotReached: 'Niet bereikt',
    title: 'De Service Excellence-piramide',
    intro:
      'De piramide beschrijft vier niveaus van dienstverlening, van het nakomen van kernbeloften tot het verrassen van klanten. Een niveau geldt als bereikt wanneer het {{threshold}} of hoger scoort en elk lager niveau bereikt is.',
    caption: 'De Service Excellence-piramide',
    alt: 'Piramide van vier niveaus: {{levels}}.',
    table: 'Score per piramideniveau',
    columns: { level: 'Niveau', score: 'Score', n: 'n', reached: 'Bereikt' },
    noQuestions: 'Geen enkele vraag van dit model is aan een piramideniveau gekoppeld.',
  },
  shifts: {
    title: 'Paradigmaverschuivingen',
    intro:
      'Het managementteam plaatste de organisatie op elke paradigmaverschuiving: waar zij nu staat en waar zij wil staan, op een schaal van 0 tot 10 van het oude denken naar het nieuwe.',
    largest: 'De grootste afstand tussen nu en de ambitie ligt bij ‘{{from}} → {{to}}’ ({{distance}} punten).',
    caption: 'Paradigmaverschuivingen: nu en gewenst',
    alt: 'Paradigmaverschuivingen met de huidige en de gewenste positie: {{rows}}.',
    table: 'Paradigmaverschuivingen',
    columns: { shift: 'Verschuiving', now: 'Nu', desired: 'Gewenst', distance: 'Afstand' },
    none: 'In deze ronde zijn geen posities op de paradigmaverschuivingen vastgelegd.',
  },
  changes: {
    title: 'Ontwikkeling sinds {{round}}',
    intro: 'Dit hoofdstuk vergelijkt de scores met die van {{round}}{{heldOn}}, de vorige afgeronde meting.',
    heldOn: ' ({{date}})',
    rose_one: 'Eén bouwsteen is duidelijk gestegen: {{blocks}}.',
    rose_other: '{{number}} bouwstenen zijn duidelijk gestegen: {{blocks}}.',
    fell_one: 'Eén bouwsteen is duidelijk gedaald: {{blocks}}.',
    fell_other: '{{number}} bouwstenen zijn duidelijk gedaald: {{blocks}}.',
    steady_one: 'Bij de overige bouwsteen is geen duidelijke verandering te zien.',
    steady_other: 'Bij de overige {{number}} is geen duidelijke verandering te zien.',
    stable:
      'Geen enkele bouwsteen is duidelijk veranderd: alle verschillen vallen binnen wat het toeval tussen twee groepen respondenten oplevert.',
    noise:
      'Een verschil geldt pas als stijging of daling als het groter is dan het toeval tussen twee groepen respondenten kan verklaren en minstens een tiende punt bedraagt; het hoofdstuk Aanpak en methode licht toe hoe dat is getoetst.',
    caption: 'Verandering per bouwsteen sinds {{round}}',
    alt: 'Staafdiagram van de verandering per bouwsteen: {{rows}}.',
    table: 'Scores per bouwsteen, {{previous}} en {{current}}',
    columns: { change: 'Verandering', verdict: 'Conclusie' },
    verdict: { rise: 'Duidelijke stijging', fall: 'Duidelijke daling', none: 'Geen duidelijke verandering' },
  },
  appendix: {
    title: 'Bijlage: uitkomsten per vraag',
    intro:
      'De gemiddelde score per vraag over alle respondenten. Individuele antwoorden worden niet getoond; antwoorden ‘niet van toepassing’ zijn apart geteld.',
    table: 'Vragen van {{block}}',
    distributionNote:
      'Kolommen 1 tot 5: het deel van de antwoorden met die score, in procenten; getoond als ten minste {{min}} respondenten de vraag beantwoordden. Gearceerd: 40 % of meer.',
    chartCaption: 'Antwoorden per vraag van {{block}}, van score 1 (links) tot 5 (rechts)',
    chartAlt: 'Deel van de antwoorden per score, 1 tot 5, in procenten: {{rows}}.',
    chartTooFew: 'te weinig antwoorden',
  },
  absent: {
    noAnswers: 'Voor deze figuur zijn scores nodig, en in deze ronde zijn nog geen antwoorden vastgelegd.',
    chartFailed: 'Deze grafiek kon niet worden getekend; de cijfers staan in de tabel.',
    notRequested: 'de export is zonder benchmark gemaakt.',
    poolBelowK:
      'de benchmark bevat nog geen {{k}} eerdere metingen met dit model en een score op alle negen bouwstenen, het minimum voor een vergelijking.',
    belowK:
      'de vergelijkingsgroep ({{group}}) telt minder dan {{k}} eerdere metingen met een score op alle negen bouwstenen; een kleinere groep wordt niet getoond, zodat geen organisatie herkenbaar is.',
  },
  warnings: {
    logo_missing:
      'Het logo ontbreekt in de instellingen; de voorpagina heeft daarom geen logo. Kies het opnieuw onder Instellingen.',
    chart_failed: 'Een of meer grafieken konden niet worden getekend; de cijfers staan in de tabellen ernaast.',
    logo_unreadable:
      'Het logo kon niet worden gelezen; de voorpagina heeft daarom geen logo. Kies het logo opnieuw onder Instellingen.',
    logo_unsupported_type: 'Het logo is geen PNG-, JPEG- of SVG-bestand; de voorpagina heeft daarom geen logo.',
  },
};
