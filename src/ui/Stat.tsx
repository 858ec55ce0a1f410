/** One headline number with its label and an optional note under it. */
import type { ReactNode } from 'react';

export function Stat(props: { label: string; value: string; note?: ReactNode; testId?: string }) {
  return (
    <div className="stat" data-testid={props.testId}>
      <dt className="stat-label">{props.label}</dt>
      <dd className="stat-value">{props.value}</dd>
      {props.note ? <dd className="stat-note">{props.note}</dd> : null}
    </div>
  );
}
