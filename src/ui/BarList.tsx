/** A labelled list of horizontal bars (label, bar, value), e.g. members per county. CSS only. */
import { maxOf } from '../domain/numbers/extent';

export interface BarItem {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
}

export function BarList(props: { items: readonly BarItem[]; label: string }) {
  const max = maxOf(
    props.items.map((i) => i.value),
    1,
  );
  return (
    <ul className="bar-list" aria-label={props.label}>
      {props.items.map((item) => (
        <li key={item.key}>
          <span className="bar-list-label">{item.label}</span>
          <span className="bar-list-track" aria-hidden="true">
            <span className="bar-list-bar" style={{ width: `${(item.value / max) * 100}%` }} />
          </span>
          <span className="bar-list-value">{item.valueText}</span>
        </li>
      ))}
    </ul>
  );
}
