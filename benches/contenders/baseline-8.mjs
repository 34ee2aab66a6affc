// Adapter: the baseline client (plan 03-02, fetch + exponential-backoff) listing with 8 pages in
// flight: page 1 gives the page count, then pages 2..last go out 8 at a time, each next page as
// soon as one finishes. Used by the listall workload only (issue 11 compares against "a fetch
// client with 8 pages in flight"); its other calls are the baseline's.
import baseline from './baseline.mjs';
import { HetznerClient } from '../baseline/dist/hetzner-client.js';

const PER_PAGE = 50;
const IN_FLIGHT = 8;

export default {
  name: 'baseline-8',
  listallOnly: true,

  create(options) {
    const plain = baseline.create(options);
    const client = new HetznerClient({ apiToken: options.token, baseUrl: options.baseUrl });
    return {
      ...plain,
      async listAllServers() {
        const first = await client.listServers({ page: 1, per_page: PER_PAGE });
        let count = first.servers.length;
        const last = first.meta?.pagination?.last_page ?? 1;
        let next = 2;
        const worker = async () => {
          while (next <= last) {
            const page = next++;
            const { servers } = await client.listServers({ page, per_page: PER_PAGE });
            count += servers.length;
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
        return count;
      },
    };
  },
};
