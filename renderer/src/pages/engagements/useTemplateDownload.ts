import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callOrThrow, useTransport } from '../../api/client';
import { notifyFailure } from '../../app/notify';
import { downloadText } from '../../files/fileTransfer';
import { useLanguage } from '../../i18n/i18n';

/**
 * The Responses CSV header for a round's exact framework, saved as a file. In Dutch it is separated by
 * semicolons with a BOM, which is what Excel with Dutch regional settings opens correctly.
 */
export function useTemplateDownload() {
  const { t } = useTranslation();
  const transport = useTransport();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const download = async (assessmentId: string) => {
    setBusy(true);
    try {
      const template = await callOrThrow(transport, 'assessments.template', {
        assessmentId,
        delimiter: language === 'nl' ? ';' : ',',
      });
      downloadText(template.fileName, template.csv);
    } catch (error) {
      notifyFailure(t, error);
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}
