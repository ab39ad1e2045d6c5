import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, updateSettings } from './settings';
import {
  enableAddedSite,
  originPattern,
  patternHost,
  planRegistrations,
  removeAddedSite,
  syncSiteScripts,
} from './site-access';

describe('patterns', () => {
  it('asks for exactly one origin', () => {
    expect(originPattern('https://intranet.example.com')).toBe('https://intranet.example.com/*');
    expect(originPattern('http://localhost:8080/path?q')).toBe('http://localhost/*');
  });

  it('reads the host of a one-origin pattern and refuses broad ones', () => {
    expect(patternHost('https://Wiki.Example.org/*')).toBe('wiki.example.org');
    expect(patternHost('http://a.com/*')).toBe('a.com');
    for (const broad of [
      'https://*/*',
      '*://a.com/*',
      'https://*.a.com/*',
      '<all_urls>',
      'https://a.com/x/*',
    ])
      expect(patternHost(broad)).toBeNull();
  });
});

describe('planRegistrations', () => {
  const id = (h: string) => `leadwell-site:${h}`;

  it('registers added sites that have a granted origin, once', () => {
    const plan = planRegistrations(
      ['a.com', 'b.com'],
      ['https://a.com/*', 'http://a.com/*', 'https://c.com/*'],
      [],
    );
    expect(plan).toEqual({
      register: [{ id: id('a.com'), matches: ['http://a.com/*', 'https://a.com/*'] }],
      unregister: [],
    });
  });

  it('leaves matching registrations alone, and never touches defaults or foreign ids', () => {
    const plan = planRegistrations(
      ['a.com', 'github.com'],
      ['https://a.com/*', 'https://github.com/*'],
      [
        { id: id('a.com'), matches: ['https://a.com/*'] },
        { id: 'someone-else', matches: ['https://x.com/*'] },
      ],
    );
    expect(plan).toEqual({ register: [], unregister: [] });
  });

  it('unregisters removed or revoked sites and re-registers changed origins', () => {
    const plan = planRegistrations(
      ['a.com', 'b.com'],
      ['https://a.com/*', 'http://a.com/*'],
      [
        { id: id('a.com'), matches: ['https://a.com/*'] },
        { id: id('b.com'), matches: ['https://b.com/*'] },
        { id: id('gone.com'), matches: ['https://gone.com/*'] },
      ],
    );
    expect(plan.unregister.sort()).toEqual([id('a.com'), id('b.com'), id('gone.com')]);
    expect(plan.register).toEqual([{ id: id('a.com'), matches: ['http://a.com/*', 'https://a.com/*'] }]);
  });
});

/** In-memory permissions and scripting (the fake browser leaves both unimplemented). */
function fakeSiteApis() {
  const granted = new Set<string>();
  const registered = new Map<
    string,
    { id: string; matches?: string[]; js?: string[]; allFrames?: boolean }
  >();
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.permissions = {
    ...b.permissions,
    getAll: vi.fn(async () => ({ origins: [...granted], permissions: [] })),
    request: vi.fn(
      async ({ origins = [] }: { origins?: string[] }) => (origins.forEach((o) => granted.add(o)), true),
    ),
    remove: vi.fn(
      async ({ origins = [] }: { origins?: string[] }) => (origins.forEach((o) => granted.delete(o)), true),
    ),
  };
  // As built: the compose script as the manifest declares it (registrations copy its run_at and css).
  b.runtime!.getManifest = () => ({
    manifest_version: 3,
    content_scripts: [
      { matches: ['https://github.com/*'], js: ['compose-loader.js'], run_at: 'document_end' },
    ],
  });
  b.scripting = {
    ...b.scripting,
    getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
    registerContentScripts: vi.fn(async (scripts: Array<{ id: string }>) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids = [] }: { ids?: string[] }) =>
      ids.forEach((i) => registered.delete(i)),
    ),
  };
  return { granted, registered };
}

describe('adding and removing a site (fake browser)', () => {
  let apis: ReturnType<typeof fakeSiteApis>;
  beforeEach(() => {
    fakeBrowser.reset();
    apis = fakeSiteApis();
  });

  it('registers the compose script in all frames of a granted site, and removes everything on removal', async () => {
    apis.granted.add('https://wiki.example.org/*');
    await enableAddedSite('wiki.example.org');
    expect((await getSettings()).addedSites).toEqual(['wiki.example.org']);
    expect([...apis.registered.values()]).toEqual([
      expect.objectContaining({
        id: 'leadwell-site:wiki.example.org',
        matches: ['https://wiki.example.org/*'],
        js: ['compose-loader.js'],
        allFrames: true,
        runAt: 'document_end',
      }),
    ]);

    await removeAddedSite('wiki.example.org');
    expect((await getSettings()).addedSites).toEqual([]);
    expect(apis.granted.size).toBe(0);
    expect(apis.registered.size).toBe(0);
  });

  it('mirrors match_origin_as_fallback, and registers without it where the browser rejects the key', async () => {
    const b = fakeBrowser as unknown as {
      runtime: { getManifest(): unknown };
      scripting: Record<string, unknown>;
    };
    b.runtime.getManifest = () => ({
      content_scripts: [{ js: ['compose-loader.js'], match_origin_as_fallback: true }],
    });
    const accept = b.scripting.registerContentScripts as (s: Array<Record<string, unknown>>) => Promise<void>;
    const seen: Array<Record<string, unknown>> = [];
    b.scripting.registerContentScripts = async (scripts: Array<Record<string, unknown>>) => {
      seen.push(...scripts);
      if (scripts.some((x) => 'matchOriginAsFallback' in x)) throw new Error('Unexpected property'); // Firefox 115
      await accept(scripts);
    };
    apis.granted.add('https://a.example.com/*');
    await enableAddedSite('a.example.com');
    expect(seen[0]).toMatchObject({ matchOriginAsFallback: true });
    expect(apis.registered.get('leadwell-site:a.example.com')).not.toHaveProperty('matchOriginAsFallback');
  });

  it('does not register a site whose permission is missing', async () => {
    await updateSettings((s) => ({ ...s, addedSites: ['no-grant.example.com'] }));
    await syncSiteScripts();
    expect(apis.registered.size).toBe(0);
  });

  it('serialises concurrent syncs: no duplicate registration', async () => {
    apis.granted.add('https://a.example.com/*');
    await updateSettings((s) => ({ ...s, addedSites: ['a.example.com'] }));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await Promise.all([syncSiteScripts(), syncSiteScripts(), syncSiteScripts()]);
    expect(apis.registered.size).toBe(1);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
