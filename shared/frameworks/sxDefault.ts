import type { FrameworkFile } from './schema';

/**
 * The default framework `sx-default`: nine building blocks in four dimensions, 35 elements, five maturity
 * questions per block, the Service Excellence Pyramid and the ten paradigm shifts (docs/domain.md "The model").
 *
 * The structure follows the public outline of the Service Excellence model (CEN/TS 16880, ISO 23592) and the
 * building blocks as taught by De Haan & Thomassen; every description, question and descriptor below is
 * written for SX Workbench. Ids are contracts (docs/file-formats.md "Identifiers"); a changed text is a new version.
 */
export const sxDefault: FrameworkFile = {
  format: 'sxw-framework',
  formatVersion: 1,
  id: 'sx-default',
  version: '1.0.0',
  name: {
    nl: 'SX Workbench-standaardraamwerk voor service excellence',
    en: 'SX Workbench default service excellence framework',
  },
  description: {
    nl: 'Negen bouwstenen in vier dimensies, met 35 onderdelen en vijf volwassenheidsvragen per bouwsteen, opgebouwd volgens het Service Excellence-model (CEN/TS 16880, ISO 23592). Alle teksten zijn voor SX Workbench zelf geschreven.',
    en: 'Nine building blocks in four dimensions, with 35 elements and five maturity questions per block, structured after the Service Excellence model (CEN/TS 16880, ISO 23592). All texts are written for SX Workbench itself.',
  },

  dimensions: [
    {
      id: 'D1',
      name: { nl: 'Leiderschap en strategie', en: 'Leadership and strategy' },
      description: {
        nl: 'De richting die het management kiest: de ambitie voor klanten en de manier waarop leidinggevenden die in de praktijk waarmaken.',
        en: 'The direction management sets: the ambition for customers and the way leaders turn it into everyday practice.',
      },
    },
    {
      id: 'D2',
      name: { nl: 'Cultuur en mensen', en: 'Culture and people' },
      description: {
        nl: 'De waarden, het gedrag en de bevlogenheid van de mensen die de klantbeleving dag in dag uit maken.',
        en: 'The values, behaviour and engagement of the people who create the customer experience day after day.',
      },
    },
    {
      id: 'D3',
      name: { nl: 'Uitzonderlijke klantbelevingen creëren', en: 'Creating outstanding customer experiences' },
      description: {
        nl: 'Klanten door en door begrijpen en de belevingen die zij waarderen ontwerpen, vernieuwen en innoveren.',
        en: 'Understanding customers thoroughly and designing, renewing and innovating the experiences they value.',
      },
    },
    {
      id: 'D4',
      name: { nl: 'Operationele excellentie', en: 'Operational excellence' },
      description: {
        nl: 'De processen, structuur en metingen die ervoor zorgen dat de beoogde beleving betrouwbaar en efficiënt wordt geleverd.',
        en: 'The processes, structure and measurement that make sure the intended experience is delivered reliably and efficiently.',
      },
    },
  ],

  blocks: [
    {
      id: 'B1',
      dimension: 'D1',
      name: {
        nl: 'Visie, missie en strategie voor service excellence',
        en: 'Service excellence vision, mission and strategy',
      },
      purpose: {
        nl: 'Legt vast waarom de organisatie in service wil uitblinken en wat klanten van haar mogen verwachten. Laat zien hoe die ambitie wordt vertaald in keuzes, doelen en prioriteiten.',
        en: 'Sets out why the organisation wants to excel in service and what customers may expect from it. Shows how that ambition is translated into choices, goals and priorities.',
      },
    },
    {
      id: 'B2',
      dimension: 'D1',
      name: {
        nl: 'Leiderschap en betrokkenheid van het management',
        en: 'Leadership and management commitment',
      },
      purpose: {
        nl: 'Gaat over de manier waarop leidinggevenden voorop lopen: met hun eigen voorbeeld, hun aandacht voor klanten, de middelen die ze vrijmaken en de ruimte die ze teams geven.',
        en: 'Looks at how managers lead the way: through their own example, their attention to customers, the resources they free up and the room they give their teams.',
      },
    },
    {
      id: 'B3',
      dimension: 'D2',
      name: { nl: 'Cultuur van service excellence', en: 'Service excellence culture' },
      purpose: {
        nl: 'Beschrijft de gedeelde waarden en ongeschreven regels die klantgericht gedrag in de hele organisatie vanzelfsprekend maken.',
        en: 'Covers the shared values and unwritten rules that make customer-oriented behaviour the natural thing to do throughout the organisation.',
      },
    },
    {
      id: 'B4',
      dimension: 'D2',
      name: { nl: 'Betrokkenheid van medewerkers', en: 'Employee engagement' },
      purpose: {
        nl: 'Gaat over het werven, ontwikkelen en betrekken van medewerkers, zodat ze zelf enthousiast zijn en klanten enthousiast kunnen maken.',
        en: 'Concerns hiring, developing and involving employees so that they are enthusiastic themselves and able to make customers enthusiastic.',
      },
    },
    {
      id: 'B5',
      dimension: 'D3',
      name: {
        nl: 'Klantbehoeften, -verwachtingen en -wensen begrijpen',
        en: 'Understanding customer needs, expectations and desires',
      },
      purpose: {
        nl: 'Draait om klanten echt kennen: continu luisteren, begrijpen wat ze nodig hebben, verwachten en stiekem hopen, en daar iets mee doen.',
        en: 'Is about knowing customers deeply: listening continuously, understanding what they need, expect and quietly hope for, and acting on it.',
      },
    },
    {
      id: 'B6',
      dimension: 'D3',
      name: {
        nl: 'Uitzonderlijke klantbelevingen ontwerpen en vernieuwen',
        en: 'Designing and renewing outstanding customer experiences',
      },
      purpose: {
        nl: 'Vertaalt klantinzicht naar bewust ontworpen belevingen en klantreizen, van een betrouwbare basis tot persoonlijke aandacht en verrassing. Houdt die belevingen actueel.',
        en: 'Turns customer insight into deliberately designed experiences and journeys, from reliable basics to personal attention and surprise. Keeps those experiences up to date.',
      },
    },
    {
      id: 'B7',
      dimension: 'D3',
      name: { nl: 'Management van service-innovatie', en: 'Service innovation management' },
      purpose: {
        nl: 'Beschrijft hoe de organisatie gestructureerd nieuwe en betere diensten ontwikkelt, met ideeën van medewerkers, klanten en partners.',
        en: 'Describes how the organisation develops new and better services in a structured way, drawing on ideas from employees, customers and partners.',
      },
    },
    {
      id: 'B8',
      dimension: 'D4',
      name: {
        nl: 'Belevingsgerelateerde processen en organisatiestructuur beheersen',
        en: 'Managing experience-related processes and organisational structure',
      },
      purpose: {
        nl: 'Zorgt ervoor dat processen, organisatiestructuur en partners de beoogde beleving betrouwbaar leveren, ook het herstel als er iets misgaat.',
        en: 'Makes sure that processes, organisational structure and partners reliably deliver the intended experience, including recovery when something goes wrong.',
      },
    },
    {
      id: 'B9',
      dimension: 'D4',
      name: {
        nl: 'Activiteiten en resultaten van service excellence monitoren',
        en: 'Monitoring service excellence activities and results',
      },
      purpose: {
        nl: 'Gaat over hoe de organisatie de activiteiten en resultaten van service excellence meet, en die metingen gebruikt om te leren en bij te sturen.',
        en: 'Covers how the organisation measures the activities and results of service excellence, and uses those measurements to learn and adjust course.',
      },
    },
  ],

  elements: [
    // B1 — vision, mission and strategy (4)
    {
      id: 'B1.E1',
      block: 'B1',
      name: { nl: 'Hoger doel en visie', en: 'Higher purpose and vision' },
      description: {
        nl: 'Een doel dat verder reikt dan winst, en een vastgelegde visie op wat de organisatie voor haar klanten wil betekenen.',
        en: 'A purpose that reaches beyond profit, and a written vision of what the organisation wants to mean for its customers.',
      },
    },
    {
      id: 'B1.E2',
      block: 'B1',
      name: { nl: 'Strategie voor service excellence', en: 'Service excellence strategy' },
      description: {
        nl: 'Keuzes, doelen en prioriteiten die de visie omzetten in een meerjarenplan, met oog voor zowel efficiëntie als klantnabijheid.',
        en: 'Choices, goals and priorities that turn the vision into a multi-year plan, balancing efficiency with closeness to customers.',
      },
    },
    {
      id: 'B1.E3',
      block: 'B1',
      name: { nl: 'Belofte aan de klant', en: 'Customer promise' },
      description: {
        nl: 'Een concrete beschrijving van wat klanten van de dienstverlening mogen verwachten, die in elk kanaal wordt waargemaakt.',
        en: 'A concrete description of what customers can count on from the service, honoured in every channel.',
      },
    },
    {
      id: 'B1.E4',
      block: 'B1',
      name: { nl: 'Doorvertaling en communicatie', en: 'Translation and communication' },
      description: {
        nl: 'Visie en strategie zijn per team vertaald naar eigen doelen en in begrijpelijke taal uitgelegd aan medewerkers en partners.',
        en: 'Vision and strategy are translated into goals for each team and explained to employees and partners in plain terms.',
      },
    },

    // B2 — leadership and management commitment (4)
    {
      id: 'B2.E1',
      block: 'B2',
      name: { nl: 'Voorbeeldgedrag', en: 'Leading by example' },
      description: {
        nl: 'Leidinggevenden laten zichtbaar het gewenste servicegedrag zien, ook in hun eigen contact met klanten en medewerkers.',
        en: 'Managers visibly show the service behaviour they ask for, including in their own contact with customers and employees.',
      },
    },
    {
      id: 'B2.E2',
      block: 'B2',
      name: { nl: 'De klant op de managementagenda', en: 'The customer on the management agenda' },
      description: {
        nl: 'Klantbeleving is een vast onderwerp in het managementoverleg en leidt daar tot besluiten.',
        en: 'Customer experience is a standing topic in management meetings and leads to decisions there.',
      },
    },
    {
      id: 'B2.E3',
      block: 'B2',
      name: { nl: 'Middelen en prioriteit', en: 'Resources and priority' },
      description: {
        nl: 'Het management maakt tijd, geld en mensen vrij voor service excellence, ook als het budget krap is.',
        en: 'Management frees up time, money and people for service excellence, also when budgets are tight.',
      },
    },
    {
      id: 'B2.E4',
      block: 'B2',
      name: { nl: 'Coachend leiderschap', en: 'Coaching leadership' },
      description: {
        nl: 'Leidinggevenden coachen en geven teams ruimte om voor de klant te beslissen, in plaats van te sturen op controle en regels.',
        en: 'Managers coach and give teams room to decide for the customer, instead of steering through control and rules.',
      },
    },

    // B3 — service excellence culture (4)
    {
      id: 'B3.E1',
      block: 'B3',
      name: { nl: 'Gedeelde waarden', en: 'Shared values' },
      description: {
        nl: 'Een klein aantal klantgerichte waarden dat gedrag sterker stuurt dan regels en procedures.',
        en: 'A small set of customer-oriented values that guides behaviour more strongly than rules and procedures do.',
      },
    },
    {
      id: 'B3.E2',
      block: 'B3',
      name: { nl: 'Ruimte om het goede te doen', en: 'Room to do the right thing' },
      description: {
        nl: 'Medewerkers krijgen het vertrouwen en de bevoegdheid om van de standaard af te wijken als de klant daarmee geholpen is.',
        en: 'Employees are trusted and authorised to depart from the standard procedure when that helps the customer.',
      },
    },
    {
      id: 'B3.E3',
      block: 'B3',
      name: { nl: 'Eén team voor de klant', en: 'One team for the customer' },
      description: {
        nl: 'Afdelingen werken over grenzen heen samen en zien elkaar als partners in het helpen van de klant.',
        en: 'Departments work together across boundaries and see each other as partners in helping the customer.',
      },
    },
    {
      id: 'B3.E4',
      block: 'B3',
      name: { nl: 'Leren en vieren', en: 'Learning and celebrating' },
      description: {
        nl: 'Fouten worden open besproken om ervan te leren, en mooie servicemomenten worden gedeeld en gevierd.',
        en: 'Mistakes are discussed openly so that people learn from them, and great service moments are shared and celebrated.',
      },
    },

    // B4 — employee engagement (4)
    {
      id: 'B4.E1',
      block: 'B4',
      name: { nl: 'Werven op servicehouding', en: 'Hiring for service attitude' },
      description: {
        nl: 'Bij selectie tellen houding, inlevingsvermogen en passende waarden even zwaar als kennis en ervaring.',
        en: 'Selection weighs attitude, empathy and matching values as heavily as knowledge and experience.',
      },
    },
    {
      id: 'B4.E2',
      block: 'B4',
      name: { nl: 'Ontwikkeling van de hele mens', en: 'Developing the whole person' },
      description: {
        nl: 'Ontwikkeling besteedt aandacht aan empathie, gespreksvaardigheid en persoonlijke groei, niet alleen aan vakkennis en procedures.',
        en: 'Development pays attention to empathy, conversation skills and personal growth, not only to technical knowledge and procedures.',
      },
    },
    {
      id: 'B4.E3',
      block: 'B4',
      name: { nl: 'Eigenaarschap en zelforganisatie', en: 'Ownership and self-organisation' },
      description: {
        nl: 'Teams dragen verantwoordelijkheid voor hun klanten en organiseren hun eigen werk binnen heldere kaders.',
        en: 'Teams take responsibility for their customers and organise their own work within clear boundaries.',
      },
    },
    {
      id: 'B4.E4',
      block: 'B4',
      name: { nl: 'Bevlogenheid, waardering en welzijn', en: 'Engagement, appreciation and wellbeing' },
      description: {
        nl: 'De organisatie luistert naar medewerkers, toont waardering en let op hun energie en welzijn.',
        en: 'The organisation listens to employees, shows appreciation and looks after their energy and wellbeing.',
      },
    },

    // B5 — understanding customer needs, expectations and desires (5)
    {
      id: 'B5.E1',
      block: 'B5',
      name: { nl: 'Continu luisteren', en: 'Continuous listening' },
      description: {
        nl: 'Klantsignalen worden doorlopend via meerdere kanalen opgehaald, breder dan de periodieke enquête en inclusief klanten die zich niet melden.',
        en: 'Customer signals are gathered continuously through several channels, beyond the periodic survey and including customers who never get in touch.',
      },
    },
    {
      id: 'B5.E2',
      block: 'B5',
      name: { nl: 'Behoeften, verwachtingen en wensen in kaart', en: 'Needs, expectations and desires mapped' },
      description: {
        nl: 'Per klantgroep is bekend wat klanten nodig hebben, wat ze vanzelfsprekend vinden en waar ze stilletjes op hopen.',
        en: 'For each customer group the organisation knows what customers need, what they take for granted and what they quietly hope for.',
      },
    },
    {
      id: 'B5.E3',
      block: 'B5',
      name: { nl: 'Leren van klachten en feedback', en: 'Learning from complaints and feedback' },
      description: {
        nl: 'Klachten, complimenten en contactredenen worden geanalyseerd op oorzaken en trends.',
        en: 'Complaints, compliments and reasons for contact are analysed for root causes and trends.',
      },
    },
    {
      id: 'B5.E4',
      block: 'B5',
      name: { nl: 'Van inzicht naar besluit', en: 'From insight to decision' },
      description: {
        nl: 'Klantinzichten worden breed gedeeld en leiden zichtbaar tot besluiten en veranderingen.',
        en: 'Customer insights are shared widely and visibly lead to decisions and changes.',
      },
    },
    {
      id: 'B5.E5',
      block: 'B5',
      name: { nl: 'Dialoog en cocreatie', en: 'Dialogue and co-creation' },
      description: {
        nl: 'Klanten worden uitgenodigd om mee te denken in gesprekken, panels en cocreatiesessies.',
        en: 'Customers are invited to think along in conversations, panels and co-creation sessions.',
      },
    },

    // B6 — designing and renewing outstanding customer experiences (4)
    {
      id: 'B6.E1',
      block: 'B6',
      name: { nl: 'Belevingsconcept', en: 'Experience concept' },
      description: {
        nl: 'Een uitgewerkte gewenste klantbeleving, inclusief de gevoelens die klanten moeten ervaren, die richting geeft aan diensten, ruimtes en communicatie.',
        en: 'A worked-out desired customer experience, including the feelings customers should have, that guides services, spaces and communication.',
      },
    },
    {
      id: 'B6.E2',
      block: 'B6',
      name: { nl: 'Klantreizen ontwerpen', en: 'Designing customer journeys' },
      description: {
        nl: 'De belangrijkste klantreizen zijn vanuit de klant in kaart gebracht, met de momenten die er het meest toe doen, en van buiten naar binnen ingericht.',
        en: "The key customer journeys are mapped from the customer's side, with the moments that matter most, and designed from the outside in.",
      },
    },
    {
      id: 'B6.E3',
      block: 'B6',
      name: { nl: 'Persoonlijke service met empathie', en: 'Personal service with empathy' },
      description: {
        nl: 'De dienstverlening wordt afgestemd op de situatie, geschiedenis en gevoelens van de individuele klant.',
        en: "Service is tailored to the individual customer's situation, history and feelings.",
      },
    },
    {
      id: 'B6.E4',
      block: 'B6',
      name: { nl: 'Verrassen en vernieuwen', en: 'Surprising and renewing' },
      description: {
        nl: 'Belevingen worden regelmatig vernieuwd, en er is ruimte om klanten te verrassen met meer dan ze verwachtten.',
        en: 'Experiences are renewed regularly, and there is room to surprise customers with more than they expected.',
      },
    },

    // B7 — service innovation management (3)
    {
      id: 'B7.E1',
      block: 'B7',
      name: { nl: 'Gestructureerd innovatieproces', en: 'Structured innovation process' },
      description: {
        nl: 'Een heldere route van idee tot invoering, met criteria, een overzicht van lopende vernieuwingen en tijd en geld om te experimenteren.',
        en: 'A clear route from idea to implementation, with criteria, an overview of running innovations, and time and money to experiment.',
      },
    },
    {
      id: 'B7.E2',
      block: 'B7',
      name: { nl: 'Verbeteren en innoveren door iedereen', en: 'Improvement and innovation by everyone' },
      description: {
        nl: 'Medewerkers, klanten en partners dragen ideeën aan, en verbeteren hoort bij ieders dagelijkse werk in plaats van bij een project.',
        en: "Employees, customers and partners contribute ideas, and improving is part of everyone's daily work rather than a project.",
      },
    },
    {
      id: 'B7.E3',
      block: 'B7',
      name: { nl: 'Technologie en trends', en: 'Technology and trends' },
      description: {
        nl: 'Nieuwe technologie en trends worden verkend en getest op wat ze de klantbeleving opleveren.',
        en: 'New technology and trends are explored and tested for what they add to the customer experience.',
      },
    },

    // B8 — experience-related processes and organisational structure (4)
    {
      id: 'B8.E1',
      block: 'B8',
      name: { nl: 'Betrouwbare basisprocessen', en: 'Reliable core processes' },
      description: {
        nl: 'Kernprocessen en digitale selfservice leveren in één keer goed wat beloofd is, zo efficiënt mogelijk zonder dat de beleving eronder lijdt.',
        en: 'Core processes and digital self-service deliver what was promised, right first time, as efficiently as possible without harming the experience.',
      },
    },
    {
      id: 'B8.E2',
      block: 'B8',
      name: { nl: 'Klachtafhandeling en herstel', en: 'Complaint handling and service recovery' },
      description: {
        nl: 'Klachten en fouten worden snel, persoonlijk en tot tevredenheid van de klant opgelost, het liefst bij het eerste contact.',
        en: "Complaints and failures are resolved quickly, personally and to the customer's satisfaction, preferably at the first contact.",
      },
    },
    {
      id: 'B8.E3',
      block: 'B8',
      name: {
        nl: 'Klantreiseigenaarschap en klantgerichte structuur',
        en: 'Journey ownership and customer-centred structure',
      },
      description: {
        nl: 'Elke klantreis heeft een eigenaar, processen zijn aan klantreizen gekoppeld en de structuur is rond klantgroepen georganiseerd.',
        en: 'Each customer journey has an owner, processes are linked to journeys, and the structure is organised around customer groups.',
      },
    },
    {
      id: 'B8.E4',
      block: 'B8',
      name: { nl: 'Partners in de keten', en: 'Partners in the chain' },
      description: {
        nl: 'Leveranciers en partners die de klantbeleving raken, worden als partner gekozen en aangestuurd, met gedeelde doelen voor de beleving.',
        en: 'Suppliers and partners who affect the customer experience are chosen and managed as partners, with shared goals for that experience.',
      },
    },

    // B9 — monitoring service excellence activities and results (3)
    {
      id: 'B9.E1',
      block: 'B9',
      name: { nl: 'Integrale set indicatoren', en: 'Integral set of indicators' },
      description: {
        nl: 'Een evenwichtige set indicatoren over klanten, medewerkers, processen en financiën, in plaats van sturen op één cijfer.',
        en: 'A balanced set of indicators covering customers, employees, processes and finances, instead of steering on a single score.',
      },
    },
    {
      id: 'B9.E2',
      block: 'B9',
      name: { nl: 'Evaluatie- en verbetercyclus', en: 'Review and improvement cycle' },
      description: {
        nl: 'Resultaten worden op vaste momenten besproken en leiden tot bijstelling van plannen en activiteiten.',
        en: 'Results are reviewed at fixed moments and lead to adjustments of plans and activities.',
      },
    },
    {
      id: 'B9.E3',
      block: 'B9',
      name: { nl: 'Beleving gekoppeld aan resultaten', en: 'Experience linked to results' },
      description: {
        nl: 'Het verband tussen klantbeleving, bevlogenheid van medewerkers en bedrijfsresultaten wordt onderzocht en zichtbaar gemaakt.',
        en: 'The link between customer experience, employee engagement and business results is analysed and made visible.',
      },
    },
  ],

  questions: [
    // B1
    {
      id: 'B1.Q1',
      element: 'B1.E1',
      text: {
        nl: 'Onze organisatie heeft een vastgelegd hoger doel dat verder gaat dan financiële doelen, en de meeste medewerkers kunnen in eigen woorden uitleggen wat dat voor klanten betekent.',
        en: 'Our organisation has a written purpose that goes beyond financial targets, and most employees can explain in their own words what it means for customers.',
      },
    },
    {
      id: 'B1.Q2',
      element: 'B1.E2',
      text: {
        nl: 'Service excellence staat expliciet in onze meerjarenstrategie, met benoemde doelen, prioriteiten en een eigen budget.',
        en: 'Service excellence is an explicit part of our multi-year strategy, with named goals, priorities and a budget of its own.',
      },
    },
    {
      id: 'B1.Q3',
      element: 'B1.E3',
      pyramidLevel: 'L1',
      text: {
        nl: 'We hebben concreet beschreven wat klanten van ons mogen verwachten (zoals reactietijden, bereikbaarheid en het nakomen van afspraken) en controleren maandelijks of we die beloften waarmaken.',
        en: 'We have described concretely what customers may expect from us (such as response times, availability and keeping appointments) and check every month whether we keep those promises.',
      },
    },
    {
      id: 'B1.Q4',
      element: 'B1.E4',
      text: {
        nl: 'Elk team heeft de servicestrategie vertaald naar eigen doelen en kan laten zien hoe zijn werk bijdraagt aan de klantbeleving.',
        en: 'Every team has translated the service strategy into goals of its own and can show how its work contributes to the customer experience.',
      },
    },
    {
      id: 'B1.Q5',
      element: 'B1.E2',
      text: {
        nl: 'Bij grote beslissingen (investeringen, bezuinigingen, nieuwe producten) wegen we vooraf expliciet mee wat het effect is op de klantbeleving.',
        en: 'Before major decisions (investments, cost savings, new products) we explicitly weigh their effect on the customer experience.',
      },
    },

    // B2
    {
      id: 'B2.Q1',
      element: 'B2.E1',
      text: {
        nl: 'Leden van het managementteam zijn minstens eens per kwartaal bij klanten of in de frontlinie (meeluisteren, op bezoek gaan, zelf klanten helpen) en delen wat ze daar geleerd hebben.',
        en: 'Members of the management team spend time with customers or at the front line at least once a quarter (listening in, visiting, serving customers themselves) and share what they learned.',
      },
    },
    {
      id: 'B2.Q2',
      element: 'B2.E2',
      text: {
        nl: 'Klantbeleving is een vast agendapunt van het managementteam, en elke bespreking levert minstens één besluit of actie met een eigenaar op.',
        en: "Customer experience is a standing item on the management team's agenda, and every discussion produces at least one decision or action with an owner.",
      },
    },
    {
      id: 'B2.Q3',
      element: 'B2.E3',
      text: {
        nl: 'Verbeteringen die klanten merken, krijgen budget en mensen toegewezen, ook als de kosten onder druk staan.',
        en: 'Improvements that customers will notice are given budget and people, even when costs are under pressure.',
      },
    },
    {
      id: 'B2.Q4',
      element: 'B2.E4',
      text: {
        nl: 'Leidinggevenden voeren regelmatig coachende gesprekken over hoe medewerkers klanten helpen, in plaats van alleen productiecijfers te controleren.',
        en: 'Managers regularly hold coaching conversations about how employees help customers, rather than only checking output figures.',
      },
    },
    {
      id: 'B2.Q5',
      element: 'B2.E1',
      text: {
        nl: 'Als er voor een klant iets misgaat, vragen leidinggevenden eerst wat de klant nodig heeft en wat we ervan kunnen leren, niet wie de schuldige is.',
        en: 'When something goes wrong for a customer, managers first ask what the customer needs and what we can learn from it, not who is to blame.',
      },
    },

    // B3
    {
      id: 'B3.Q1',
      element: 'B3.E1',
      text: {
        nl: 'Onze servicewaarden leven in de praktijk: bij werving, beoordeling en in het teamoverleg bespreken we voorbeelden van hoe ze ons gedrag sturen.',
        en: 'Our service values are alive in practice: in hiring, appraisals and team meetings we discuss examples of how they guide our behaviour.',
      },
    },
    {
      id: 'B3.Q2',
      element: 'B3.E2',
      pyramidLevel: 'L2',
      text: {
        nl: 'Medewerkers in de frontlinie mogen het probleem van een klant direct oplossen tot een afgesproken bedrag of uitzondering, zonder eerst toestemming te vragen.',
        en: "Front-line employees may solve a customer's problem on the spot up to an agreed amount or exception, without first asking for approval.",
      },
    },
    {
      id: 'B3.Q3',
      element: 'B3.E3',
      text: {
        nl: 'Raakt de vraag van een klant meerdere afdelingen, dan neemt één medewerker het eigenaarschap en helpen de anderen mee zonder de klant door te sturen.',
        en: "When a customer's request involves several departments, one employee takes ownership and the others help without passing the customer on.",
      },
    },
    {
      id: 'B3.Q4',
      element: 'B3.E4',
      text: {
        nl: 'Teams bespreken fouten in de dienstverlening open en zonder schuldvraag, en leggen vast wat ze daardoor anders gaan doen.',
        en: 'Teams discuss service failures openly and without blame, and record what they will do differently as a result.',
      },
    },
    {
      id: 'B3.Q5',
      element: 'B3.E4',
      pyramidLevel: 'L4',
      text: {
        nl: 'Verhalen over medewerkers die een klant positief verrasten, worden minstens maandelijks verzameld en gedeeld, en de betrokkenen krijgen daar erkenning voor.',
        en: 'Stories of employees who positively surprised a customer are collected and shared at least monthly, and the people involved are given recognition for it.',
      },
    },

    // B4
    {
      id: 'B4.Q1',
      element: 'B4.E1',
      pyramidLevel: 'L3',
      text: {
        nl: 'Bij elke selectie voor een functie met klantcontact toetsen we servicehouding en inlevingsvermogen expliciet, bijvoorbeeld met een rollenspel of een echte klantsituatie.',
        en: 'In every selection for a customer-facing role we explicitly test service attitude and empathy, for example with a role play or a real customer situation.',
      },
    },
    {
      id: 'B4.Q2',
      element: 'B4.E2',
      pyramidLevel: 'L3',
      text: {
        nl: 'Iedere medewerker met klantcontact krijgt minstens eens per jaar training en coaching on the job in luisteren, empathie en omgaan met emoties.',
        en: 'Every employee with customer contact receives training and on-the-job coaching in listening, empathy and handling emotions at least once a year.',
      },
    },
    {
      id: 'B4.Q3',
      element: 'B4.E2',
      text: {
        nl: 'In ontwikkelgesprekken komen persoonlijke doelen, energie en talenten aan bod, en niet alleen de competenties die de functie vraagt.',
        en: 'Development conversations cover personal goals, energy and talents, not only the competences the job requires.',
      },
    },
    {
      id: 'B4.Q4',
      element: 'B4.E3',
      text: {
        nl: 'Teams plannen hun eigen werk, stellen hun eigen verbeterdoelen en zijn aanspreekbaar op de klantresultaten van hun eigen klantgroep.',
        en: 'Teams plan their own work, set their own improvement goals and are accountable for the customer results of their own customer group.',
      },
    },
    {
      id: 'B4.Q5',
      element: 'B4.E4',
      text: {
        nl: 'We meten minstens jaarlijks de bevlogenheid van medewerkers, bespreken de uitkomsten in elk team en pakken de belangrijkste punten zichtbaar op.',
        en: 'We measure employee engagement at least yearly, discuss the results in every team and visibly act on the main findings.',
      },
    },

    // B5
    {
      id: 'B5.Q1',
      element: 'B5.E1',
      text: {
        nl: 'Naast enquêtes luisteren we continu naar klanten via minstens drie andere bronnen (zoals gesprekken, reviews, sociale media of opgenomen klantgesprekken) en hebben we ook klanten in beeld die nooit contact opnemen.',
        en: 'Besides surveys, we listen to customers continuously through at least three other sources (such as conversations, reviews, social media or recorded calls) and also keep track of customers who never get in touch.',
      },
    },
    {
      id: 'B5.Q2',
      element: 'B5.E2',
      text: {
        nl: 'Per belangrijke klantgroep hebben we vastgelegd wat de basisverwachtingen zijn, wat het verschil maakt en welke wensen klanten zelden uitspreken, en we werken dat minstens eens per jaar bij.',
        en: 'For each main customer group we have recorded the basic expectations, what makes the difference and which wishes customers rarely voice, and we update this at least once a year.',
      },
    },
    {
      id: 'B5.Q3',
      element: 'B5.E3',
      pyramidLevel: 'L2',
      text: {
        nl: 'Klachten worden op één plek geregistreerd en maandelijks op oorzaken geanalyseerd; elke structurele oorzaak krijgt een eigenaar die haar oplost.',
        en: 'Complaints are recorded in one place and analysed monthly for root causes; every structural cause gets an owner who removes it.',
      },
    },
    {
      id: 'B5.Q4',
      element: 'B5.E4',
      text: {
        nl: 'Elk team bespreekt minstens maandelijks wat klanten ons hebben verteld en verandert daardoor minstens één ding.',
        en: 'Every team discusses at least monthly what customers told us and changes at least one thing as a result.',
      },
    },
    {
      id: 'B5.Q5',
      element: 'B5.E5',
      text: {
        nl: 'Klanten denken mee bij het ontwerpen of testen van nieuwe of gewijzigde diensten, voordat die worden ingevoerd.',
        en: 'Customers help design or test new or changed services before they are launched.',
      },
    },

    // B6
    {
      id: 'B6.Q1',
      element: 'B6.E1',
      text: {
        nl: 'We hebben beschreven welke beleving we klanten willen geven, inclusief de gevoelens die daarbij horen, en gebruiken die beschrijving bij het ontwerpen van diensten, ruimtes en communicatie.',
        en: 'We have described the experience we want to give customers, including the feelings that go with it, and use that description when designing services, spaces and communication.',
      },
    },
    {
      id: 'B6.Q2',
      element: 'B6.E2',
      pyramidLevel: 'L1',
      text: {
        nl: 'Onze belangrijkste klantreizen zijn vanuit de klant in kaart gebracht, inclusief de digitale stappen, en de momenten die voor klanten het zwaarst wegen gaan aantoonbaar goed.',
        en: "Our main customer journeys are mapped from the customer's side, including the digital steps, and the moments that weigh most for customers demonstrably go well.",
      },
    },
    {
      id: 'B6.Q3',
      element: 'B6.E3',
      pyramidLevel: 'L3',
      text: {
        nl: 'Medewerkers zien voor of tijdens een contact de geschiedenis en situatie van de klant, en gebruiken die om hun hulp op die persoon af te stemmen.',
        en: "Before or during a contact, employees can see the customer's history and situation, and use it to tailor their help to that person.",
      },
    },
    {
      id: 'B6.Q4',
      element: 'B6.E4',
      pyramidLevel: 'L4',
      text: {
        nl: 'Elke belangrijke klantreis bevat minstens één bewust ontworpen moment dat klanten positief verrast, en we gaan na of klanten dat ook echt zo ervaren.',
        en: 'Each main customer journey contains at least one deliberately designed moment that positively surprises customers, and we check whether customers actually experience it that way.',
      },
    },
    {
      id: 'B6.Q5',
      element: 'B6.E4',
      text: {
        nl: 'Elke belangrijke klantreis wordt minstens eens per jaar op basis van klantfeedback doorgelicht en vernieuwd.',
        en: 'Every main customer journey is reviewed and renewed at least once a year on the basis of customer feedback.',
      },
    },

    // B7
    {
      id: 'B7.Q1',
      element: 'B7.E1',
      text: {
        nl: 'We hebben een heldere route van idee tot invoering, met afgesproken selectiecriteria waarin klantwaarde zwaar weegt, en een actueel overzicht van lopende vernieuwingen.',
        en: 'We have a clear route from idea to implementation, with agreed selection criteria in which customer value weighs heavily, and an up-to-date overview of running innovations.',
      },
    },
    {
      id: 'B7.Q2',
      element: 'B7.E1',
      text: {
        nl: 'Nieuwe diensten testen we eerst kleinschalig met echte klanten, en op basis van hun ervaring stoppen we ermee of passen we ze aan.',
        en: 'We first test new services on a small scale with real customers, and stop or adjust them based on what those customers experience.',
      },
    },
    {
      id: 'B7.Q3',
      element: 'B7.E2',
      text: {
        nl: 'Elke medewerker kan eenvoudig een verbeteridee indienen, krijgt binnen twee weken een reactie en ziet wat er met het idee gebeurt.',
        en: 'Every employee can easily submit an improvement idea, gets a response within two weeks and can see what happens to the idea.',
      },
    },
    {
      id: 'B7.Q4',
      element: 'B7.E2',
      text: {
        nl: 'Teams besteden een vast deel van hun tijd aan het verbeteren van hun eigen werk, en klanten en partners worden uitgenodigd om ideeën aan te dragen.',
        en: 'Teams spend a fixed share of their time on improving their own work, and customers and partners are invited to contribute ideas.',
      },
    },
    {
      id: 'B7.Q5',
      element: 'B7.E3',
      pyramidLevel: 'L4',
      text: {
        nl: 'We verkennen minstens twee keer per jaar technologie en trends op kansen om klantverwachtingen te overtreffen, en hebben het afgelopen jaar minstens één zo’n vernieuwing ingevoerd.',
        en: 'At least twice a year we scan technology and trends for chances to exceed customer expectations, and in the past year we introduced at least one such innovation.',
      },
    },

    // B8
    {
      id: 'B8.Q1',
      element: 'B8.E1',
      pyramidLevel: 'L1',
      text: {
        nl: 'Voor onze kernprocessen meten we of beloften aan klanten worden nagekomen (op tijd, volledig, in één keer goed), en bij afwijkingen grijpen we binnen een week in.',
        en: 'For our core processes we measure whether promises to customers are kept (on time, complete, right first time), and we act on deviations within a week.',
      },
    },
    {
      id: 'B8.Q2',
      element: 'B8.E1',
      pyramidLevel: 'L1',
      text: {
        nl: 'Klanten kunnen de meest voorkomende zaken foutloos digitaal regelen zonder te hoeven bellen, en we volgen waar ze afhaken.',
        en: 'Customers can handle the most common matters digitally without errors or having to call, and we track where they drop out.',
      },
    },
    {
      id: 'B8.Q3',
      element: 'B8.E2',
      pyramidLevel: 'L2',
      text: {
        nl: 'Klachten worden binnen één werkdag bevestigd en binnen een afgesproken termijn opgelost, en we vragen de klant of die tevreden is met de oplossing.',
        en: 'Complaints are acknowledged within one working day and resolved within an agreed time, and we ask the customer whether they are satisfied with the solution.',
      },
    },
    {
      id: 'B8.Q4',
      element: 'B8.E3',
      text: {
        nl: 'Elke belangrijke klantreis heeft een benoemde eigenaar die de bevoegdheid heeft om de onderliggende processen over afdelingen heen aan te passen.',
        en: 'Every main customer journey has a named owner with the authority to change the underlying processes across departments.',
      },
    },
    {
      id: 'B8.Q5',
      element: 'B8.E4',
      text: {
        nl: 'In de afspraken met leveranciers en partners die met onze klanten te maken hebben, staan doelen voor de klantbeleving, en die evalueren we minstens twee keer per jaar samen.',
        en: 'Agreements with suppliers and partners who deal with our customers include customer-experience goals, which we review together at least twice a year.',
      },
    },

    // B9
    {
      id: 'B9.Q1',
      element: 'B9.E1',
      text: {
        nl: 'Ons dashboard combineert klant-, medewerkers-, proces- en financiële indicatoren, en geen enkel cijfer (zoals de NPS) is een doel op zich.',
        en: 'Our dashboard combines customer, employee, process and financial indicators, and no single score (such as NPS) is a target in its own right.',
      },
    },
    {
      id: 'B9.Q2',
      element: 'B9.E1',
      pyramidLevel: 'L2',
      text: {
        nl: 'We volgen maandelijks de resultaten van onze klachtafhandeling (snelheid, oplossing bij het eerste contact, tevredenheid over de afhandeling) en leggen die naast onze eigen normen.',
        en: 'Every month we track the results of our complaint handling (speed, resolution at first contact, satisfaction with the handling) and compare them with our own standards.',
      },
    },
    {
      id: 'B9.Q3',
      element: 'B9.E2',
      text: {
        nl: 'Minstens elk kwartaal bespreekt het managementteam de voortgang van de service-excellenceactiviteiten en stuurt het de plannen bij op basis van de resultaten.',
        en: 'At least every quarter the management team reviews the progress of service excellence activities and adjusts plans based on the results.',
      },
    },
    {
      id: 'B9.Q4',
      element: 'B9.E2',
      text: {
        nl: 'Teams zien minstens wekelijks hun eigen klant- en procesresultaten en gebruiken die om te beslissen welke verbeteringen ze oppakken.',
        en: 'Teams see their own customer and process results at least weekly and use them to decide which improvements to take on.',
      },
    },
    {
      id: 'B9.Q5',
      element: 'B9.E3',
      text: {
        nl: 'We hebben onderzocht hoe klantbeleving samenhangt met loyaliteit, omzet of kosten, en gebruiken die uitkomsten om investeringen in service te onderbouwen.',
        en: 'We have analysed how customer experience relates to loyalty, revenue or costs, and use those findings to justify investments in service.',
      },
    },
  ],

  scale: [
    {
      score: 1,
      label: { nl: 'Niet aanwezig', en: 'Not in place' },
      descriptor: {
        nl: 'Er is geen aanpak; als het al gebeurt, is dat toeval.',
        en: 'There is no approach; if it happens at all, it is by chance.',
      },
    },
    {
      score: 2,
      label: { nl: 'Ad hoc', en: 'Ad hoc' },
      descriptor: {
        nl: 'Enkele mensen of teams doen het uit eigen beweging, zonder gezamenlijke afspraken.',
        en: 'Some people or teams do it on their own initiative, without shared agreements.',
      },
    },
    {
      score: 3,
      label: { nl: 'Vastgelegd en deels toegepast', en: 'Defined and partly applied' },
      descriptor: {
        nl: 'Er is een afgesproken en vastgelegde aanpak, die in een deel van de organisatie wordt toegepast.',
        en: 'An agreed approach is written down and applied in part of the organisation.',
      },
    },
    {
      score: 4,
      label: { nl: 'Overal toegepast en geëvalueerd', en: 'Applied throughout and reviewed' },
      descriptor: {
        nl: 'De aanpak wordt in de hele organisatie toegepast en op vaste momenten geëvalueerd.',
        en: 'The approach is applied across the whole organisation and reviewed at fixed moments.',
      },
    },
    {
      score: 5,
      label: { nl: 'Verankerd, gemeten en verbeterd', en: 'Embedded, measured and improved' },
      descriptor: {
        nl: 'De aanpak is vanzelfsprekend deel van het werk; het effect wordt gemeten en op basis daarvan verbeterd, zodat anderen van ons kunnen leren.',
        en: 'The approach is a natural part of the work; its effect is measured and improved on that basis, so that others can learn from us.',
      },
    },
  ],
  notApplicable: { nl: 'Niet van toepassing / weet niet', en: "Not applicable / don't know" },

  pyramid: [
    {
      id: 'L1',
      rank: 1,
      name: { nl: 'Standaard servicepropositie', en: 'Standard service proposition' },
      description: {
        nl: 'De basis is op orde: de uitgesproken en vanzelfsprekende verwachtingen van de kerndienst worden waargemaakt, beloften en afspraken worden nagekomen en de digitale dienstverlening werkt zonder haperen.',
        en: 'The basics are right: the stated and unspoken expectations of the core service are met, promises and appointments are kept, and digital services work without a hitch.',
      },
    },
    {
      id: 'L2',
      rank: 2,
      name: { nl: 'Excellente klachtafhandeling', en: 'Excellent complaint handling' },
      description: {
        nl: 'Gaat er toch iets mis, dan wordt de klacht goed, snel en naar tevredenheid van de klant opgelost en wordt de oorzaak weggenomen. Samen met niveau 1 levert dit tevreden klanten op (een rapportcijfer van ongeveer 7 tot net onder de 8).',
        en: "When something does go wrong, the complaint is resolved well, quickly and to the customer's satisfaction, and its cause is removed. Together with level 1 this produces satisfied customers (a grade of about 7 to just under 8).",
      },
    },
    {
      id: 'L3',
      rank: 3,
      name: { nl: 'Individuele service', en: 'Individual service' },
      description: {
        nl: 'Klanten worden als persoon benaderd: met empathie, warmte en aandacht, en met service die is afgestemd op hun eigen situatie.',
        en: 'Customers are approached as individuals: with empathy, warmth and attention, and with service tailored to their own situation.',
      },
    },
    {
      id: 'L4',
      rank: 4,
      name: { nl: 'Verrassende service', en: 'Surprising service' },
      description: {
        nl: 'Klanten worden positief verrast: de service is sneller, beter, makkelijker of persoonlijker dan ze hadden gedacht, of er gebeurt iets wat ze niet zagen aankomen. Samen met niveau 3 levert dit enthousiaste klanten op (een 8 of hoger).',
        en: 'Customers are pleasantly surprised: the service is faster, better, easier or more personal than they thought it would be, or something happens they did not see coming. Together with level 3 this produces delighted customers (a grade of 8 or more).',
      },
    },
  ],

  shifts: [
    {
      id: 'S1',
      from: { nl: 'Tevreden klanten', en: 'Satisfied customers' },
      to: { nl: 'Enthousiaste klanten (emotionele verbinding)', en: 'Enthusiastic customers (emotional connection)' },
      description: {
        nl: 'In plaats van te mikken op klanten zonder klachten, bouwt de organisatie een emotionele band op waardoor klanten trouw blijven en haar aanbevelen.',
        en: 'Instead of aiming for customers without complaints, the organisation builds an emotional bond that keeps customers loyal and makes them recommend it.',
      },
    },
    {
      id: 'S2',
      from: { nl: 'Product', en: 'Product' },
      to: { nl: 'Beleving', en: 'Experience' },
      description: {
        nl: 'Wat de organisatie levert, onderscheidt steeds minder; hoe klanten het beleven wel, dus die beleving wordt bewust ontworpen.',
        en: 'What the organisation delivers sets it apart less and less, while how customers experience it does, so that experience is designed on purpose.',
      },
    },
    {
      id: 'S3',
      from: { nl: 'Targets', en: 'Targets' },
      to: { nl: 'Een hoger doel', en: 'A higher purpose' },
      description: {
        nl: 'Winst en targets zijn een gevolg en geen doel; een inspirerend hoger doel verbindt medewerkers en klanten met de organisatie.',
        en: 'Profit and targets are an outcome rather than the aim; an inspiring purpose connects employees and customers with the organisation.',
      },
    },
    {
      id: 'S4',
      from: { nl: 'Klanttevredenheidsonderzoek', en: 'Satisfaction surveys' },
      to: { nl: 'Continu luisteren', en: 'Continuous listening' },
      description: {
        nl: 'Scores uit periodieke enquêtes maken plaats voor echte gesprekken, diepgaand luisteren en cocreatie, die laten zien wat er moet veranderen.',
        en: 'Scores from periodic surveys give way to real conversations, deep listening and co-creation, which show what needs to change.',
      },
    },
    {
      id: 'S5',
      from: { nl: 'Controle', en: 'Control' },
      to: { nl: 'Zelfsturende teams', en: 'Self-steering teams' },
      description: {
        nl: 'Gedeelde waarden en vertrouwen komen in de plaats van regels en toezicht, en teams nemen zelf het eigenaarschap voor hun klanten.',
        en: 'Shared values and trust take the place of rules and supervision, and teams take ownership of their own customers.',
      },
    },
    {
      id: 'S6',
      from: { nl: 'Competenties', en: 'Competences' },
      to: { nl: 'Heelheid van mensen', en: 'Wholeness of people' },
      description: {
        nl: 'Medewerkers worden ontwikkeld als hele persoon, met hun energie, talenten en persoonlijke groei, en niet alleen als optelsom van competenties.',
        en: 'Employees are developed as whole persons, with their energy, talents and personal growth, and not only as a sum of competences.',
      },
    },
    {
      id: 'S7',
      from: { nl: 'Processen', en: 'Processes' },
      to: { nl: 'Klantreizen', en: 'Customer journeys' },
      description: {
        nl: 'De reizen die klanten maken zijn leidend; interne processen worden daaraan gekoppeld en van buiten naar binnen ingericht.',
        en: 'The journeys customers make take the lead; internal processes are linked to them and organised from the outside in.',
      },
    },
    {
      id: 'S8',
      from: { nl: 'Leveranciers', en: 'Suppliers' },
      to: { nl: 'Partners', en: 'Partners' },
      description: {
        nl: 'Leveranciers die de klantbeleving raken, zijn partners in het verbeteren ervan en geen kostenpost om zo scherp mogelijk in te kopen.',
        en: 'Suppliers who affect the customer experience are partners in improving it, not a cost item to be bought as cheaply as possible.',
      },
    },
    {
      id: 'S9',
      from: { nl: 'Sturen op NPS', en: 'Steering on NPS' },
      to: { nl: 'Integraal sturen', en: 'Integral steering' },
      description: {
        nl: 'Eén klantcijfer is geen doel op zich meer; de organisatie stuurt op een samenhangend geheel van klant-, medewerkers-, proces- en financiële resultaten.',
        en: 'A single customer score is no longer a goal in itself; the organisation steers on a coherent whole of customer, employee, process and financial results.',
      },
    },
    {
      id: 'S10',
      from: { nl: 'Innovatie als project', en: 'Innovation as a project' },
      to: { nl: 'Verbeteren en innoveren door iedereen', en: 'Improvement and innovation by everyone' },
      description: {
        nl: 'Verbeteren en vernieuwen hoort bij het dagelijkse werk van iedereen, in plaats van een apart project of de taak van één afdeling te zijn.',
        en: "Improving and innovating are part of everyone's daily work, instead of being a separate project or the job of one department.",
      },
    },
  ],
};
