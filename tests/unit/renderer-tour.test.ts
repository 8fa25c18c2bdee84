import { describe, expect, it } from 'vitest';
import { CHAPTER_COUNT, initialTourState, tourReducer } from '../../renderer/tour/tour-state';
import { createVisitLog } from '../../renderer/tour/visit-log';
import { VisitEnd, VisitEvent, VisitStart } from '../../electron/shared/visit-events';

describe('renderer tour state', () => {
  it('goes attract → hub → chapter → end and resets to defaults', () => {
    let s = initialTourState('zh-CN');
    s = tourReducer(s, { type: 'start', language: 'en' });
    expect(s).toMatchObject({ screen: 'hub', language: 'en' });
    s = tourReducer(s, { type: 'chapter', index: 9 });
    expect(s.chapterIndex).toBe(CHAPTER_COUNT - 1);
    s = tourReducer(s, { type: 'captions' });
    s = tourReducer(s, { type: 'large-text' });
    expect(s).toMatchObject({ captionsOn: false, largeText: true });
    s = tourReducer(s, { type: 'end' });
    expect(s.screen).toBe('end');
    expect(tourReducer(s, { type: 'reset', language: 'zh-CN' })).toEqual(initialTourState('zh-CN'));
  });
});

describe('renderer visit log', () => {
  it('sends contract-valid start, events with seq from 1, and end; nothing outside a visit', () => {
    const sent: Array<[string, unknown]> = [];
    let n = 0;
    const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const log = createVisitLog({ send: (name, input) => sent.push([name, input]) }, () => 1_800_000_000_000, uuid);
    log.event('captions-toggled', null, { on: false });
    expect(sent).toHaveLength(0);
    log.start('en', 'changjiahui-default', '1.0.0');
    log.event('chapter-opened', 'hard-core', {});
    log.event('hotspot-opened', 'hard-core', { hotspotId: 'ifc-tower', via: 'list' });
    log.end('finish');
    log.end('idle');
    expect(sent.map(([name]) => name)).toEqual(['visit:start', 'visit:event', 'visit:event', 'visit:end']);
    expect(VisitStart.safeParse(sent[0]?.[1]).success).toBe(true);
    const events = sent.slice(1, 3).map(([, e]) => VisitEvent.parse(e));
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
    expect(VisitEnd.parse(sent[3]?.[1])).toMatchObject({ reason: 'finish' });
    expect(log.visitId()).toBeNull();
  });

  it('makes version 7 ids from the visit and event times by default', () => {
    const sent: Array<[string, unknown]> = [];
    let now = 1_800_000_000_000;
    const log = createVisitLog({ send: (name, input) => sent.push([name, input]) }, () => now++);
    log.start('zh-CN', 'changjiahui-default', '1.0.0');
    log.event('chapter-opened', 'vitality', {});
    const start = VisitStart.parse(sent[0]?.[1]);
    expect(VisitEvent.safeParse(sent[1]?.[1]).success).toBe(true);
    const event = sent[1]?.[1] as { id: string; at: number };
    const timeOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(start.visitId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect([timeOf(start.visitId), timeOf(event.id)]).toEqual([start.at, event.at]);
    expect(event.id > start.visitId).toBe(true);
  });

  it('asks for a durable acknowledgement after each end, and sends the end again when it did not come', async () => {
    const sent: string[] = [];
    const asked: unknown[] = [];
    let durable = true;
    const api = {
      send: (name: string) => void sent.push(name),
      call: (name: string, input: unknown) => {
        asked.push([name, input]);
        return Promise.resolve({ ok: true as const, value: { durable } });
      },
    };
    const log = createVisitLog(api as never, () => 1_800_000_000_000);
    log.start('en', 'p', '1');
    const visitId = log.visitId();
    log.end('finish');
    await Promise.resolve();
    expect(asked).toEqual([['visit:flush', { visitId }]]);
    expect(sent).toEqual(['visit:start', 'visit:end']);
    durable = false;
    log.start('en', 'p', '1');
    log.end('idle');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual(['visit:start', 'visit:end', 'visit:start', 'visit:end', 'visit:end']);
  });
});
