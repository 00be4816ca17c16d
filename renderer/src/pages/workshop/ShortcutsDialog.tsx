import { Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KeyCaps } from './KeyCaps';
import { applies, type KeyContext, SHORTCUT_SECTIONS, WORKSHOP_SHORTCUTS } from './workshopKeys';
import classes from './Workshop.module.css';

/** `?`: every shortcut of the key table by section, marked where it does not apply right now. Esc closes. */
export function ShortcutsDialog({
  opened,
  context,
  onClose,
}: {
  opened: boolean;
  context: KeyContext;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('workshop.shortcutsTitle')}
      size="min(1000px, 94vw)"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text size="sm" mb="sm">
        {t('workshop.shortcutsIntro')}
      </Text>
      <div className={classes.shortcutSections} data-testid="workshop-shortcuts">
        {SHORTCUT_SECTIONS.map((section) => (
          <Table key={section} className={classes.shortcutTable} verticalSpacing={4} mb="sm">
            <caption>{t(`workshop.keySections.${section}`)}</caption>
            <Table.Tbody>
              {WORKSHOP_SHORTCUTS.filter((s) => s.section === section).map((shortcut) => {
                const available = applies(shortcut, context);
                return (
                  <Table.Tr key={shortcut.id} data-shortcut={shortcut.id} data-available={available}>
                    <Table.Td className={classes.shortcutKeys}>
                      <KeyCaps shortcut={shortcut} size="sm" />
                    </Table.Td>
                    <Table.Td>
                      {t(shortcut.label)}
                      {!available && <span className={classes.notNow}>{t('workshop.notNow')}</span>}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ))}
      </div>
    </Modal>
  );
}
