import { useCallback } from 'react';
import type { FrameworkFile, LocalText } from '../../../shared/frameworks/schema';
import { useLanguage } from '../i18n/i18n';

/**
 * Framework texts come from the framework file itself (both languages in it), never from the UI's
 * resources: an imported, licensed framework brings its own words.
 */
export function useLocalText(): (text: LocalText) => string {
  const language = useLanguage();
  return useCallback((text: LocalText) => text[language], [language]);
}

type Block = FrameworkFile['blocks'][number];
type Element = FrameworkFile['elements'][number];
type Question = FrameworkFile['questions'][number];

/** The framework arranged for screens: blocks in order, each with its elements and questions. */
export interface FrameworkIndex {
  blocks: Block[];
  block: Map<string, Block>;
  elementsOf: Map<string, Element[]>;
  element: Map<string, Element>;
  questionsOf: Map<string, Question[]>;
  /** Block of each question. */
  blockOfQuestion: Map<string, string>;
  /** "Q3" style position of a question within its block, 1-based. */
  questionNumber: Map<string, number>;
}

const cache = new WeakMap<FrameworkFile, FrameworkIndex>();

export function indexFramework(framework: FrameworkFile): FrameworkIndex {
  const cached = cache.get(framework);
  if (cached) return cached;
  const element = new Map(framework.elements.map((e) => [e.id, e]));
  const elementsOf = new Map<string, Element[]>(framework.blocks.map((b) => [b.id, []]));
  for (const e of framework.elements) elementsOf.get(e.block)?.push(e);
  const questionsOf = new Map<string, Question[]>(framework.blocks.map((b) => [b.id, []]));
  const blockOfQuestion = new Map<string, string>();
  const questionNumber = new Map<string, number>();
  for (const q of framework.questions) {
    const blockId = element.get(q.element)?.block;
    if (!blockId) continue;
    const list = questionsOf.get(blockId);
    if (!list) continue;
    list.push(q);
    blockOfQuestion.set(q.id, blockId);
    questionNumber.set(q.id, list.length);
  }
  const index: FrameworkIndex = {
    blocks: framework.blocks,
    block: new Map(framework.blocks.map((b) => [b.id, b])),
    elementsOf,
    element,
    questionsOf,
    blockOfQuestion,
    questionNumber,
  };
  cache.set(framework, index);
  return index;
}
