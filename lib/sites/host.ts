/** Hostnames as the settings keep them. Imports nothing, so the settings schema can use it without a cycle. */

/**
 * "example.com", "https://Example.com/path" or "http://localhost:8080" → the bare lowercase hostname;
 * null for anything that is not a plain web host (file:, chrome:, IPs with junk, empty).
 */
export function normalizeHost(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  return /^[a-z0-9.-]+$/.test(host) && !host.startsWith('.') && !host.endsWith('.') ? host : null;
}
