import { formatAmount } from './format.ts';

/** An amount in minor units, right-aligned digits, with its currency code muted after it. */
export function Amount({
  minor,
  currency,
  showCurrency = false,
}: {
  minor: number | bigint;
  currency: string | null;
  showCurrency?: boolean;
}) {
  return (
    <span className="amount">
      {formatAmount(minor, currency)}
      {showCurrency && currency && <span className="currency"> {currency}</span>}
    </span>
  );
}
