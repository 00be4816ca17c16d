import { describe, expect, it } from 'vitest';
import { createDesktopShell, type DesktopShellDeps } from '../../../main/electron/desktopShell';

function shellWith(
  answers: { canceled: boolean; filePath?: string }[],
  openAnswers: { canceled: boolean; filePath?: string }[] = [],
) {
  const dialogs: Parameters<DesktopShellDeps['showSaveDialog']>[0][] = [];
  const opens: Parameters<DesktopShellDeps['showOpenDialog']>[0][] = [];
  const shown: string[] = [];
  const shell = createDesktopShell({
    showSaveDialog: async (options) => {
      dialogs.push(options);
      return answers.shift() ?? { canceled: true };
    },
    showOpenDialog: async (options) => {
      opens.push(options);
      const answer = openAnswers.shift() ?? { canceled: true };
      return { canceled: answer.canceled, filePaths: answer.filePath ? [answer.filePath] : [] };
    },
    showItemInFolder: (path) => shown.push(path),
    documentsDir: '/home/anna/Documents',
  });
  return { shell, dialogs, shown, opens };
}

const WORD = { name: 'Word', extensions: ['docx'] };

describe('the desktop shell', () => {
  it('opens the first Save dialog in Documents with the suggested name, the next one where the last report went', async () => {
    const { shell, dialogs } = shellWith([
      { canceled: false, filePath: '/clients/acme/r1.docx' },
      { canceled: false, filePath: '/clients/acme/r2.docx' },
    ]);
    expect(await shell.chooseSavePath('Acme – Baseline – SE report – 2026-11-22.docx', WORD)).toBe(
      '/clients/acme/r1.docx',
    );
    expect(dialogs[0]?.defaultPath).toBe('/home/anna/Documents/Acme – Baseline – SE report – 2026-11-22.docx');
    expect(dialogs[0]?.properties).toContain('showOverwriteConfirmation');
    await shell.chooseSavePath('next.docx', WORD);
    expect(dialogs[1]?.defaultPath).toBe('/clients/acme/next.docx');
  });

  it('returns null when the dialog is cancelled', async () => {
    const { shell } = shellWith([{ canceled: true }]);
    expect(await shell.chooseSavePath('r.docx', WORD)).toBeNull();
  });

  it('adds the .docx extension a Linux dialog leaves off', async () => {
    const { shell } = shellWith([{ canceled: false, filePath: '/tmp/report' }]);
    expect(await shell.chooseSavePath('r.docx', WORD)).toBe('/tmp/report.docx');
  });

  it('shows only files chosen in its own dialog in the file manager', async () => {
    const { shell, shown } = shellWith([{ canceled: false, filePath: '/tmp/r.docx' }]);
    await shell.chooseSavePath('r.docx', WORD);
    expect(shell.showInFolder('/etc/passwd')).toBe(false);
    expect(shell.showInFolder('/tmp/r.docx')).toBe(true);
    expect(shown).toEqual(['/tmp/r.docx']);
  });

  it('opens the Open dialog in the given folder and lets only the file chosen there be read', async () => {
    const { shell, opens } = shellWith(
      [],
      [{ canceled: false, filePath: '/media/usb/old.sqlite' }, { canceled: true }],
    );
    const SQLITE = { name: 'SX Workbench database', extensions: ['sqlite'] };
    expect(shell.wasOpened('/media/usb/old.sqlite')).toBe(false);
    expect(await shell.chooseOpenPath('/home/anna/.config/SX Workbench/backups', SQLITE)).toBe('/media/usb/old.sqlite');
    expect(opens[0]?.defaultPath).toBe('/home/anna/.config/SX Workbench/backups');
    expect(opens[0]?.properties).toEqual(['openFile']);
    expect(shell.wasOpened('/media/usb/old.sqlite')).toBe(true);
    expect(shell.wasOpened('/etc/passwd')).toBe(false);
    expect(await shell.chooseOpenPath('/x', SQLITE)).toBeNull();
  });
});
