import type { z } from 'zod';
import { adminCalls, adminEvents } from './admin';
import { appCalls, appEvents } from './app';
import { contentCalls, contentEvents } from './content';
import { mediaCalls } from './media';
import { fleetCalls, fleetEvents, fleetServeCalls } from './fleet';
import { packsCalls, packsEvents } from './packs';
import { reportCalls } from './report';
import { settingsCalls, settingsEvents } from './settings';
import { statsCalls, statsEvents } from './stats';
import { systemCalls, systemEvents } from './system';
import { visitsCalls, visitsEvents } from './visits';
import type { Access, CallSpec, EventSpec } from './define';

/**
 * The API contract: every call and event between renderer and core, in one place.
 * Preload, IPC binding, web host and renderer client all derive from these objects.
 * Adding a call = one entry in a domain file + its handler.
 */
export const calls = { ...appCalls, ...contentCalls, ...visitsCalls, ...statsCalls, ...packsCalls, ...mediaCalls, ...adminCalls, ...fleetCalls, ...reportCalls, ...settingsCalls, ...systemCalls, ...fleetServeCalls } as const;
export const events = { ...appEvents, ...contentEvents, ...visitsEvents, ...statsEvents, ...packsEvents, ...adminEvents, ...fleetEvents, ...settingsEvents, ...systemEvents } as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Calls[K]['input']>;
export type CallOutput<K extends CallName> = Calls[K] extends CallSpec<z.ZodType, infer O> ? O : never;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]['payload']>;

export { CHANNEL_PREFIX, callChannel, EVENT_CHANNEL } from '../channels';

export const isCallName = (name: string): name is CallName => Object.hasOwn(calls, name);
export const isEventName = (name: string): name is EventName => Object.hasOwn(events, name);

export type { Access, CallSpec, EventSpec };

/** Who may make the call `name`. */
export const accessOf = (name: CallName): Access => calls[name].access;
