import type { EventName, EventPayload } from '../shared/contract';

/** An event as it travels to subscribers. */
export type KioskEvent = { [K in EventName]: Readonly<{ name: K; payload: EventPayload<K> }> }[EventName];

/** Main→renderer events: core services emit, transports forward. */
export type EventBus = Readonly<{
  emit<K extends EventName>(name: K, payload: EventPayload<K>): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: KioskEvent) => void): () => void;
}>;

/** Creates an in-process event bus; a throwing listener does not stop the others. */
export const createEventBus = (onError: (error: unknown) => void = () => {}): EventBus => {
  const listeners = new Set<(event: KioskEvent) => void>();
  return {
    emit(name, payload) {
      const event = { name, payload } as KioskEvent;
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          onError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
