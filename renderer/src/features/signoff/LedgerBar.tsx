import { Space } from 'antd';
import type { Ledger } from '../ledger/use-ledger.ts';
import { businessDates } from '../ledger/item-view.ts';
import { MaskToggle } from './MaskToggle.tsx';
import { SignoffControl } from './SignoffControl.tsx';
import { UserNameField } from './UserNameField.tsx';
import './signoff.css';

/** The header's second line, the ledger's controls: who is working, the period's sign-off, and whether exports are masked. */
export function LedgerBar({ ledger }: { ledger: Ledger }) {
  const { data } = ledger;
  return (
    <Space size="middle" className="ledger-bar" data-testid="ledger-bar" wrap>
      <UserNameField user={ledger.user} onChange={ledger.setUser} />
      <SignoffControl
        dates={businessDates(data.history)}
        signoffs={data.audit?.signoffs ?? []}
        onReady={ledger.ready}
        onReview={ledger.review}
      />
      <MaskToggle mask={data.mask} onChange={(mask) => void ledger.setMask(mask)} />
    </Space>
  );
}
