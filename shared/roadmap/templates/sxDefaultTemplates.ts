import type { InitiativeTemplate } from '../../frameworks/schema';

/**
 * The initiative templates of `sx-default`: one for each of its 35 elements, written for SX Workbench in
 * Dutch and British English. A suggestion starts from the weakest element of a low block and proposes its
 * template; the consultant adapts it to the client. Impact and effort are on 1–5 (docs/roadmap.md
 * "Priority"), the duration in quarters is what such an initiative usually takes in a mid-sized
 * organisation. Kept apart from the framework file so the stored framework and its checksum stay as they are.
 */
export const SX_DEFAULT_TEMPLATES: InitiativeTemplate[] = [
  // B1 — vision, mission and strategy
  {
    id: 'B1.E1.T1',
    elements: ['B1.E1'],
    shifts: ['S3'],
    title: { nl: 'Hoger doel en visie samen formuleren', en: 'Shape the higher purpose and vision together' },
    description: {
      nl: 'Formuleer met het management, een dwarsdoorsnede van medewerkers en enkele klanten een hoger doel en een visie op wat de organisatie voor klanten wil betekenen. Leg beide vast op één pagina en toets lopende besluiten eraan.',
      en: 'With management, a cross-section of employees and a few customers, put into words a higher purpose and a vision of what the organisation wants to mean for its customers. Capture both on one page and test current decisions against them.',
    },
    impact: 4,
    effort: 2,
    quarters: 2,
    kpi: {
      name: {
        nl: 'Medewerkers die het hogere doel in eigen woorden kunnen uitleggen',
        en: 'Employees who can explain the higher purpose in their own words',
      },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B1.E2.T1',
    elements: ['B1.E2'],
    title: { nl: 'Meerjarenstrategie voor service excellence', en: 'A multi-year service excellence strategy' },
    description: {
      nl: 'Vertaal de visie in een strategie voor drie jaar: welke klantgroepen, welke beleving, welke keuzes tussen efficiëntie en klantnabijheid en welke doelen per jaar. Het managementteam bespreekt haar elk kwartaal.',
      en: 'Turn the vision into a three-year strategy: which customer groups, which experience, which choices between efficiency and closeness to customers, and which goals for each year. The management team reviews it every quarter.',
    },
    impact: 4,
    effort: 3,
    quarters: 2,
    kpi: {
      name: { nl: 'Strategische doelen voor klantbeleving op schema', en: 'Customer experience goals on schedule' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B1.E3.T1',
    elements: ['B1.E3'],
    shifts: ['S2'],
    title: { nl: 'Een klantbelofte die in elk kanaal klopt', en: 'A customer promise kept in every channel' },
    description: {
      nl: 'Beschrijf in concrete, toetsbare zinnen wat klanten mogen verwachten, test de belofte met klanten en medewerkers en ga per kanaal na of ze wordt waargemaakt. Pas processen aan waar dat niet zo is.',
      en: 'Describe in concrete, testable sentences what customers can count on, test the promise with customers and employees, and check channel by channel whether it is kept. Change the processes where it is not.',
    },
    impact: 4,
    effort: 3,
    quarters: 3,
    kpi: {
      name: { nl: 'Klanten die zeggen dat de belofte is nagekomen', en: 'Customers who say the promise was kept' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B1.E4.T1',
    elements: ['B1.E4'],
    title: { nl: 'Visie en strategie vertalen naar teamdoelen', en: 'Translate vision and strategy into team goals' },
    description: {
      nl: 'Laat elk team in een korte sessie uitwerken wat visie en strategie voor het eigen werk betekenen, en leg dat vast in twee of drie teamdoelen die zichtbaar op de agenda staan.',
      en: 'Have each team work out in a short session what the vision and strategy mean for its own work, and capture that in two or three team goals that stay visibly on its agenda.',
    },
    impact: 3,
    effort: 2,
    quarters: 2,
    kpi: {
      name: {
        nl: 'Teams met eigen doelen afgeleid van de strategie',
        en: 'Teams with goals derived from the strategy',
      },
      unit: { nl: '%', en: '%' },
    },
  },

  // B2 — leadership and management commitment
  {
    id: 'B2.E1.T1',
    elements: ['B2.E1'],
    title: { nl: 'Leidinggevenden in de frontlinie', en: 'Managers on the front line' },
    description: {
      nl: 'Elke leidinggevende werkt regelmatig mee in de frontlinie of luistert klantgesprekken mee, en deelt wat hij of zij daar leerde in het eigen team. Zo wordt voorbeeldgedrag zichtbaar en komt het management dichter bij de klant.',
      en: 'Every manager regularly works on the front line or listens in on customer calls, and shares what they learned with their own team. That makes leading by example visible and brings management closer to the customer.',
    },
    impact: 3,
    effort: 1,
    quarters: 2,
    kpi: {
      name: {
        nl: 'Uren per leidinggevende per kwartaal in direct klantcontact',
        en: 'Hours per manager per quarter in direct customer contact',
      },
      unit: { nl: 'uur', en: 'hours' },
    },
  },
  {
    id: 'B2.E2.T1',
    elements: ['B2.E2'],
    title: { nl: 'Klantbeleving als vast agendapunt', en: 'Customer experience as a standing agenda item' },
    description: {
      nl: 'Open elk managementoverleg met klantsignalen: een klachtanalyse, een klantverhaal of een meting. Leg vast welke besluiten daaruit volgen en volg ze op.',
      en: 'Open every management meeting with customer signals: a complaint analysis, a customer story or a measurement. Record the decisions that follow and see them through.',
    },
    impact: 3,
    effort: 1,
    quarters: 1,
    kpi: {
      name: {
        nl: 'Managementoverleggen met een besluit over klantbeleving',
        en: 'Management meetings with a decision on customer experience',
      },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B2.E3.T1',
    elements: ['B2.E3'],
    title: { nl: 'Een vast budget voor klantbeleving', en: 'A dedicated budget for customer experience' },
    description: {
      nl: 'Reserveer in de begroting een herkenbaar budget en capaciteit voor verbeteringen van de klantbeleving, met een eenvoudige manier waarop teams er een beroep op kunnen doen.',
      en: 'Set aside a recognisable budget and capacity for improving the customer experience, with a simple way for teams to draw on it.',
    },
    impact: 4,
    effort: 2,
    quarters: 2,
    kpi: {
      name: {
        nl: 'Deel van het verbeterbudget besteed aan klantbeleving',
        en: 'Share of the improvement budget spent on customer experience',
      },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B2.E4.T1',
    elements: ['B2.E4'],
    shifts: ['S5'],
    title: { nl: 'Leergang coachend leidinggeven', en: 'A coaching leadership programme' },
    description: {
      nl: 'Een leergang voor alle leidinggevenden in coachen, vertrouwen geven en het gesprek over klantgericht gedrag, met intervisie en na afloop feedback van hun teams.',
      en: 'A programme for all managers in coaching, extending trust and talking about customer-oriented behaviour, with peer consultation and feedback from their teams afterwards.',
    },
    impact: 4,
    effort: 4,
    quarters: 3,
    kpi: {
      name: {
        nl: 'Medewerkers die hun leidinggevende als coachend ervaren',
        en: 'Employees who experience their manager as a coach',
      },
      unit: { nl: '%', en: '%' },
    },
  },

  // B3 — service excellence culture
  {
    id: 'B3.E1.T1',
    elements: ['B3.E1'],
    shifts: ['S5'],
    title: {
      nl: 'Drie tot vijf klantwaarden die gedrag sturen',
      en: 'Three to five customer values that guide behaviour',
    },
    description: {
      nl: 'Kies met medewerkers een handvol klantgerichte waarden, maak per waarde concreet welk gedrag erbij hoort en gebruik ze bij werving, beoordeling en in het dagelijkse gesprek.',
      en: 'Choose a handful of customer-oriented values together with employees, make concrete which behaviour goes with each, and use them in hiring, appraisals and everyday conversation.',
    },
    impact: 4,
    effort: 3,
    quarters: 3,
    kpi: {
      name: {
        nl: 'Medewerkers die de waarden herkennen in het dagelijkse werk',
        en: 'Employees who recognise the values in their daily work',
      },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B3.E2.T1',
    elements: ['B3.E2'],
    shifts: ['S5'],
    title: {
      nl: 'Beslisruimte voor medewerkers met klantcontact',
      en: 'Room to decide for employees who serve customers',
    },
    description: {
      nl: 'Geef medewerkers met klantcontact een vaste bevoegdheid, bijvoorbeeld een bedrag of een gebaar, om een klant zonder toestemming vooraf te helpen, en bespreek de voorbeelden elke maand.',
      en: 'Give employees who serve customers a standing authority, such as an amount or a gesture, to help a customer without asking first, and discuss the examples every month.',
    },
    impact: 4,
    effort: 2,
    quarters: 2,
    kpi: {
      name: {
        nl: 'Klantvragen in één keer opgelost zonder escalatie',
        en: 'Customer requests resolved at once without escalation',
      },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B3.E3.T1',
    elements: ['B3.E3'],
    shifts: ['S7'],
    title: { nl: 'Klantteams over de afdelingen heen', en: 'Customer teams across departments' },
    description: {
      nl: 'Stel voor de belangrijkste klantreizen teams samen met mensen uit alle betrokken afdelingen, die samen verantwoordelijk zijn voor de beleving en elke maand hun knelpunten oplossen.',
      en: 'For the key customer journeys, form teams with people from every department involved, jointly responsible for the experience and solving their bottlenecks every month.',
    },
    impact: 4,
    effort: 3,
    quarters: 3,
    kpi: {
      name: {
        nl: 'Overdrachten tussen afdelingen die tot een klacht leiden',
        en: 'Hand-overs between departments that lead to a complaint',
      },
      unit: { nl: 'aantal per maand', en: 'per month' },
    },
  },
  {
    id: 'B3.E4.T1',
    elements: ['B3.E4'],
    title: { nl: 'Servicemomenten delen en fouten bespreken', en: 'Share service moments and discuss mistakes' },
    description: {
      nl: 'Een vast ritme waarin teams elke week een mooi servicemoment delen en een fout bespreken zonder naar schuldigen te zoeken, met een jaarlijkse waardering voor de beste voorbeelden.',
      en: 'A fixed rhythm in which teams share a great service moment every week and discuss a mistake without looking for someone to blame, with a yearly recognition of the best examples.',
    },
    impact: 3,
    effort: 1,
    quarters: 1,
    kpi: {
      name: { nl: 'Gedeelde servicemomenten', en: 'Service moments shared' },
      unit: { nl: 'aantal per maand', en: 'per month' },
    },
  },

  // B4 — employee engagement
  {
    id: 'B4.E1.T1',
    elements: ['B4.E1'],
    title: { nl: 'Selecteren op servicehouding', en: 'Select for service attitude' },
    description: {
      nl: 'Voeg aan de selectie een praktijkopdracht en een gesprek over waarden toe, train de selectiecommissies daarin en laat houding en inlevingsvermogen even zwaar wegen als ervaring.',
      en: 'Add a practical assignment and a conversation about values to selection, train the selection panels in them, and weigh attitude and empathy as heavily as experience.',
    },
    impact: 3,
    effort: 2,
    quarters: 2,
    kpi: {
      name: {
        nl: 'Nieuwe medewerkers die na een jaar nog in dienst zijn',
        en: 'New employees still with us after a year',
      },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B4.E2.T1',
    elements: ['B4.E2'],
    shifts: ['S6'],
    title: {
      nl: 'Ontwikkelprogramma voor empathie en gespreksvaardigheid',
      en: 'A development programme in empathy and conversation skills',
    },
    description: {
      nl: 'Een programma voor medewerkers met klantcontact over inlevingsvermogen, lastige gesprekken en persoonlijke groei, met oefenen op echte situaties en coaching op de werkvloer.',
      en: 'A programme for employees who serve customers on empathy, difficult conversations and personal growth, practising on real situations, with coaching on the job.',
    },
    impact: 4,
    effort: 3,
    quarters: 3,
    kpi: {
      name: { nl: 'Medewerkers die het programma hebben gevolgd', en: 'Employees who completed the programme' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B4.E3.T1',
    elements: ['B4.E3'],
    shifts: ['S5'],
    title: { nl: 'Teams eigenaar maken van hun klanten', en: 'Make teams owners of their customers' },
    description: {
      nl: 'Laat teams stap voor stap zelf hun planning, werkverdeling en verbeteringen organiseren binnen heldere kaders, met een eigen klantdoel en de cijfers om daarop te sturen.',
      en: 'Let teams organise their own planning, division of work and improvements step by step within clear boundaries, with a customer goal of their own and the figures to steer on it.',
    },
    impact: 4,
    effort: 4,
    quarters: 4,
    kpi: {
      name: { nl: 'Teams die zelf op hun klantdoel sturen', en: 'Teams steering on their own customer goal' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B4.E4.T1',
    elements: ['B4.E4'],
    title: { nl: 'Regelmatig luisteren naar medewerkers', en: 'Listen to employees regularly' },
    description: {
      nl: 'Een korte pulsmeting per kwartaal over energie, waardering en werkdruk, in elk team besproken, met afspraken die binnen het kwartaal worden opgevolgd.',
      en: 'A short pulse survey every quarter on energy, appreciation and workload, discussed in every team, with agreements followed up within the quarter.',
    },
    impact: 3,
    effort: 2,
    quarters: 2,
    kpi: {
      name: { nl: 'Bevlogenheid van medewerkers (pulsmeting)', en: 'Employee engagement (pulse survey)' },
      unit: { nl: 'score 1–5', en: 'score 1–5' },
    },
  },

  // B5 — understanding customer needs, expectations and desires
  {
    id: 'B5.E1.T1',
    elements: ['B5.E1'],
    shifts: ['S4'],
    title: { nl: 'Eén luistersysteem over alle kanalen', en: 'One listening system across all channels' },
    description: {
      nl: 'Breng alle bronnen van klantsignalen samen (metingen, contactredenen, sociale media, gesprekken) in één overzicht dat elke week wordt bekeken, en vul dat aan met gesprekken met klanten die zich zelden melden.',
      en: 'Bring every source of customer signals together (surveys, reasons for contact, social media, conversations) in one overview that is looked at every week, and add conversations with customers who seldom get in touch.',
    },
    impact: 5,
    effort: 4,
    quarters: 3,
    kpi: {
      name: { nl: 'Geanalyseerde klantsignalen', en: 'Customer signals analysed' },
      unit: { nl: 'aantal per week', en: 'per week' },
    },
  },
  {
    id: 'B5.E2.T1',
    elements: ['B5.E2'],
    title: {
      nl: 'Behoeften, verwachtingen en wensen per klantgroep',
      en: 'Needs, expectations and desires for each customer group',
    },
    description: {
      nl: 'Onderzoek per klantgroep met interviews en observaties wat klanten nodig hebben, wat ze vanzelfsprekend vinden en waar ze stilletjes op hopen, en leg dat vast in klantprofielen die teams gebruiken.',
      en: 'For each customer group, find out through interviews and observation what customers need, what they take for granted and what they quietly hope for, and record it in customer profiles the teams use.',
    },
    impact: 4,
    effort: 3,
    quarters: 2,
    kpi: {
      name: { nl: 'Klantgroepen met een actueel klantprofiel', en: 'Customer groups with a current profile' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B5.E3.T1',
    elements: ['B5.E3'],
    title: { nl: 'Klachten analyseren op oorzaken', en: 'Analyse complaints for root causes' },
    description: {
      nl: 'Registreer klachten, complimenten en contactredenen op één manier, analyseer ze elke maand op de drie grootste oorzaken en geef elke oorzaak een eigenaar die haar wegneemt.',
      en: 'Record complaints, compliments and reasons for contact in one way, analyse them every month for the three biggest causes, and give each cause an owner who removes it.',
    },
    impact: 4,
    effort: 2,
    quarters: 2,
    kpi: {
      name: { nl: 'Herhaalde klachten over dezelfde oorzaak', en: 'Repeat complaints about the same cause' },
      unit: { nl: 'aantal per kwartaal', en: 'per quarter' },
    },
  },
  {
    id: 'B5.E4.T1',
    elements: ['B5.E4'],
    title: { nl: 'Van klantinzicht naar besluit', en: 'From customer insight to decision' },
    description: {
      nl: "Een vast overleg waarin klantinzichten worden vertaald naar besluiten, met een zichtbare lijst 'u vroeg, wij deden' voor klanten en medewerkers.",
      en: "A standing meeting that turns customer insights into decisions, with a visible 'you asked, we did' list for customers and employees.",
    },
    impact: 4,
    effort: 2,
    quarters: 2,
    kpi: {
      name: { nl: 'Besluiten op basis van klantinzicht', en: 'Decisions based on customer insight' },
      unit: { nl: 'aantal per kwartaal', en: 'per quarter' },
    },
  },
  {
    id: 'B5.E5.T1',
    elements: ['B5.E5'],
    shifts: ['S4'],
    title: { nl: 'Een klantpanel voor cocreatie', en: 'A customer panel for co-creation' },
    description: {
      nl: 'Richt een vast panel van klanten op dat een paar keer per jaar meedenkt over nieuwe diensten en veranderingen, en laat zien wat er met hun inbreng is gedaan.',
      en: 'Set up a standing panel of customers who think along about new services and changes a few times a year, and show what was done with their input.',
    },
    impact: 3,
    effort: 2,
    quarters: 2,
    kpi: {
      name: {
        nl: 'Veranderingen die samen met klanten zijn ontworpen',
        en: 'Changes designed together with customers',
      },
      unit: { nl: 'aantal per jaar', en: 'per year' },
    },
  },

  // B6 — designing and renewing outstanding customer experiences
  {
    id: 'B6.E1.T1',
    elements: ['B6.E1'],
    shifts: ['S2', 'S1'],
    title: { nl: 'Een belevingsconcept uitwerken', en: 'Work out an experience concept' },
    description: {
      nl: 'Beschrijf de gewenste klantbeleving, inclusief wat klanten moeten voelen, en vertaal die naar richtlijnen voor diensten, ruimtes, taal en gedrag. Test het concept met klanten voordat het wordt ingevoerd.',
      en: 'Describe the desired customer experience, including what customers should feel, and translate it into guidelines for services, spaces, language and behaviour. Test the concept with customers before it is introduced.',
    },
    impact: 4,
    effort: 3,
    quarters: 3,
    kpi: {
      name: { nl: 'Klanten die de beoogde beleving herkennen', en: 'Customers who recognise the intended experience' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B6.E2.T1',
    elements: ['B6.E2'],
    shifts: ['S7'],
    title: {
      nl: 'De drie belangrijkste klantreizen herontwerpen',
      en: 'Redesign the three most important customer journeys',
    },
    description: {
      nl: 'Breng de belangrijkste klantreizen samen met klanten in kaart, bepaal de momenten die ertoe doen en ontwerp ze van buiten naar binnen opnieuw, met snelle proeven in de praktijk.',
      en: 'Map the key customer journeys together with customers, pin down the moments that matter and redesign them from the outside in, with quick trials in practice.',
    },
    impact: 5,
    effort: 4,
    quarters: 4,
    kpi: {
      name: { nl: 'Klantwaardering van de herontworpen reizen', en: 'Customer rating of the redesigned journeys' },
      unit: { nl: 'rapportcijfer', en: 'score out of 10' },
    },
  },
  {
    id: 'B6.E3.T1',
    elements: ['B6.E3'],
    shifts: ['S1'],
    title: { nl: 'Persoonlijke service met empathie', en: 'Personal service with empathy' },
    description: {
      nl: 'Geef medewerkers de informatie over de klant en de ruimte om de service af te stemmen op diens situatie, met afspraken over wanneer en hoe ze persoonlijke aandacht geven.',
      en: "Give employees the information about the customer and the room to tailor service to the customer's situation, with agreements on when and how they give personal attention.",
    },
    impact: 4,
    effort: 3,
    quarters: 3,
    kpi: {
      name: { nl: 'Klanten die zich persoonlijk geholpen voelen', en: 'Customers who feel personally helped' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B6.E4.T1',
    elements: ['B6.E4'],
    shifts: ['S1'],
    title: { nl: 'Klanten verrassen', en: 'Surprise customers' },
    description: {
      nl: 'Verzamel met de teams ideeën om klanten positief te verrassen, probeer er elk kwartaal een paar uit, meet het effect en houd vast wat werkt.',
      en: 'Collect ideas with the teams for pleasantly surprising customers, try a few every quarter, measure the effect and keep what works.',
    },
    impact: 3,
    effort: 2,
    quarters: 2,
    kpi: {
      name: {
        nl: 'Verrassende momenten die klanten uit zichzelf noemen',
        en: 'Surprising moments customers mention unprompted',
      },
      unit: { nl: 'aantal per kwartaal', en: 'per quarter' },
    },
  },

  // B7 — service innovation management
  {
    id: 'B7.E1.T1',
    elements: ['B7.E1'],
    shifts: ['S10'],
    title: { nl: 'Een route van idee tot invoering', en: 'A route from idea to implementation' },
    description: {
      nl: 'Richt een eenvoudig innovatieproces in met fasen, beslismomenten en criteria, een overzicht van lopende vernieuwingen en een klein budget om te experimenteren.',
      en: 'Set up a simple innovation process with stages, decision points and criteria, an overview of running innovations and a small budget to experiment with.',
    },
    impact: 4,
    effort: 3,
    quarters: 3,
    kpi: {
      name: { nl: 'Ideeën die binnen zes maanden zijn getest', en: 'Ideas tested within six months' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B7.E2.T1',
    elements: ['B7.E2'],
    shifts: ['S10'],
    title: { nl: 'Verbeteren hoort bij ieders werk', en: "Improvement as part of everyone's job" },
    description: {
      nl: 'Geef elk team een vast moment en een eenvoudig bord om verbeteringen aan te dragen en zelf door te voeren, en nodig klanten en partners uit om ideeën in te brengen.',
      en: 'Give every team a fixed moment and a simple board to propose improvements and carry them out themselves, and invite customers and partners to bring in ideas.',
    },
    impact: 4,
    effort: 2,
    quarters: 2,
    kpi: {
      name: { nl: 'Doorgevoerde verbeteringen per team', en: 'Improvements carried out per team' },
      unit: { nl: 'aantal per kwartaal', en: 'per quarter' },
    },
  },
  {
    id: 'B7.E3.T1',
    elements: ['B7.E3'],
    title: { nl: 'Technologie verkennen voor de klantbeleving', en: 'Explore technology for the customer experience' },
    description: {
      nl: 'Verken twee keer per jaar nieuwe technologie en trends op wat ze klanten opleveren, en test de meest belovende in een kleine proef met echte klanten.',
      en: 'Twice a year, explore new technology and trends for what they offer customers, and test the most promising in a small trial with real customers.',
    },
    impact: 3,
    effort: 3,
    quarters: 3,
    kpi: {
      name: {
        nl: 'Proeven met nieuwe technologie met gemeten klanteffect',
        en: 'Technology trials with a measured customer effect',
      },
      unit: { nl: 'aantal per jaar', en: 'per year' },
    },
  },

  // B8 — experience-related processes and organisational structure
  {
    id: 'B8.E1.T1',
    elements: ['B8.E1'],
    title: { nl: 'Kernprocessen in één keer goed', en: 'Core processes right first time' },
    description: {
      nl: 'Meet voor de kernprocessen en de selfservice hoe vaak ze in één keer goed gaan, pak de grootste faalpunten aan en schrap stappen die klanten niets opleveren.',
      en: 'Measure how often the core processes and self-service get it right first time, tackle the biggest failure points and remove steps that give customers nothing.',
    },
    impact: 5,
    effort: 4,
    quarters: 4,
    kpi: {
      name: { nl: 'Aanvragen in één keer goed afgehandeld', en: 'Requests handled right first time' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B8.E2.T1',
    elements: ['B8.E2'],
    title: { nl: 'Snel en persoonlijk herstel', en: 'Fast and personal service recovery' },
    description: {
      nl: 'Stel een herstelaanpak op met bevoegdheden voor de eerste lijn, een doorlooptijd die klanten merken en een terugbelbelofte, en train iedereen met klantcontact erin.',
      en: 'Draw up a recovery approach with authority for the first line, a turnaround customers notice and a call-back promise, and train everyone who serves customers in it.',
    },
    impact: 4,
    effort: 2,
    quarters: 2,
    kpi: {
      name: { nl: 'Klachten opgelost bij het eerste contact', en: 'Complaints resolved at the first contact' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B8.E3.T1',
    elements: ['B8.E3'],
    shifts: ['S7'],
    title: { nl: 'Eigenaren voor klantreizen', en: 'Owners for customer journeys' },
    description: {
      nl: 'Benoem voor elke belangrijke klantreis een eigenaar met het mandaat om over afdelingen heen te verbeteren, en koppel de processen en cijfers aan die reis.',
      en: 'Appoint an owner for every key customer journey with the mandate to improve across departments, and link the processes and figures to that journey.',
    },
    impact: 4,
    effort: 3,
    quarters: 3,
    kpi: {
      name: { nl: 'Klantreizen met een eigenaar en een reisdoel', en: 'Journeys with an owner and a journey goal' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B8.E4.T1',
    elements: ['B8.E4'],
    shifts: ['S8'],
    title: { nl: 'Partners sturen op de klantbeleving', en: 'Steer partners on the customer experience' },
    description: {
      nl: 'Maak met de partners die klanten raken gezamenlijke afspraken over de beleving, deel klantsignalen met hen en bespreek de resultaten elk kwartaal samen.',
      en: 'Agree joint experience goals with the partners who touch customers, share customer signals with them and review the results together every quarter.',
    },
    impact: 3,
    effort: 3,
    quarters: 3,
    kpi: {
      name: { nl: 'Partners met gezamenlijke belevingsdoelen', en: 'Partners with joint experience goals' },
      unit: { nl: '%', en: '%' },
    },
  },

  // B9 — monitoring service excellence activities and results
  {
    id: 'B9.E1.T1',
    elements: ['B9.E1'],
    shifts: ['S9'],
    title: { nl: 'Een integraal dashboard', en: 'An integral dashboard' },
    description: {
      nl: 'Stel een beperkte set indicatoren samen over klanten, medewerkers, processen en financiën, met per indicator een vaste bron en een eigenaar, in plaats van te sturen op één cijfer.',
      en: 'Put together a small set of indicators covering customers, employees, processes and finances, each with a fixed source and an owner, instead of steering on a single score.',
    },
    impact: 4,
    effort: 3,
    quarters: 2,
    kpi: {
      name: { nl: 'Indicatoren met een eigenaar en een doel', en: 'Indicators with an owner and a goal' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B9.E2.T1',
    elements: ['B9.E2'],
    title: { nl: 'Een vaste verbetercyclus', en: 'A fixed improvement cycle' },
    description: {
      nl: 'Bespreek de resultaten elk kwartaal op alle niveaus volgens dezelfde cyclus van meten, begrijpen, bijsturen en borgen, en leg vast welke acties eruit volgen.',
      en: 'Review the results every quarter at every level in the same cycle of measuring, understanding, adjusting and embedding, and record the actions that follow.',
    },
    impact: 4,
    effort: 2,
    quarters: 2,
    kpi: {
      name: { nl: 'Verbeteracties die op tijd zijn afgerond', en: 'Improvement actions completed on time' },
      unit: { nl: '%', en: '%' },
    },
  },
  {
    id: 'B9.E3.T1',
    elements: ['B9.E3'],
    shifts: ['S9'],
    title: { nl: 'Het verband tussen beleving en resultaat', en: 'The link between experience and results' },
    description: {
      nl: 'Onderzoek met de beschikbare gegevens hoe klantbeleving, bevlogenheid van medewerkers en bedrijfsresultaten samenhangen, en gebruik de uitkomst in de businesscase van verbeteringen.',
      en: 'Use the data at hand to find out how customer experience, employee engagement and business results are related, and use the outcome in the business case for improvements.',
    },
    impact: 3,
    effort: 3,
    quarters: 3,
    kpi: {
      name: {
        nl: 'Verbeterplannen met een onderbouwde businesscase',
        en: 'Improvement plans with a sound business case',
      },
      unit: { nl: '%', en: '%' },
    },
  },
];
