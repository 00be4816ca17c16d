import type { FrameworkFile } from '../../../shared/frameworks/schema';

const t = (s: string) => ({ nl: `${s} (nl)`, en: s });

/** A small framework to work scoring cases out by hand: 2 dimensions, 3 blocks, 6 questions, 2 levels. */
export const tinyFramework: FrameworkFile = {
  format: 'sxw-framework',
  formatVersion: 1,
  id: 'tiny',
  version: '1.0.0',
  name: t('Tiny'),
  description: t('Tiny test framework'),
  dimensions: [
    { id: 'D1', name: t('D1'), description: t('d') },
    { id: 'D2', name: t('D2'), description: t('d') },
  ],
  blocks: [
    { id: 'B1', dimension: 'D1', name: t('B1'), purpose: t('p') },
    { id: 'B2', dimension: 'D1', name: t('B2'), purpose: t('p') },
    { id: 'B3', dimension: 'D2', name: t('B3'), purpose: t('p') },
  ],
  elements: [
    { id: 'B1.E1', block: 'B1', name: t('e'), description: t('d') },
    { id: 'B1.E2', block: 'B1', name: t('e'), description: t('d') },
    { id: 'B2.E1', block: 'B2', name: t('e'), description: t('d') },
    { id: 'B3.E1', block: 'B3', name: t('e'), description: t('d') },
  ],
  questions: [
    { id: 'B1.Q1', element: 'B1.E1', text: t('q'), pyramidLevel: 'L1' },
    { id: 'B1.Q2', element: 'B1.E1', text: t('q') },
    { id: 'B1.Q3', element: 'B1.E2', text: t('q') },
    { id: 'B2.Q1', element: 'B2.E1', text: t('q'), pyramidLevel: 'L1' },
    { id: 'B2.Q2', element: 'B2.E1', text: t('q') },
    { id: 'B3.Q1', element: 'B3.E1', text: t('q'), pyramidLevel: 'L2' },
  ],
  scale: [1, 2, 3, 4, 5].map((score) => ({ score, label: t(`l${score}`), descriptor: t(`d${score}`) })),
  notApplicable: t('n/a'),
  pyramid: [
    { id: 'L1', rank: 1, name: t('L1'), description: t('d') },
    { id: 'L2', rank: 2, name: t('L2'), description: t('d') },
  ],
  shifts: [{ id: 'S1', from: t('a'), to: t('b'), description: t('d') }],
};
