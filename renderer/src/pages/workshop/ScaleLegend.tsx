import type { FrameworkFile } from '../../../../shared/frameworks/schema';
import { useLocalText } from '../../framework/frameworkText';
import classes from './Workshop.module.css';

/** The answer scale, always in view: what each score means, and the focused question's answer marked. */
export function ScaleLegend({
  framework,
  active,
  title,
  naShort,
}: {
  framework: FrameworkFile;
  active: number | 'na' | null;
  title: string;
  naShort: string;
}) {
  const text = useLocalText();
  return (
    <section className={classes.scale} aria-label={title}>
      <div className={classes.scaleTitle}>{title}</div>
      {framework.scale.map((level) => (
        <div key={level.score} className={classes.level} data-active={active === level.score}>
          <span className={classes.levelScore}>{level.score}</span>
          <div>
            <div className={classes.levelLabel}>{text(level.label)}</div>
            <div className={classes.levelDescriptor}>{text(level.descriptor)}</div>
          </div>
        </div>
      ))}
      <div className={classes.level} data-active={active === 'na'}>
        <span className={classes.levelScore}>
          <span className={classes.small}>{naShort}</span>
        </span>
        <div className={classes.levelLabel} style={{ alignSelf: 'center' }}>
          {text(framework.notApplicable)}
        </div>
      </div>
    </section>
  );
}
