import { AuditOutlined, BankOutlined, FileSearchOutlined, HistoryOutlined, InboxOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { HistoryRoom } from '../features/history/HistoryRoom.tsx';
import { OpenItemsRoom } from '../features/open-items/OpenItemsRoom.tsx';
import { ProfilesRoom } from '../features/profiles/ProfilesRoom.tsx';
import { ReconcileRoom } from '../features/reconcile/ReconcileRoom.tsx';
import { SettlementRoom } from '../features/settlement/SettlementRoom.tsx';
import type { Desk } from './desk.ts';

/** A room of the desk: its key (also its message key under `rooms.`), its icon and what it shows. */
export type Room = { key: string; icon: ReactNode; render: (desk: Desk) => ReactNode };

/** The rooms in the order the navigation lists them; a new room is one more line here. */
export const ROOMS: readonly Room[] = [
  { key: 'reconcile', icon: <AuditOutlined />, render: (desk) => <ReconcileRoom desk={desk} /> },
  { key: 'openItems', icon: <InboxOutlined />, render: (desk) => <OpenItemsRoom desk={desk} /> },
  { key: 'settlement', icon: <BankOutlined />, render: (desk) => <SettlementRoom desk={desk} /> },
  { key: 'history', icon: <HistoryOutlined />, render: (desk) => <HistoryRoom desk={desk} /> },
  { key: 'profiles', icon: <FileSearchOutlined />, render: (desk) => <ProfilesRoom desk={desk} /> },
];
