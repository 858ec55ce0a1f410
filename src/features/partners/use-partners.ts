/**
 * Asks the worker's partner finder about the cluster or organisation in question, again when the
 * data, the target or the mode changes; an answer for an older question is dropped. Returned ids
 * are checked against the model shown (the worker's build could be another one's).
 */
import { useEffect, useState } from 'react';
import type { PageClusterId, PageOrgId } from '../../domain/page/ids';
import type { PartnerMode } from '../../domain/partners/cluster-partners';
import { actions, useAppState } from '../../state/store';
import type { PartnerCandidate, PartnerRequest } from '../../worker/partners';

export type PartnerState =
  | { readonly status: 'idle' }
  | { readonly status: 'computing' }
  | { readonly status: 'ready'; readonly candidates: readonly PartnerCandidate[] }
  | { readonly status: 'no-build' }
  | { readonly status: 'failed'; readonly message: string };

export function requestFor(
  target: { readonly kind: 'cluster' | 'organisation'; readonly id: string } | null,
  mode: PartnerMode,
): PartnerRequest | null {
  if (!target) return null;
  return target.kind === 'cluster'
    ? { kind: 'cluster', id: target.id as PageClusterId, mode }
    : { kind: 'organisation', id: target.id as PageOrgId, mode };
}

export function usePartners(request: PartnerRequest | null): PartnerState {
  const model = useAppState((s) => s.data?.model);
  const [state, setState] = useState<{ key: string; value: PartnerState }>({
    key: '',
    value: { status: 'idle' },
  });
  const key = request ? `${request.kind}|${request.id}|${request.mode}` : '';

  useEffect(() => {
    if (!request || !model) return;
    let live = true;
    actions.findPartners(request).then(
      (result) => {
        if (!live) return;
        if (!result.ok) {
          setState({ key, value: { status: result.reason === 'no-build' ? 'no-build' : 'idle' } });
          return;
        }
        const candidates = result.candidates.filter((c) => model.clusters.has(c.cluster));
        setState({ key, value: { status: 'ready', candidates } });
      },
      (error: unknown) => {
        if (live) {
          setState({
            key,
            value: {
              status: 'failed',
              message: error instanceof Error ? error.message : String(error),
            },
          });
        }
      },
    );
    return () => {
      live = false;
    };
    // The request is described in full by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, model]);

  if (!request || !model) return { status: 'idle' };
  return state.key === key ? state.value : { status: 'computing' };
}
