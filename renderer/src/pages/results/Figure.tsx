import { Text, type TextProps, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A number that says how it was computed: hover (or focus, for the few that take it) shows the sentence
 * — "mean of 17 respondents; 2 answers were ‘not applicable’".
 */
export function Figure({
  children,
  how,
  focusable = false,
  ...text
}: { children: ReactNode; how: string; focusable?: boolean } & TextProps) {
  return (
    <Tooltip
      label={how}
      multiline
      maw={340}
      openDelay={150}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
    >
      <Text
        span
        className="tabular"
        tabIndex={focusable ? 0 : undefined}
        data-how={how}
        style={{
          textDecoration: 'underline dotted',
          textDecorationColor: 'var(--mantine-color-dimmed)',
          textUnderlineOffset: 3,
          cursor: 'help',
        }}
        {...text}
      >
        {children}
      </Text>
    </Tooltip>
  );
}
