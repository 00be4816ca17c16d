import type { FrameworkFile } from '../../../../shared/frameworks/schema';
import { useLocalText } from '../../framework/frameworkText';
import classes from './Workshop.module.css';

/**
 * The answer scale, always in view: what each score means, and the focused question's answer marked.
 * Where the screen is small the descriptors give way to the labels (the descriptor stays the tooltip).
 */
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
    <section className={classes.scale} aria-label={title} data-testid="workshop-scale">
      <div className={classes.scaleTitle} aria-hidden>
        {title}
      </div>
      {framework.scale.map((level) => (
        <div
          key={level.score}
          className={classes.level}
          data-active={active === level.score}
          data-testid="scale-level"
          title={text(level.descriptor)}
        >
          <span className={classes.levelScore}>{level.score}</span>
          <div className={classes.levelText}>
            <div className={classes.levelLabel}>{text(level.label)}</div>
            <div className={classes.levelDescriptor}>{text(level.descriptor)}</div>
          </div>
        </div>
      ))}
      <div className={classes.level} data-active={active === 'na'} data-testid="scale-na">
        <span className={classes.levelScore}>
          <span className={classes.small}>{naShort}</span>
        </span>
        <div className={classes.levelText}>
          <div className={classes.levelLabel}>{text(framework.notApplicable)}</div>
        </div>
      </div>
    </section>
  );
}
