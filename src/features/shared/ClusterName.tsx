/** A cluster name as text, with the "antatt" badge when it is an inferred example cluster. */
import { Badge } from '../../ui/Badge';
import { useT } from '../../ui/i18n/I18nProvider';
import { useIsInferred } from './inferred';

export function ClusterName({ name }: { name: string }) {
  const t = useT();
  const isInferred = useIsInferred();
  return (
    <>
      {name}
      {isInferred(name) ? (
        <>
          {' '}
          <Badge text={t('cluster.inferred')} title={t('cluster.inferredTitle')} />
        </>
      ) : null}
    </>
  );
}
