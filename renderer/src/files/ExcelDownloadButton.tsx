import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyFailure } from '../app/notify';
import { IconDownload } from '../ui/icons';
import { downloadBytes } from './fileTransfer';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A button that has the workbench build an Excel workbook (results, a benchmark comparison) and saves it as a
 * download; a failure is said in a notification, in the user's language.
 */
export function ExcelDownloadButton({
  label,
  build,
  testId,
}: {
  label: string;
  build(): Promise<{ fileName: string; contentBase64: string }>;
  testId: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const file = await build();
      downloadBytes(file.fileName, file.contentBase64, XLSX_TYPE);
    } catch (error) {
      notifyFailure(t, error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      onClick={() => void download()}
      loading={busy}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
