import type { LocalText } from '../frameworks/schema';
import { sxDefault } from '../frameworks/sxDefault';
import { SCHEME_FORMAT, type SchemeFile, type SchemePart } from './scheme';

/**
 * The default recognition scheme `sx-recognition`: a dossier for an award or certification judged against
 * the Service Excellence model, on the nine building blocks of `sx-default`. Per block the applicant says
 * how it works (approach), where and since when (deployment), how it is reviewed and improved (review) and
 * what it achieved (results); an organisation profile opens the dossier and the key results close it. Every
 * guidance text is written for SX Workbench. Part ids are contracts (docs/dossiers.md): `profile`,
 * `B<n>.approach|deployment|review|results`, `keyResults`; a changed text is a new version.
 */

const ASPECTS = ['approach', 'deployment', 'review', 'results'] as const;
type BlockAspect = (typeof ASPECTS)[number];

const ASPECT_TITLES: Record<BlockAspect, LocalText> = {
  approach: { nl: 'Aanpak', en: 'Approach' },
  deployment: { nl: 'Toepassing', en: 'Deployment' },
  review: { nl: 'Evaluatie en verbetering', en: 'Review and improvement' },
  results: { nl: 'Resultaten', en: 'Results' },
};

const ASPECT_GUIDANCE: Record<BlockAspect, LocalText> = {
  approach: {
    nl: 'Beschrijf hoe u dit in de organisatie hebt ingericht: welke keuzes u maakte en waarom, welke werkwijzen, rollen en hulpmiddelen erbij horen en hoe de aanpak aansluit op uw ambitie voor klanten. Schrijf concreet: wie doet wat, wanneer en met welk doel. Verwijs naar het bewijs dat de aanpak vastlegt.',
    en: 'Describe how you have organised this: the choices you made and why, the ways of working, roles and tools that go with them, and how the approach follows from your ambition for customers. Be concrete: who does what, when and to what end. Refer to the evidence that records the approach.',
  },
  deployment: {
    nl: 'Laat zien waar en sinds wanneer de aanpak werkt: in welke afdelingen, locaties en kanalen, voor welke klantgroepen en hoe breed medewerkers ermee werken. Noem ook waar de aanpak nog niet is ingevoerd en wat daarvoor gepland staat.',
    en: 'Show where and since when the approach works: in which departments, locations and channels, for which customer groups, and how widely staff use it. Also say where it is not yet in place and what is planned for it.',
  },
  review: {
    nl: 'Leg uit hoe u de aanpak meet, beoordeelt en verbetert: welke signalen u volgt, hoe vaak u evalueert, wie daarbij betrokken zijn en welke verbeteringen dat de afgelopen jaren heeft opgeleverd. Geef minstens één voorbeeld van een aanpassing naar aanleiding van een evaluatie.',
    en: 'Explain how you measure, review and improve the approach: which signals you follow, how often you review, who takes part, and what improvements this has brought in recent years. Give at least one example of a change made after a review.',
  },
  results: {
    nl: 'Presenteer de resultaten die deze bouwsteen oplevert: cijfers over meerdere jaren, met de doelen die u stelde en een vergelijking met anderen. Verklaar uitschieters en licht toe waar een vergelijking of een trend ontbreekt en waarom.',
    en: 'Present the results this building block achieves: figures over several years, with the targets you set and a comparison with others. Explain outliers, and say where a comparison or a trend is missing and why.',
  },
};

/** What an assessor looks for per building block, one sentence each, added to the aspect's guidance. */
const FOCUS: Record<string, LocalText> = {
  B1: {
    nl: 'Let bij deze bouwsteen vooral op de samenhang tussen visie, missie en strategie en op de keuzes die daaruit volgen voor klanten.',
    en: 'For this building block, focus on how vision, mission and strategy hang together and on the choices for customers that follow from them.',
  },
  B2: {
    nl: 'Let bij deze bouwsteen vooral op het voorbeeldgedrag van leidinggevenden, de middelen die zij vrijmaken en de ruimte die teams krijgen.',
    en: 'For this building block, focus on the example managers set, the resources they free up and the room teams are given.',
  },
  B3: {
    nl: 'Let bij deze bouwsteen vooral op de gedeelde waarden en ongeschreven regels die klantgericht gedrag vanzelfsprekend maken.',
    en: 'For this building block, focus on the shared values and unwritten rules that make customer-oriented behaviour the natural thing to do.',
  },
  B4: {
    nl: 'Let bij deze bouwsteen vooral op werving, ontwikkeling en betrokkenheid van medewerkers, en op hoe u hun bevlogenheid volgt.',
    en: 'For this building block, focus on hiring, developing and involving staff, and on how you follow their engagement.',
  },
  B5: {
    nl: 'Let bij deze bouwsteen vooral op hoe u behoeften, verwachtingen en wensen van klanten leert kennen en die kennis in de organisatie laat landen.',
    en: 'For this building block, focus on how you learn customers’ needs, expectations and desires and how that knowledge reaches the organisation.',
  },
  B6: {
    nl: 'Let bij deze bouwsteen vooral op het ontwerp van de klantreis en de momenten die klanten verrassen en bijblijven.',
    en: 'For this building block, focus on the design of the customer journey and the moments that surprise customers and stay with them.',
  },
  B7: {
    nl: 'Let bij deze bouwsteen vooral op hoe ideeën voor nieuwe of betere dienstverlening ontstaan, worden getoetst en worden ingevoerd.',
    en: 'For this building block, focus on how ideas for new or better services arise, are tested and are brought in.',
  },
  B8: {
    nl: 'Let bij deze bouwsteen vooral op de processen, de structuur en de samenwerking die de beoogde beleving betrouwbaar leveren.',
    en: 'For this building block, focus on the processes, structure and cooperation that deliver the intended experience reliably.',
  },
  B9: {
    nl: 'Let bij deze bouwsteen vooral op welke indicatoren u meet, hoe u ze koppelt aan doelen en hoe de uitkomsten tot besluiten leiden.',
    en: 'For this building block, focus on which indicators you measure, how they are tied to targets and how outcomes lead to decisions.',
  },
};

const LIMITS: Record<BlockAspect, number> = { approach: 4000, deployment: 2500, review: 2500, results: 3000 };

const join = (a: LocalText, b: LocalText | undefined): LocalText =>
  b ? { nl: `${a.nl} ${b.nl}`, en: `${a.en} ${b.en}` } : a;

function blockParts(): SchemePart[] {
  return sxDefault.blocks.flatMap((block) =>
    ASPECTS.map((aspect): SchemePart => ({
      id: `${block.id}.${aspect}`,
      element: block.id,
      aspect,
      title: {
        nl: `${block.id} ${block.name.nl} – ${ASPECT_TITLES[aspect].nl.toLowerCase()}`,
        en: `${block.id} ${block.name.en} – ${ASPECT_TITLES[aspect].en.toLowerCase()}`,
      },
      guidance: join(ASPECT_GUIDANCE[aspect], FOCUS[block.id]),
      required: true,
      limit: { unit: 'characters', max: LIMITS[aspect] },
      needsEvidence: true,
    })),
  );
}

export const sxRecognition: SchemeFile = {
  format: SCHEME_FORMAT,
  formatVersion: 1,
  id: 'sx-recognition',
  version: '1.0.0',
  name: {
    nl: 'SX Workbench-erkenningsdossier voor service excellence',
    en: 'SX Workbench service excellence recognition dossier',
  },
  description: {
    nl: 'Een dossier voor een prijs of certificering op basis van het Service Excellence-model: een organisatieprofiel, per bouwsteen aanpak, toepassing, evaluatie en resultaten met bewijs, een zelfbeoordeling op volwassenheid en de kernresultaten met trends, doelen en vergelijkingen. Alle teksten zijn voor SX Workbench zelf geschreven.',
    en: 'A dossier for an award or certification based on the Service Excellence model: an organisation profile, per building block the approach, deployment, review and results with evidence, a maturity self-rating and the key results with trends, targets and comparisons. All texts are written for SX Workbench itself.',
  },
  framework: sxDefault.id,
  elements: sxDefault.blocks.map((b) => ({ id: b.id, name: b.name })),
  parts: [
    {
      id: 'profile',
      element: null,
      aspect: 'profile',
      title: { nl: 'Organisatieprofiel', en: 'Organisation profile' },
      guidance: {
        nl: 'Stel de organisatie voor zoals een assessor haar moet kennen: wat u doet en voor wie, de omvang (medewerkers, vestigingen, omzet of budget), de belangrijkste klantgroepen en kanalen, uw positie in de markt en de ontwikkelingen die de komende jaren op u afkomen. Sluit af met uw ambitie voor service excellence en de reden om nu erkenning te vragen.',
        en: 'Introduce the organisation as an assessor needs to know it: what you do and for whom, its size (staff, sites, turnover or budget), the main customer groups and channels, your position in the market and the developments ahead. End with your ambition for service excellence and why you seek recognition now.',
      },
      required: true,
      limit: { unit: 'words', max: 1200 },
      needsEvidence: false,
    },
    ...blockParts(),
    {
      id: 'keyResults',
      element: null,
      aspect: 'keyResults',
      title: { nl: 'Kernresultaten', en: 'Key results' },
      guidance: {
        nl: 'Kies de indicatoren die laten zien dat klanten, medewerkers en de organisatie er beter van worden: klanttevredenheid of -loyaliteit, klachten, medewerkersbetrokkenheid, financiële of maatschappelijke resultaten. Geef per indicator een reeks over minstens drie perioden, het doel en een vergelijking met anderen (de benchmark of een externe bron). Leg uit waarom een vergelijking ontbreekt als die er niet is.',
        en: 'Choose the indicators that show customers, staff and the organisation are better off: customer satisfaction or loyalty, complaints, staff engagement, financial or social results. Give each a series over at least three periods, its target and a comparison with others (the benchmark or an external source). Explain why a comparison is missing where there is none.',
      },
      required: true,
      limit: { unit: 'characters', max: 5000 },
      needsEvidence: true,
    },
  ],
  rating: {
    min: 1,
    max: 5,
    step: 1,
    unit: 'level',
    labels: [
      { value: 1, label: { nl: 'Beginnend', en: 'Initial' } },
      { value: 2, label: { nl: 'In ontwikkeling', en: 'Developing' } },
      { value: 3, label: { nl: 'Gevestigd', en: 'Established' } },
      { value: 4, label: { nl: 'Gevorderd', en: 'Advanced' } },
      { value: 5, label: { nl: 'Excellent', en: 'Excellent' } },
    ],
  },
  rules: {
    evidenceWindowMonths: 36,
    keyResultsMin: 3,
    keyResultMinPoints: 3,
    justificationRequired: true,
  },
};
