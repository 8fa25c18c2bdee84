import { describe, expect, it } from 'vitest';
import type { PackCandidate, PackSummary, PreflightReport } from '../../renderer/admin/api/admin-calls';
import {
  contentFlow,
  isDowngrade,
  START,
  type ContentFlow,
  type FlowAction,
} from '../../renderer/admin/content/content-flow';
import { inEntryCorner, isEntryKey, movedTooFar } from '../../renderer/admin/entry/entry-corner';
import { mayOpen, tilesFor } from '../../renderer/admin/router/admin-routes';

const candidate: PackCandidate = {
  id: 'c1',
  volumeId: 'v1',
  volumeLabel: 'STICK',
  name: 'spring.zip',
  kind: 'zip',
  bytes: 10,
  modifiedAt: '2026-12-01T00:00:00Z',
};
const report = (over: Partial<PreflightReport> = {}): PreflightReport => ({
  candidateId: 'c1',
  ok: true,
  pack: { id: 'p', version: '2.0.0', title: 'Spring', titles: { en: 'Spring', 'zh-CN': '春' } },
  checks: [],
  warnings: [],
  changes: null,
  ...over,
});
const summary: PackSummary = {
  key: 'p@2.0.0',
  id: 'p',
  version: '2.0.0',
  title: 'Spring',
  titles: { en: 'Spring', 'zh-CN': '春' },
  origin: 'installed',
  signed: false,
  installedAt: null,
};
const run = (actions: FlowAction[], start: ContentFlow = START) => actions.reduce(contentFlow, start);

describe('admin content flow', () => {
  it('goes candidate → report → staging (with progress) → staged → preview and back → done', () => {
    const staged = run([
      { type: 'check', candidate },
      { type: 'report', report: report() },
      { type: 'stage' },
      { type: 'progress', progress: { phase: 'copying', bytesDone: 5, bytesTotal: 10 } },
    ]);
    expect(staged).toMatchObject({ step: 'staging', progress: { bytesDone: 5 } });
    const ready = run([{ type: 'staged', stagedKey: 'k', summary }], staged);
    expect(ready).toMatchObject({ step: 'staged', stagedKey: 'k', busy: false });
    const content = { manifest: {} as never, mediaBase: '/pack/p@2.0.0/' };
    const previewing = run([{ type: 'busy' }, { type: 'preview', content }], ready);
    expect(previewing.step).toBe('previewing');
    expect(run([{ type: 'end-preview' }], previewing)).toMatchObject({ step: 'staged', busy: false });
    expect(run([{ type: 'done', notice: { kind: 'discarded' } }], ready)).toEqual({
      step: 'browse',
      notice: { kind: 'discarded' },
    });
  });

  it('a refused report cannot be staged; a stale report or stray progress changes nothing', () => {
    const refused = run([
      { type: 'check', candidate },
      { type: 'report', report: report({ ok: false }) },
    ]);
    expect(run([{ type: 'stage' }], refused)).toBe(refused);
    const checking = run([{ type: 'check', candidate }]);
    expect(run([{ type: 'report', report: report({ candidateId: 'other' }) }], checking)).toBe(checking);
    expect(run([{ type: 'progress', progress: { phase: 'copying', bytesDone: 1, bytesTotal: 2 } }])).toBe(START);
    expect(run([{ type: 'back' }], refused)).toBe(START);
  });

  it('knows a downgrade from the report', () => {
    const changes = {
      fromVersion: '2.0.0',
      toVersion: '1.0.0',
      downgrade: true,
      chapters: [],
      languagesAdded: [],
      languagesRemoved: [],
      bytes: 1,
    };
    expect(isDowngrade(report({ changes }))).toBe(true);
    expect(isDowngrade(report())).toBe(false);
  });
});

describe('admin routes and hidden entry', () => {
  it('staff get Content and System; admins everything', () => {
    expect(tilesFor('staff')).toEqual(['content', 'system']);
    expect(tilesFor('admin')).toEqual(['dashboard', 'content', 'export', 'audit', 'pins', 'system', 'settings']);
    expect(mayOpen('staff', 'settings')).toBe(false);
    expect(mayOpen('staff', 'dashboard')).toBe(false);
    expect(mayOpen('staff', 'export')).toBe(false);
    expect(mayOpen('staff', 'dashboard')).toBe(false);
    expect(mayOpen('admin', 'audit')).toBe(true);
  });

  it('the corner, the slop and the key', () => {
    expect(inEntryCorner(0, 0)).toBe(true);
    expect(inEntryCorner(119, 119)).toBe(true);
    expect(inEntryCorner(120, 10)).toBe(false);
    expect(movedTooFar(10, 10, 20, 20)).toBe(false);
    expect(movedTooFar(10, 10, 40, 40)).toBe(true);
    expect(isEntryKey({ ctrlKey: true, altKey: true, code: 'KeyA', key: 'a' })).toBe(true);
    expect(isEntryKey({ ctrlKey: true, altKey: false, code: 'KeyA', key: 'a' })).toBe(false);
  });
});
