/**
 * Keeps the map's nodes and edges in step with the page model. Elements are matched by id: new ones
 * are added, gone ones removed, the rest get fresh data in place (a language switch relabels the
 * nodes without moving them). Renders nothing.
 */
import type { ElementDefinition } from 'cytoscape';
import { useEffect, useMemo } from 'react';
import { useDisplayName } from '../../../state/display-name';
import { useAppState } from '../../../state/store';
import { formatInteger } from '../../../ui/i18n/format';
import { useT } from '../../../ui/i18n/I18nProvider';
import { useIsInferred } from '../../shared/inferred';
import { useCy } from '../cy-context';
import { overlapElements } from '../elements';

export function ElementsController() {
  const cy = useCy();
  const t = useT();
  const isInferred = useIsInferred();
  const model = useAppState((s) => s.data?.model);
  const displayName = useDisplayName();
  const inferredLabel = t('cluster.inferred');

  const elements = useMemo(
    () =>
      model
        ? overlapElements(model, {
            nameOf: (id) => displayName('cluster', id),
            isInferred,
            inferredLabel,
            formatCount: formatInteger,
          })
        : [],
    [model, displayName, isInferred, inferredLabel],
  );

  useEffect(() => {
    syncElements(cy, elements);
  }, [cy, elements]);

  return null;
}

function syncElements(cy: ReturnType<typeof useCy>, elements: readonly ElementDefinition[]): void {
  const wanted = new Map(elements.map((e) => [String(e.data.id), e]));
  cy.batch(() => {
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()))
      .remove();
    const added: ElementDefinition[] = [];
    for (const [id, definition] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.empty()) added.push(definition);
      else existing.data(definition.data);
    }
    // Nodes before edges, so every edge finds its ends.
    cy.add(added.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1)));
  });
}
