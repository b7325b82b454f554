import { memo } from 'react';
import type { Desk } from './desk.ts';
import type { Room } from './rooms.tsx';

type RoomViewProps = { room: Room; shown: boolean; desk: Desk };

/**
 * One room of the desk, mounted for good (what it holds survives a visit to another room) but not
 * rendered again while hidden: a change of the desk reaches a hidden room when it is shown again.
 */
export const RoomView = memo(
  function RoomView({ room, shown, desk }: RoomViewProps) {
    return (
      <section className="room" hidden={!shown} data-testid={`room-view-${room.key}`}>
        {room.render(desk)}
      </section>
    );
  },
  (before, after) => !before.shown && !after.shown && before.room === after.room,
);
