import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AGE_BUCKETS, type AgeBucket } from '../../../../core/ledger/aging.ts';

/** The open items counted per age bucket; a bucket clicked narrows the list to it. */
export function AgeBuckets({
  aging,
  latest,
  chosen,
  onChoose,
}: {
  aging: Record<AgeBucket, number>;
  latest: string | null;
  chosen: readonly AgeBucket[];
  onChoose: (bucket: AgeBucket) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="age-buckets" data-testid="age-buckets">
      <Typography.Text strong>{t('ledger.items.aging')}</Typography.Text>
      {latest && <Typography.Text type="secondary">{t('ledger.items.asOf', { date: latest })}</Typography.Text>}
      <div className="age-bucket-row">
        {AGE_BUCKETS.map((bucket) => (
          <button
            type="button"
            key={bucket}
            className={`age-bucket${chosen.includes(bucket) ? ' chosen' : ''}${aging[bucket] > 0 ? ' has-count' : ''}`}
            onClick={() => onChoose(bucket)}
            data-testid={`age-${bucket}`}
            data-count={aging[bucket]}
          >
            <span className="age-bucket-count number">{aging[bucket]}</span>
            <span className="age-bucket-label">{t('ledger.items.bucket', { bucket })}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
