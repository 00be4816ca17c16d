import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The messages of `no-restricted-imports` for `source` as if it were the file at `file`. */
async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const use = (names: string) => `\nexport const used = [${names}];\n`;

describe('renderer page boundaries (eslint.config.js)', () => {
  it('refuses a page importing another page, beside it or through pages/', async () => {
    const messages = await restricted(
      'renderer/src/pages/engagements/Probe.tsx',
      `import { ResultsTab } from '../results/ResultsTab';\nimport { HomePage } from '../../pages/home/HomePage';${use('ResultsTab, HomePage')}`,
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/A page imports no other page/);
  });

  it('lets a page import its own folder and the shared pieces', async () => {
    const messages = await restricted(
      'renderer/src/pages/engagements/Probe.tsx',
      `import { RoundsTab } from './RoundsTab';\nimport { engagementPath } from '../../app/paths';\nimport { Page } from '../../ui/Page';\nimport { EngagementFormModal } from '../../forms/EngagementForm';${use('RoundsTab, engagementPath, Page, EngagementFormModal')}`,
    );
    expect(messages).toEqual([]);
  });

  it('refuses a shared piece importing a page, and lets app/ compose them', async () => {
    const source = `import { HomePage } from '../pages/home/HomePage';${use('HomePage')}`;
    expect(await restricted('renderer/src/ui/Probe.tsx', source)).toHaveLength(1);
    expect(await restricted('renderer/src/forms/Probe.tsx', source)).toHaveLength(1);
    expect(await restricted('renderer/src/app/Probe.tsx', source)).toEqual([]);
  });

  it('still keeps main/ out of a page', async () => {
    const messages = await restricted(
      'renderer/src/pages/home/Probe.tsx',
      `import { dispatch } from '../../../../main/api/dispatch';${use('dispatch')}`,
    );
    expect(messages.join()).toMatch(/typed API client/);
  });
});
