import { Text, VisuallyHidden } from '@mantine/core';
import { type CSSProperties, Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalText } from '../../framework/frameworkText';
import classes from './Heatmap.module.css';
import { ResultsSection } from './ResultsSection';
import type { ResultsContext } from './resultsContext';
import { ScrollRegion } from '../../ui/ScrollRegion';

/** Darker accent for a higher score; the text turns white where the fill gets dark. */
function shade(score: number): CSSProperties {
  const strength = 12 + ((score - 1) / 4) * 78;
  return {
    background: `color-mix(in srgb, var(--mantine-primary-color-filled) ${strength}%, transparent)`,
    color: score >= 4 ? 'var(--mantine-color-white)' : undefined,
  };
}

/**
 * Every answer: questions down, respondents across, by their codes only — never names, so the matrix can
 * be shown to the client. Not applicable is hatched; a skipped question is an empty cell.
 */
export function Heatmap({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const text = useLocalText();
  const { workspace, index, blockName } = context;
  const respondents = useMemo(
    () =>
      [...workspace.respondents].sort((a, b) =>
        a.code.localeCompare(b.code, undefined, { numeric: true, sensitivity: 'base' }),
      ),
    [workspace.respondents],
  );
  const answers = useMemo(
    () => new Map(workspace.answers.map((a) => [`${a.respondentId}\u0000${a.questionId}`, a])),
    [workspace.answers],
  );
  const na = t('workshop.naShort');

  return (
    <ResultsSection
      title={context.mode === 'workshop' ? t('results.heatmap.titleGroups') : t('results.heatmap.title')}
      description={t('results.heatmap.help')}
      testId="heatmap"
    >
      <div className={classes.legend} aria-hidden>
        <span>{t('results.heatmap.legend')}</span>
        {[1, 2, 3, 4, 5].map((s) => (
          <span key={s} className={classes.cell} style={{ ...shade(s), display: 'inline-block', lineHeight: '24px' }}>
            {s}
          </span>
        ))}
        <span className={`${classes.cell} ${classes.na}`} style={{ display: 'inline-block', lineHeight: '24px' }}>
          {na}
        </span>
        <span>{t('results.heatmap.naLegend')}</span>
        <span
          className={`${classes.cell} ${classes.skipped}`}
          style={{ display: 'inline-block', width: 34, height: 24 }}
        />
        <span>{t('results.heatmap.skippedLegend')}</span>
      </div>
      {respondents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('results.heatmap.empty')}
        </Text>
      ) : (
        <ScrollRegion offsetScrollbars label={t('results.heatmap.region')}>
          <table className={classes.table} data-testid="heatmap-table">
            <thead>
              <tr>
                <th className={classes.corner} scope="col">
                  {t('results.heatmap.question')}
                </th>
                {respondents.map((r) => (
                  <th key={r.id} className={classes.code} scope="col" data-testid="heatmap-code">
                    {r.code}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {index.blocks.map((b) => (
                <Fragment key={b.id}>
                  <tr className={classes.blockRow}>
                    <th colSpan={respondents.length + 1} scope="colgroup">
                      {b.id} {blockName(b.id)}
                    </th>
                  </tr>
                  {(index.questionsOf.get(b.id) ?? []).map((q) => (
                    <tr key={q.id}>
                      <th className={classes.question} scope="row" title={text(q.text)}>
                        <Text span c="dimmed" size="xs">
                          {q.id}
                        </Text>{' '}
                        {text(q.text)}
                      </th>
                      {respondents.map((r) => {
                        const a = answers.get(`${r.id}\u0000${q.id}`);
                        const label = `${r.code} · ${q.id}: `;
                        if (a?.notApplicable) {
                          return (
                            <td
                              key={r.id}
                              className={`${classes.cell} ${classes.na}`}
                              title={`${label}${t('workshop.notApplicable')}`}
                            >
                              {na}
                            </td>
                          );
                        }
                        if (a?.score == null) {
                          return (
                            <td
                              key={r.id}
                              className={`${classes.cell} ${classes.skipped}`}
                              title={`${label}${t('results.heatmap.skipped')}`}
                            >
                              <VisuallyHidden>{t('results.heatmap.skipped')}</VisuallyHidden>
                            </td>
                          );
                        }
                        return (
                          <td key={r.id} className={classes.cell} style={shade(a.score)} title={`${label}${a.score}`}>
                            {a.score}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </ResultsSection>
  );
}
