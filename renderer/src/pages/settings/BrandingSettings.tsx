import { Button, ColorInput, FileButton, Group, Image, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Branding, REPORT_FONTS } from '../../../../shared/settings/branding';
import { LOGO_MAX_BYTES, logoMimeType } from '../../../../shared/settings/logo';
import { apiQueryKey, isApiFailure, useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { readFileAsBase64 } from '../../files/fileTransfer';
import { useZodForm } from '../../forms/useZodForm';
import { IconTrash, IconUpload } from '../../ui/icons';
import { QueryError } from '../../ui/QueryError';
import { keyFromData } from '../../../../shared/i18n/keys';

/**
 * Settings → Report branding: the firm's name, colour and font (saved together with one button, like the
 * benchmark threshold) and its logo (saved the moment a file is picked, like the language). Reports use
 * them on the cover, in headings and in charts.
 */

/** Sober colours that carry white text and print legibly in grey; any other `#rrggbb` can be typed. */
const SWATCHES = ['#1f4e79', '#2f5496', '#0b5563', '#2e6b3a', '#7a1f2b', '#5b2c6f', '#9c4a00', '#404040'];

const SERIF_FONTS = new Set(['Cambria', 'Georgia', 'Garamond']);

/** The font itself where this computer has it, else one of its kind, as Word will substitute. */
const fontStack = (font: string) => `"${font}", ${SERIF_FONTS.has(font) ? 'serif' : 'sans-serif'}`;

const FONT_OPTIONS = REPORT_FONTS.map((font) => ({ value: font, label: font }));

function BrandingForm({ current }: { current: Branding }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useZodForm(Branding, current);
  const update = useApiMutation('settings.update', {
    onSuccess: (resolved) => queryClient.setQueryData(apiQueryKey('settings.get', {}), resolved),
  });
  const parsed = Branding.safeParse(form.values);
  const changed =
    !parsed.success ||
    parsed.data.firmName !== current.firmName ||
    parsed.data.accent !== current.accent ||
    parsed.data.font !== current.font;
  // The preview follows the typing, and keeps the last good colour while one is half typed.
  const previewAccent = parsed.success ? parsed.data.accent : current.accent;
  const save = form.onSubmit(async (branding) => {
    await update.mutateAsync({ branding });
    notifySuccess(t('settings.saved'));
  });

  return (
    <form ref={form.formRef} onSubmit={save} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('settings.branding.firmName')}
          description={t('settings.branding.firmNameHelp')}
          {...form.text('firmName')}
          w={420}
        />
        <ColorInput
          label={t('settings.branding.accent')}
          description={t('settings.branding.accentHelp')}
          format="hex"
          swatches={SWATCHES}
          swatchesPerRow={8}
          eyeDropperButtonProps={{ 'aria-label': t('settings.branding.pickColour') }}
          value={form.values.accent}
          onChange={(value) => form.setValue('accent', value)}
          error={form.error('accent')}
          name="accent"
          w={420}
        />
        <Select
          label={t('settings.branding.font')}
          description={t('settings.branding.fontHelp')}
          data={FONT_OPTIONS}
          allowDeselect={false}
          {...form.select('font')}
          onChange={(value) => value && form.setValue('font', value as Branding['font'])}
          renderOption={({ option }) => <span style={{ fontFamily: fontStack(option.value) }}>{option.label}</span>}
          styles={{ input: { fontFamily: fontStack(form.values.font) } }}
          w={420}
        />
        <Paper withBorder radius="sm" p="sm" style={{ borderLeft: `4px solid ${previewAccent}` }}>
          <Text size="xs" c="dimmed">
            {t('settings.branding.preview')}
          </Text>
          <Text
            fw={700}
            fz="lg"
            style={{ color: previewAccent, fontFamily: fontStack(form.values.font) }}
            data-testid="branding-preview"
          >
            {t('settings.branding.previewHeading')}
          </Text>
          {form.values.firmName.trim() && (
            <Text size="sm" style={{ fontFamily: fontStack(form.values.font) }}>
              {form.values.firmName.trim()}
            </Text>
          )}
        </Paper>
        <Group>
          <Button type="submit" disabled={!changed} loading={form.submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A refused file: the API's field code (`logo_corrupt`, …) and the file's name, translated at render time. */
interface Refusal {
  code: string;
  file: string;
}

function LogoSetting() {
  const { t } = useTranslation();
  const logo = useApiQuery('settings.logo', {});
  const setLogo = useApiMutation('settings.setLogo');
  const removeLogo = useApiMutation('settings.removeLogo');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [reading, setReading] = useState(false);
  const resetFile = useRef<() => void>(null);
  const busy = reading || setLogo.isPending;
  const current = logo.data ?? null;

  const choose = async (file: File | null) => {
    // Cleared at once, so picking the same file again (after fixing it) is seen as a new choice.
    resetFile.current?.();
    if (!file) return;
    setRefusal(null);
    // Said before reading and sending a large file; the service judges everything else by content.
    if (file.size > LOGO_MAX_BYTES) return setRefusal({ code: 'logo_too_large', file: file.name });
    let contentBase64: string;
    setReading(true);
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch (error) {
      notifyFailure(t, error);
      return;
    } finally {
      setReading(false);
    }
    setLogo.mutate(
      { fileName: file.name, contentBase64 },
      {
        onSuccess: () => notifySuccess(t('settings.branding.logoSaved')),
        onError: (error) => {
          const fields =
            isApiFailure(error) && error.code === 'invalid_input' ? error.error.details?.fields : undefined;
          const field = fields?.find((f) => f.path === 'contentBase64') ?? fields?.[0];
          if (!field) return notifyFailure(t, error);
          setRefusal({ code: field.code === 'too_long' ? 'logo_too_large' : field.code, file: file.name });
        },
      },
    );
  };

  const remove = () =>
    removeLogo.mutate(
      {},
      {
        onSuccess: () => {
          setRefusal(null);
          notifySuccess(t('settings.branding.logoRemoved'));
        },
        onError: (error) => notifyFailure(t, error),
      },
    );

  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500}>
          {t('settings.branding.logo')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('settings.branding.logoHelp')}
        </Text>
      </div>
      {logo.isError && <QueryError error={logo.error} onRetry={() => void logo.refetch()} />}
      {current && current.problem === null ? (
        <Group gap="sm" align="center" wrap="nowrap">
          {/* White behind the logo: it sits on a white page in the report, whatever the app's theme. */}
          <Paper withBorder radius="sm" p="xs" bg="white">
            <Image
              src={`data:${logoMimeType(current.type)};base64,${current.dataBase64}`}
              alt={t('settings.branding.logoAlt', { file: current.fileName })}
              h={64}
              w="auto"
              maw={280}
              fit="contain"
            />
          </Paper>
          <Stack gap={0}>
            <Text size="sm">{current.fileName}</Text>
            <Text size="xs" c="dimmed">
              {t('settings.branding.logoInfo', {
                type: current.type.toUpperCase(),
                width: Math.round(current.width),
                height: Math.round(current.height),
              })}
            </Text>
          </Stack>
        </Group>
      ) : current ? (
        <Text size="sm" c="red" role="alert">
          {t('settings.branding.logoProblems.stored')}
        </Text>
      ) : (
        logo.isSuccess && (
          <Text size="sm" c="dimmed">
            {t('settings.branding.noLogo')}
          </Text>
        )
      )}
      {refusal && (
        <Text size="sm" c="red" role="alert" data-testid="logo-refused">
          {t(
            [keyFromData(`settings.branding.logoProblems.${refusal.code}`), 'settings.branding.logoProblems.invalid'],
            {
              file: refusal.file,
            },
          )}
          {current && ` ${t('settings.branding.logoKept')}`}
        </Text>
      )}
      <Group gap="xs">
        <FileButton
          onChange={(file) => void choose(file)}
          accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml"
          resetRef={resetFile}
          disabled={busy}
          inputProps={{ 'aria-label': t('settings.branding.chooseLogo') }}
        >
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={busy}>
              {current ? t('settings.branding.replaceLogo') : t('settings.branding.chooseLogo')}
            </Button>
          )}
        </FileButton>
        {current && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={remove}
            loading={removeLogo.isPending}
            disabled={busy}
          >
            {t('settings.branding.removeLogo')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

export function BrandingSettings({ current }: { current: Branding }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('settings.branding.help')}
      </Text>
      {/* Keyed by the saved values: after a save the form starts again from what was stored (trimmed, lower case). */}
      <BrandingForm key={JSON.stringify(current)} current={current} />
      <LogoSetting />
    </Stack>
  );
}
