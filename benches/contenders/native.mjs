// Adapter: hcloud-native, this repository's package (Rust core via napi-rs), imported
// through its ESM entry exactly as an application would. Requires the addon to be
// built (`npm run build` at the repository root; `scripts/bench.sh` builds it in release).
import { HetznerClient } from '../../index.mjs';

export default {
  name: 'native',

  create({ baseUrl, token, pollIntervalMs = 1000 }) {
    if (!baseUrl) throw new Error('native: baseUrl is required');
    const client = new HetznerClient({ apiToken: token, baseUrl, pollIntervalMs });

    return {
      getServer(id) {
        // resolves with the API body { server }
        return client.getServer(Number(id));
      },

      async listAllServers() {
        // every page (50 per page by default), fetched concurrently once the page count is known
        return (await client.listAllServers()).length;
      },

      async provision({ name, server_type, image }) {
        const created = await client.createServer({ name, server_type, image });
        // resolves at once if the action already succeeded; rejects if it ends in `error`
        await client.waitForAction(created.action);
      },
    };
  },
};
