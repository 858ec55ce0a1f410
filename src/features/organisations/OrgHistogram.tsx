/**
 * Organisations by number of clusters (1 / 2 / 3 / 4+) as a bar chart in SVG whose bars are
 * toggle buttons: choosing one filters the table to that bucket (again: all buckets). Values
 * printed over the bars, in the UI language's number format.
 */
import type { KeyboardEvent } from 'react';
import { useT } from '../../ui/i18n/I18nProvider';
import { useNumberFormat } from '../shared/number-format';
import { BUCKET_LABELS, BUCKETS, type OrgBucket } from './org-rows';

const W = 64;
const H = 110;
const TOP = 18;
const LABEL = 20;

export function OrgHistogram(props: {
  counts: Readonly<Record<OrgBucket, number>>;
  active: OrgBucket | '';
  onChoose: (bucket: OrgBucket | '') => void;
}) {
  const t = useT();
  const nf = useNumberFormat();
  const max = Math.max(1, ...BUCKETS.map((b) => props.counts[b]));
  const toggle = (b: OrgBucket) => props.onChoose(props.active === b ? '' : b);
  const onKey = (e: KeyboardEvent, b: OrgBucket) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggle(b);
    }
  };
  return (
    <svg
      className="org-histogram"
      width={BUCKETS.length * W}
      height={TOP + H + LABEL}
      role="group"
      aria-label={t('orgs.histogram')}
      data-testid="org-histogram"
    >
      {BUCKETS.map((b, i) => {
        const n = props.counts[b];
        const h = n === 0 ? 0 : Math.max(2, (n / max) * H);
        const label = t(n === 1 ? 'orgs.bucket.one' : 'orgs.bucket.other', {
          label: BUCKET_LABELS[b],
          n: nf.integer(n),
        });
        const x = i * W + 10;
        return (
          <g
            key={b}
            role="button"
            tabIndex={0}
            aria-pressed={props.active === b}
            className={`org-bucket${props.active === b ? ' active' : ''}`}
            data-bucket={b}
            onClick={() => toggle(b)}
            onKeyDown={(e) => onKey(e, b)}
          >
            {/* The name (SVG-AAM): starts with the visible text; no aria-label, see report/chart-kit. */}
            <title>{label}</title>
            <rect className="org-bucket-hit" x={i * W} y={0} width={W} height={TOP + H + LABEL} />
            <rect x={x} y={TOP + H - h} width={W - 20} height={h} />
            <text className="org-bucket-value" x={x + (W - 20) / 2} y={TOP + H - h - 4}>
              {nf.integer(n)}
            </text>
            <text className="org-bucket-label" x={x + (W - 20) / 2} y={TOP + H + 15}>
              {BUCKET_LABELS[b]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
