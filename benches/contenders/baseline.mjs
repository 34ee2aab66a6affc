// Adapter: the baseline hand-written TypeScript client (plan 03-02), compiled
// to ../baseline/dist/hetzner-client.js by `npx tsc -p tsconfig.json` (run in
// benches/). Every request goes through fetch + exponential-backoff; every
// action is polled on its own.
import { HetznerClient } from '../baseline/dist/hetzner-client.js';

const PER_PAGE = 50;

export default {
  name: 'baseline',

  create({ baseUrl, token, pollIntervalMs = 1000 }) {
    if (!baseUrl) throw new Error('baseline: baseUrl is required');
    const client = new HetznerClient({ apiToken: token, baseUrl });

    return {
      getServer(id) {
        // resolves with { server }
        return client.getServer(Number(id));
      },

      async listAllServers() {
        let count = 0;
        let page = 1;
        while (page) {
          const { servers, meta } = await client.listServers({ page, per_page: PER_PAGE });
          count += servers.length;
          page = meta?.pagination?.next_page ?? null;
        }
        return count;
      },

      async provision({ name, server_type, image }) {
        const { action } = await client.createServer({ name, server_type, image });
        if (action.status === 'success') return;
        if (action.status === 'error') {
          throw new Error(`baseline: create_server action ${action.id} failed: ${action.error?.message ?? 'error'}`);
        }
        await client.waitForAction(action.id, pollIntervalMs);
      },
    };
  },
};
