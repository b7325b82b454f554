import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Room } from './rooms.tsx';

/** The desk's rooms, one item each; the open one is marked. */
export function Navigation({
  rooms,
  current,
  onOpen,
}: {
  rooms: readonly Room[];
  current: string;
  onOpen: (room: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu
      mode="horizontal"
      className="navigation"
      selectedKeys={[current]}
      onClick={({ key }) => onOpen(key)}
      items={rooms.map((room) => ({
        key: room.key,
        icon: room.icon,
        label: <span data-testid={`room-${room.key}`}>{t(`rooms.${room.key}`)}</span>,
      }))}
      data-testid="navigation"
    />
  );
}
