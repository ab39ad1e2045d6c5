/**
 * Sends a finished message's record to the background and reads its answer. The background keeps records
 * whose write failed and retries them (lib/stats/retry-queue.ts); what is retried here is a message that did
 * not reach it at all (a service worker starting up, an extension update), a few times, then given up.
 */
import type { Message, MessageReply } from '@/lib/messages';
import type { MessageRecord } from '@/lib/stats/types';

const RETRY_MS = [500, 2000, 8000];

export function sendRecord(record: MessageRecord, alive: () => boolean, attempt = 0): void {
  if (!alive()) return;
  const message: Message = { type: 'stats/record', record };
  browser.runtime.sendMessage(message).then(
    (reply: MessageReply['stats/record'] | undefined) => {
      // Refused on purpose (a private window, malformed) or queued by the background: nothing to do here.
      if (reply?.ok === false && !reply.queued && /^write failed/.test(reply.reason ?? ''))
        console.warn('[leadwell] a message could not be recorded:', reply.reason);
    },
    () => {
      const wait = RETRY_MS[attempt];
      if (wait !== undefined) setTimeout(() => sendRecord(record, alive, attempt + 1), wait);
    },
  );
}
